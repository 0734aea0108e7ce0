package org.gatherlab.engine.jvm;

import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.VirtualClock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.gatherlab.engine.jvm.JavaRuns.INVOKE_ALL;
import static org.gatherlab.engine.jvm.JavaRuns.OPEN;
import static org.gatherlab.engine.jvm.JavaRuns.english;
import static org.gatherlab.engine.jvm.JavaRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The threads-and-cores physics, the shape of the result, and properties over seeded random Java runs. */
class JavaModelTest {

    private static List<Double> ends(JavaRun r) {
        return r.taskResults().stream().map(JavaTaskResult::endMs).toList();
    }

    @Test void cpuWorkOnVirtualThreadsRunsInWavesOnTheCarriers() {
        JavaRun r = run(INVOKE_ALL.withCores(2), TaskSpec.cpu("A", 100), TaskSpec.cpu("B", 100), TaskSpec.cpu("C", 100));
        assertEquals(List.of(100.0, 100.0, 200.0), ends(r));
        assertEquals(100.0, r.task("C").startMs(), "C waits for a carrier");
        assertEquals(200, r.returnedAtMs());
    }

    @Test void aSleepingVirtualThreadGivesItsCarrierBackAPlatformThreadDoesNot() {
        TaskSpec[] tasks = {TaskSpec.io("A", 100), TaskSpec.io("B", 100), TaskSpec.cpu("C", 100)};
        assertEquals(List.of(100.0, 100.0, 100.0), ends(run(INVOKE_ALL.withCores(1), tasks)),
                "one carrier: A and B sleep without it, C computes on it");
        assertEquals(List.of(100.0, 200.0, 300.0), ends(run(INVOKE_ALL.withThreads(JavaThreads.PLATFORM).withCores(1), tasks)),
                "one pool thread: each task holds it from start to end");
    }

    @Test void aWokenVirtualThreadNeedsACarrierToFinish() {
        JavaRun r = run(INVOKE_ALL.withCores(1), TaskSpec.io("A", 100), TaskSpec.cpu("B", 300));
        assertEquals(List.of(300.0, 300.0), ends(r), "A's sleep ends at 100 but B holds the only carrier until 300");
        assertTrue(english(r.task("A").words()).contains("its sleep ended at 100 ms but it had to wait for a carrier"), english(r.task("A").words()));
    }

