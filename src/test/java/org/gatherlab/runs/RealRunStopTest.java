package org.gatherlab.runs;

import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.jvm.Said;
import org.gatherlab.report.OutcomeWords;
import org.gatherlab.runtime.RealClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stop in the middle of a real run of every strategy, Python and Java: the run returns with what had happened before
 * the Stop and nothing after it (a task cut short has no end, a call cut short no outcome), none of its threads
 * outlives it, and the thread that ran it is not left interrupted. How fast is measured, not asserted here
 * ({@code soak.StopLatencyTest}, on demand).
 */
class RealRunStopTest {
    /** A 3 s sleep, a 3 s busy loop and a short sleep that ends before the Stop. */
    private static final List<TaskSpec> TASKS = List.of(TaskSpec.io("A", 3000), TaskSpec.cpu("B", 3000), TaskSpec.io("C", 20));

    static Stream<RunSpec> runs() {
        List<RunSpec> runs = new ArrayList<>();
        for (Strategy s : Strategy.values()) runs.add(RunSpec.of(s));
        runs.add(RunSpec.of(Strategy.GATHER).withProcesses(2));                                // a real process pool
        runs.add(RunSpec.of(Strategy.INVOKE_ALL).withThreads(JavaThreads.PLATFORM).withCores(2));   // C queued for a pool thread
        runs.add(RunSpec.of(Strategy.CF_ALLOF).withThreads(JavaThreads.PLATFORM).withCores(3));
        return runs.stream();
    }

    private record Seen(TraceEvent event, Thread thread) { }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void stopEndsTheRunWithNothingRecordedAfterIt(RunSpec run) throws Exception {
        Scenario scenario = Scenario.of("stopped", TASKS, List.of(run));
        RealClock clock = new RealClock();
        List<Seen> seen = new ArrayList<>();
        CountDownLatch began = new CountDownLatch(1);
        Thread stopper = Thread.ofPlatform().start(() -> {
            try {
                began.await(10, TimeUnit.SECONDS);
                Thread.sleep(150);                     // well inside the 3 s tasks, after C's 20 ms
            } catch (InterruptedException e) {
                return;
            }
            clock.stop();
        });
        RunReport report = Engine.runReal(scenario, run, e -> {
            synchronized (seen) {
                seen.add(new Seen(e, Thread.currentThread()));
            }
            if (e instanceof TraceEvent.Step) began.countDown();
        }, clock);
        stopper.join();

        assertFalse(Thread.currentThread().isInterrupted(), "Stop's interrupt stays with the run");
        double stoppedAt = clock.stoppedAtMs();
        assertTrue(Double.isFinite(stoppedAt), "the run was stopped, not over before the Stop");
        for (TraceEvent e : report.trace().events())
            assertTrue(e.atMs() <= stoppedAt, "recorded after the Stop at " + stoppedAt + " ms: " + e);
        boolean callerEnded = report.trace().events().stream()
                .anyMatch(e -> e instanceof TraceEvent.CallerReturned || e instanceof TraceEvent.CallerRaised);
        assertEquals(callerEnded, report.outcome() != null, "an outcome only with the caller's end recorded: " + report.outcome());

        for (String name : List.of("A", "B")) {
            TaskReport t = report.tasks().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            assertNotEquals(TaskState.SUCCEEDED, t.state(), name + " could not finish 3 s of work before the Stop");
            if (t.state() == TaskState.NOT_STARTED) {
                assertNull(t.endMs(), name + ": cut short, it has no end");
                if (t.java() != null && t.startMs() != null) {
                    assertEquals("stopped", t.java().get("body"), name);
                    String words = OutcomeWords.english().said((Said) t.java().get("words"));
                    assertTrue(words.contains("when Stop ended the run"), name + ": " + words);
                    assertTrue(OutcomeWords.of(Locale.of("es")).said((Said) t.java().get("words")).contains("cuando Detener terminó"), name);
                }
            }
        }
        assertTrue(report.tasks().stream().anyMatch(t -> t.startMs() != null && t.endMs() == null),
                "some task was running at the Stop: " + report.tasks());

        List<Thread> threads;
        synchronized (seen) {
            threads = seen.stream().map(Seen::thread).filter(t -> t != Thread.currentThread()).distinct().toList();
        }
        for (Thread t : threads) assertFalse(t.isAlive(), "a thread of the run outlived it: " + t);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().startsWith("gatherlab-worker") || t.getName().startsWith("gatherlab-java-"),
                    "a thread of the run outlived it: " + t);
        }
    }
}
