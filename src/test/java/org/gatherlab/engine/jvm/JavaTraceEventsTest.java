package org.gatherlab.engine.jvm;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceLog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.gatherlab.engine.jvm.JavaRuns.INVOKE_ALL;
import static org.gatherlab.engine.jvm.JavaRuns.OPEN;
import static org.gatherlab.engine.jvm.JavaRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Java's own events (threads, carriers, interrupts, handles, the block) are shared trace kinds: exact virtual times
 * for the golden scenarios, and they reach the run's trace as columns, not as objects.
 */
class JavaTraceEventsTest {

    /** The Java-only events of a run, in order, as "time kind task" lines. */
    private static List<String> javaOnly(JavaRun r) {
        TraceLog log = r.log();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (!log.kind(i).javaOnly()) continue;
            TraceEvent e = log.event(i);
            String who = e.task() == TraceEvent.CALLER ? "caller" : r.tasks().get(e.task()).name();
            String extra = switch (e) {
                case TraceEvent.Mounted m -> " slot " + m.slot();
                case TraceEvent.Unmounted u -> " slot " + u.slot();
                case TraceEvent.HandleCompleted h -> " " + h.javaState();
                default -> "";
            };
            out.add((long) e.atMs() + " " + e.kind() + " " + who + extra);
        }
        return out;
    }

    @Test void gs17_theScopeInterruptReachesTheSleepingTaskAndIsIgnoredByTheCpuLoop() {
        JavaRun r = run(OPEN, TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300));
        assertEquals(List.of(
                "0 mounted A slot 0", "0 unmounted A slot 0",
                "0 mounted B slot 0",
                "0 mounted C slot 1", "0 unmounted C slot 1",
                "100 mounted A slot 1",
                "100 handle-completed A FAILED",
                "100 scope-cancelled A",
                "100 interrupt-ignored B",
                "100 mounted C slot 1",
                "100 interrupted C",
                "400 result-discarded B",
                "400 block-exited caller"), javaOnly(r));
    }

    @Test void virtualThreadsOnOneCarrierMountInTurn() {
        JavaRun r = run(INVOKE_ALL.withCores(1), TaskSpec.io("A", 100), TaskSpec.cpu("B", 300));
        assertEquals(List.of(
                "0 mounted A slot 0", "0 unmounted A slot 0",
                "0 mounted B slot 0",
                "100 waiting-for-carrier A",
                "300 handle-completed B SUCCESS",
                "300 mounted A slot 0",
                "300 handle-completed A SUCCESS",
                "300 block-exited caller"), javaOnly(r));
    }

    @Test void thePoolSaysPoolThreadsAndQueuesNotCarriers() {
        JavaRun r = run(INVOKE_ALL.withThreads(org.gatherlab.engine.JavaThreads.PLATFORM).withCores(1),
                TaskSpec.io("A", 100), TaskSpec.io("B", 100));
        assertEquals(List.of(
                "0 pool-thread-taken A slot 0",
                "0 queued-in-pool B",
                "100 handle-completed A SUCCESS",
                "100 pool-thread-taken B slot 0",
                "200 handle-completed B SUCCESS",
                "200 block-exited caller"), javaOnly(r));
    }

    @Test void theSharedTraceCarriesThemAsColumnsAndTheJsonEventsLeaveThemOut() {
        JavaRun r = run(OPEN, TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300));
        TraceLog log = r.toTrace(RunSpec.of(Strategy.STRUCTURED)).log();
        for (int i = 0; i < log.size(); i++) {
            assertEquals(TraceLog.Kind.OBJECT == log.kind(i), log.event(i) instanceof TraceEvent.CallerRaised,
                    "only the caller's exception is kept whole: " + log.event(i));
            assertEquals(log.event(i), TraceLog.of(List.of(log.event(i))).event(0), "round trip");
        }
    }
}