    @Test void theOneCarrierLineIsFifoInTheOrderThreadsBecameReady() {
        JavaRun r = run(OPEN.withCores(1), TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300));
        // B computes from 0 to 400; A (ready since 100) and C (never started) queue; C was in line first.
        assertEquals(List.of("B", "A", "C"), r.completionOrder());
        assertEquals(400, r.returnedAtMs());
        assertEquals("SUCCESS", r.task("B").finalState(), "B finished before A could fail");
        assertEquals(400.0, r.task("C").startMs());
    }

    @Test void eventsAreEmittedInTimeOrderAndTheListenerSeesThemAll() {
        List<TraceEvent> seen = new ArrayList<>();
        JavaRun r = JavaSimulation.run(List.of(TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400)), 0, OPEN,
                new VirtualClock(), seen::add);
        assertEquals(r.events(), seen);
        double last = 0;
        for (TraceEvent e : r.events()) {
            assertTrue(e.atMs() >= last, "time runs forwards: " + e);
            last = e.atMs();
        }
        assertEquals("block-exited", r.events().getLast().kind());
    }

    @Test void theTraceReplaysToTheSameSharedReport() {
        for (long seed = 0; seed < 300; seed++) {
            Drawn d = draw(seed);
            JavaRun r = run(d.spec, seed, d.tasks);
            RunReport report = Reports.of(r.toTrace(d.spec.run()));
            List<TaskReport> rows = new ArrayList<>();
            for (int i = 0; i < r.taskResults().size(); i++)
                rows.add(r.taskReports().get(i).withJava(JavaReportFields.task(r.taskResults().get(i),
                        r.race(r.taskResults().get(i).name()), r.run())));
            assertEquals(rows, report.tasks(), "seed " + seed + ": the shared rows, each with its java object");
            assertEquals(JavaReportFields.run(r), report.java(), "seed " + seed);
            assertEquals(d.spec.label(), report.label(), "seed " + seed);
            assertEquals(r.completionOrder(), report.completionOrder(), "seed " + seed);
            assertEquals(r.returnedAtMs(), report.returnedAtMs(), "seed " + seed);
            assertEquals(r.settledAtMs(), report.settledAtMs(), "seed " + seed);
            assertEquals(r.sharedOutcome(), report.outcome(), "seed " + seed);
        }
    }

    @Test void propertiesHoldOverRandomRuns() {
        for (long seed = 0; seed < 500; seed++) {
            Drawn d = draw(seed);
            JavaRun r = run(d.spec, seed, d.tasks);
            String where = "seed " + seed + " " + d.spec.label();
            assertEquals(r.outcome(), run(d.spec, seed, d.tasks).outcome(), "deterministic: " + where);
            assertEquals(d.tasks.size(), r.completionOrder().size(), "every task ends once: " + where);
            assertEquals(Math.max(r.returnedAtMs(), r.settledAtMs()), r.blockExitMs(), "close() waits for all: " + where);
            for (JavaTaskResult t : r.taskResults()) {
                assertTrue(t.state() != TaskState.NOT_STARTED, where);
                if (t.startMs() != null) assertTrue(t.startMs() <= t.endMs(), where);
                if (t.body() == BodyEnd.INTERRUPTED) assertEquals(TaskState.CANCELLED, t.state(), "an interrupt is a cancel: " + where);
                if (t.state() == TaskState.CANCELLED) assertTrue(t.cancelCause() != null && t.cancelRequestedMs() != null, where);
                if (t.afterReturn()) assertTrue(t.endMs() >= r.returnedAtMs(), where);
                else assertTrue(t.endMs() <= r.returnedAtMs(), where);
            }
            if (d.spec.api() == JavaApi.STRUCTURED || d.spec.api() == JavaApi.INVOKE_ALL && d.spec.timeoutMs() == null
                    || d.spec.api() == JavaApi.CF_ALLOF && d.spec.timeoutMs() == null)
                assertTrue(r.taskResults().stream().noneMatch(t -> t.afterReturn() && t.body() == BodyEnd.NEVER_RAN), where);
            long busy = r.events().stream().filter(e -> e instanceof TraceEvent.Mounted).count();
            assertTrue(busy >= r.taskResults().stream().filter(t -> t.startMs() != null).count(), where);
        }
    }

    /** A seeded random Java run: 1–8 tasks on a 10 ms grid (ties are frequent), a random call and options. */
    record Drawn(List<TaskSpec> tasks, JavaRunSpec spec) {}

    static Drawn draw(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        JavaApi api = JavaApi.values()[rnd.nextInt(JavaApi.values().length)];
        JavaThreads threads = api == JavaApi.STRUCTURED || rnd.nextBoolean() ? JavaThreads.VIRTUAL : JavaThreads.PLATFORM;
        int n = 1 + rnd.nextInt(8);
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double d = 10 * rnd.nextInt(0, 31);
            double rate = switch (rnd.nextInt(4)) { case 0 -> 1.0; case 1 -> 0.5; default -> 0.0; };
            Double failAt = rate > 0 && rnd.nextBoolean() ? (double) (10 * rnd.nextInt(0, (int) (d / 10) + 1)) : null;
            boolean cf = api == JavaApi.CF_ALLOF || api == JavaApi.CF_ANYOF;
            Double cancelAt = cf && rnd.nextInt(4) == 0 ? (double) (10 * rnd.nextInt(0, 31)) : null;
            tasks.add(new TaskSpec("T" + i, rnd.nextInt(3) == 0 ? TaskKind.CPU : TaskKind.IO, d, rate, failAt, cancelAt));
        }
        ScopeJoiner joiner = ScopeJoiner.values()[rnd.nextInt(ScopeJoiner.values().length)];
        Double timeout = rnd.nextInt(3) == 0 ? (double) (10 * rnd.nextInt(0, 31)) : null;
        return new Drawn(tasks, new JavaRunSpec(api, threads, 1 + rnd.nextInt(4), joiner, timeout));
    }

    @Test void theRunSpecRefusesWhatTheModelCannotRun() {
        assertEquals("cores: must be between 1 and 256, got 0",
                assertThrows(IllegalArgumentException.class, () -> INVOKE_ALL.withCores(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OPEN.withThreads(JavaThreads.PLATFORM)).getMessage()
                .startsWith("threads: platform is not modelled for structured"));
        assertEquals("timeoutMs: must be between 0 and 3600000, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> OPEN.withTimeoutMs(-1)).getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(INVOKE_ALL, TaskSpec.io("A", 100), TaskSpec.io("B", 100).cancelledAt(50)));
        assertTrue(e.getMessage().startsWith("tasks[1].cancelAtMs: invoke-all hands out no handle"), e.getMessage());
    }

    @Test void theReportsJavaFieldsSayItInJavasWords() {
        JavaRun r = run(OPEN, TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400));
        var run = JavaReportFields.run(r);
        assertEquals(List.of("api", "apiVersion", "call", "label", "options", "said", "outcome", "returnedAtMs", "blockExitMs", "notes", "races"),
                List.copyOf(run.keySet()));
        assertEquals("threw StructuredTaskScope.FailedException (cause: TaskFailed(\"A\"))", run.get("said"));
        assertEquals(400.0, run.get("blockExitMs"));
        var b = JavaReportFields.task(r.task("B"));
        assertEquals("UNAVAILABLE", b.get("state"));
        assertEquals("returned", b.get("body"));
        assertEquals(100.0, b.get("cancelRequestedMs"));
        assertEquals(List.of(), run.get("races"), "a scope's threads call the task anyway: no race");

        JavaRun raced = run(JavaRuns.INVOKE_ANY.withThreads(JavaThreads.PLATFORM).withCores(1), TaskSpec.io("A", 100), TaskSpec.io("B", 100));
        @SuppressWarnings("unchecked")
        var races = (List<java.util.Map<String, Object>>) JavaReportFields.run(raced).get("races");
        assertEquals(List.of("task", "atMs", "kind", "shown", "other", "words"), List.copyOf(races.getFirst().keySet()));
        assertEquals(List.of("B", 100.0, "start-or-skip", "interrupted", "never-ran"), races.getFirst().values().stream().limit(5).toList());
        assertEquals(races.getFirst().get("words"), raced.taskFields(1).get("race"));
        assertEquals(null, raced.taskFields(0).get("race"));
    }

    @Test void labelsReadLikeTheJavaCall() {
        assertEquals("StructuredTaskScope.open() · virtual threads on 4 carriers", OPEN.label());
        assertEquals("invokeAll(tasks, 250 ms) · fixed pool of 1 platform thread",
                INVOKE_ALL.withThreads(JavaThreads.PLATFORM).withCores(1).withTimeoutMs(250).label());
        assertEquals("CompletableFuture.allOf(...).orTimeout(100 ms).join() · virtual threads on 2 carriers",
                JavaRuns.ALL_OF.withCores(2).withTimeoutMs(100).label());
        assertEquals("StructuredTaskScope.open(Joiner.awaitAll()) · withTimeout 150 ms · virtual threads on 4 carriers",
                OPEN.withJoiner(ScopeJoiner.AWAIT_ALL).withTimeoutMs(150).label());
        assertEquals("JDK 25 preview (StructuredTaskScope, JEP 505, fifth preview)", OPEN.apiVersion());
    }
}
