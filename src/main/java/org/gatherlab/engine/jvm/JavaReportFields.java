package org.gatherlab.engine.jvm;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return map(values(t, true, race, run));
    }

    /** A task's {@code "java"} object without {@code race}. */
    public static Map<String, Object> task(JavaTaskResult t) {
        return map(values(t, false, null, null));
    }

    /**
     * The same object as {@link #task(JavaTaskResult, JavaRace, JavaRunSpec)}, as a read-only view made each time it
     * is read ({@link Fields}): a report keeps one per task until it is written, and at 100,000 tasks a map of nine
     * entries each was most of what the garbage collector copied.
     */
    static Map<String, Object> taskView(JavaTaskResult t, JavaRace race, JavaRunSpec run) {
        return new Fields(TASK_KEYS) {
            @Override public Object[] valueArray() { return JavaReportFields.values(t, true, race, run); }
        };
    }

    private static final List<String> TASK_KEYS = List.of("handle", "state", "stateAtReturn", "body", "handleDoneMs",
            "cancelRequestedMs", "interruptedMs", "words", "race");

    private static final List<String> ITEM_KEYS = List.of("task", "value", "javaState", "error");

    private static Object[] values(JavaTaskResult t, boolean withRace, JavaRace race, JavaRunSpec run) {
        Object[] v = new Object[withRace ? 9 : 8];
        v[0] = t.handle();
        v[1] = t.finalState();
        v[2] = t.stateAtReturn();
        v[3] = t.body() == null ? null : t.body().json();
        v[4] = t.handleDoneMs();
        v[5] = t.cancelRequestedMs();
        v[6] = t.interruptedMs();
        v[7] = t.words();
        if (withRace) v[8] = race == null ? null : race.words(run);
        return v;
    }

    private static Map<String, Object> map(Object[] values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) m.put(TASK_KEYS.get(i), values[i]);
        return m;
    }

    /** An item of a returned outcome, made as it is read ({@link Fields}). */
    private static Map<String, Object> item(JavaOutcome.Item i) {
        return new Fields(ITEM_KEYS) {
            @Override public Object[] valueArray() { return new Object[] {i.task(), i.value(), i.javaState(), i.error()}; }
        };
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
