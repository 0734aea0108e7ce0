package org.gatherlab.engine.jvm;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A run's races, in order, read-only, with each task's race found by its name at once: a report asks for every task's
 * race, and a run can have a race for most of its tasks (an {@code invokeAll} deadline that cancels tens of thousands of
 * queued tasks at the instant threads come free), so a scan of the list per task made the report quadratic (100,000
 * tasks of such a run did not finish in 15 minutes).
 */
final class RaceList extends AbstractList<JavaRace> implements RandomAccess {
    private final List<JavaRace> races;
    private final Map<String, JavaRace> byTask;

    private RaceList(List<JavaRace> races) {
        this.races = List.copyOf(races);
        this.byTask = new HashMap<>();
        for (JavaRace r : this.races) byTask.putIfAbsent(r.task(), r);    // a task's first race, as a scan would find
    }

    static RaceList of(List<JavaRace> races) {
        return races instanceof RaceList list ? list : new RaceList(races);
    }

    /** The first race task {@code name} is in, or null. */
    JavaRace of(String name) { return byTask.get(name); }

    @Override public JavaRace get(int index) { return races.get(index); }

    @Override public int size() { return races.size(); }
}
