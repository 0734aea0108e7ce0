package org.gatherlab.engine.jvm;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * The Java-only part of a run's report, as ordered maps and lists that a JSON writer prints as they are: the run's
 * {@code "java"} object and each task's {@code "java"} object of {@code src/site/markdown/java-strategies.md#report}.
 * The shared
 * part (state, times, outcome, completion order, events) comes from {@code Reports.of(run.toTrace(runSpec))}.
 */
public final class JavaReportFields {
    private JavaReportFields() {}

    /** The run's {@code "java"} object. */
    public static Map<String, Object> run(JavaRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("api", r.run().api().json());
        m.put("apiVersion", r.apiVersion());
        m.put("call", r.run().api().call());
        m.put("label", r.run().label());
        m.put("options", r.run().options());
        m.put("said", r.outcome() == null ? null : r.outcome().describe());      // null: stopped before the call ended
        m.put("outcome", r.outcome() == null ? null : outcome(r.outcome()));
        m.put("returnedAtMs", r.returnedAtMs());
        m.put("blockExitMs", r.blockExitMs());
        m.put("notes", r.notes());
        List<Map<String, Object>> races = new ArrayList<>();
        for (JavaRace race : r.races()) {
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("task", race.task());
            it.put("atMs", race.atMs());
            it.put("kind", race.kind().json());
            it.put("shown", race.shown() == null ? null : race.shown().json());
            it.put("other", race.other() == null ? null : race.other().json());
            it.put("words", race.words(r.run()));
            races.add(it);
        }
        m.put("races", races);
        return m;
    }

    /** A task's {@code "java"} object, with {@code race}: the sentence of the race it is in, or null. */
    public static Map<String, Object> task(JavaTaskResult t, JavaRace race, JavaRunSpec run) {
        return map(members(t, true, race, run));
    }

    /** A task's {@code "java"} object without {@code race}. */
    public static Map<String, Object> task(JavaTaskResult t) {
        return map(members(t, false, null, null));
    }

    /**
     * The same object as {@link #task(JavaTaskResult, JavaRace, JavaRunSpec)}, as a read-only view made each time it
     * is read: a report keeps one per task until it is written, and at 100,000 tasks a map of nine entries each was
     * most of what the garbage collector copied. Its members are a list, in order: it is read to be written, not
     * looked up, so nothing is hashed.
     */
    static Map<String, Object> taskView(JavaTaskResult t, JavaRace race, JavaRunSpec run) {
        return new AbstractMap<>() {
            @Override public Set<Entry<String, Object>> entrySet() {
                List<Entry<String, Object>> members = members(t, true, race, run);
                return new AbstractSet<>() {
                    @Override public Iterator<Entry<String, Object>> iterator() { return members.iterator(); }

                    @Override public int size() { return members.size(); }
                };
            }
        };
    }

    private static List<Entry<String, Object>> members(JavaTaskResult t, boolean withRace, JavaRace race, JavaRunSpec run) {
        List<Entry<String, Object>> m = new ArrayList<>(9);
        m.add(member("handle", t.handle()));
        m.add(member("state", t.finalState()));
        m.add(member("stateAtReturn", t.stateAtReturn()));
        m.add(member("body", t.body() == null ? null : t.body().json()));
        m.add(member("handleDoneMs", t.handleDoneMs()));
        m.add(member("cancelRequestedMs", t.cancelRequestedMs()));
        m.add(member("interruptedMs", t.interruptedMs()));
        m.add(member("words", t.words()));
        if (withRace) m.add(member("race", race == null ? null : race.words(run)));
        return m;
    }

    private static Entry<String, Object> member(String key, Object value) {
        return new AbstractMap.SimpleImmutableEntry<>(key, value);
    }

    private static Map<String, Object> map(List<Entry<String, Object>> members) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Entry<String, Object> e : members) m.put(e.getKey(), e.getValue());
        return m;
    }

    private static Map<String, Object> item(JavaOutcome.Item i) {
        Map<String, Object> it = new LinkedHashMap<>();
        it.put("task", i.task());
        it.put("value", i.value());
        it.put("javaState", i.javaState());
        it.put("error", i.error());
        return it;
    }

    static Map<String, Object> outcome(JavaOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", o.kind());
        switch (o) {
            case JavaOutcome.Threw t -> {
                m.put("exception", t.exception());
                m.put("cause", t.cause());
                m.put("causeTask", t.causeTask());
            }
            case JavaOutcome.Returned r -> {
                m.put("returns", r.returns());
                // Each item's object made as it is read: a report keeps its run's object until it is written, and
                // 100,000 maps of four entries were garbage the collector copied for nothing.
                m.put("items", new AbstractList<Map<String, Object>>() {
                    @Override public Map<String, Object> get(int index) { return item(r.items().get(index)); }

                    @Override public int size() { return r.items().size(); }
                });
            }
        }
        return m;
    }
}
