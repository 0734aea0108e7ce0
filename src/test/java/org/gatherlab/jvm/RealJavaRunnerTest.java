package org.gatherlab.jvm;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.VirtualClock;
import org.gatherlab.engine.jvm.BodyEnd;
import org.gatherlab.engine.jvm.JavaApi;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.engine.jvm.JavaSimulation;
import org.gatherlab.engine.jvm.JavaTaskResult;
import org.gatherlab.runtime.RealClock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real JDK APIs on real threads in this JVM: same outcome as the model, times within a generous tolerance (a
 * smoke test: the differential test is the precise one). Durations are small; each run takes well under a second.
 */
class RealJavaRunnerTest {
    /** Lateness allowed beyond the model, for a busy machine. */
    private static final double LATE = 250;

    private static JavaRun real(JavaRunSpec spec, List<TaskSpec> tasks, List<TraceEvent> seen) {
        return RealJavaRunner.run(tasks, 0, spec, new RealClock(), seen::add);
    }

    /**
     * Real threads on a shared 2-core machine can start late enough to change who was running when
     * the scope was cancelled; one retry tells a scheduling accident from a wrong model.
     */
    private static void assertLikeTheModel(JavaRunSpec spec, TaskSpec... tasks) {
        try {
            assertOnceLikeTheModel(spec, tasks);
        } catch (AssertionError firstTry) {
            assertOnceLikeTheModel(spec, tasks);
        }
    }

    private static void assertOnceLikeTheModel(JavaRunSpec spec, TaskSpec... tasks) {
        List<TraceEvent> seen = Collections.synchronizedList(new ArrayList<>());
        JavaRun r = real(spec, List.of(tasks), seen);
        JavaRun m = JavaSimulation.run(List.of(tasks), 0, spec, new VirtualClock(), e -> { });
        List<Runnable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(ClockKind.REAL, r.clock()));
        checks.add(() -> assertEquals(m.outcome(), r.outcome(), "outcome"));
        checks.add(() -> assertTrue(r.returnedAtMs() >= m.returnedAtMs() - 20 && r.returnedAtMs() <= m.returnedAtMs() + LATE,
                "returned at " + r.returnedAtMs() + ", model " + m.returnedAtMs()));
        checks.add(() -> assertTrue(r.blockExitMs() >= r.returnedAtMs() && r.blockExitMs() <= m.blockExitMs() + LATE, "block exit"));
        for (JavaTaskResult t : m.taskResults()) {
            JavaTaskResult x = r.task(t.name());
            checks.add(() -> assertEquals(t.state(), x.state(), t.name() + ": " + x.words()));
            checks.add(() -> assertEquals(t.finalState(), x.finalState(), t.name() + ": " + x.words()));
            checks.add(() -> assertEquals(t.body(), x.body(), t.name() + ": " + x.words()));
            checks.add(() -> assertTrue(x.endMs() >= t.endMs() - 20 && x.endMs() <= t.endMs() + LATE, t.name() + " ended at " + x.endMs()));
        }
        checks.add(() -> assertEquals(tasks.length, seen.stream().filter(Reports::isTerminal).count(), "one end per task, live"));
        checks.add(() -> {
            RunReport report = Reports.of(r.toTrace(RunSpec.of(Strategy.GATHER)));
            for (int i = 0; i < tasks.length; i++) assertEquals(r.taskResults().get(i).state(), report.tasks().get(i).state());
        });
        assertAll(r.outcome().describe() + " " + r.taskResults(), checks.stream().map(c -> (org.junit.jupiter.api.function.Executable) c::run));
    }

    @Test void structuredTaskScopeRunsByReflectionWithoutPreviewFlags() {
        assertLikeTheModel(JavaRunSpec.of(JavaApi.STRUCTURED), TaskSpec.io("A", 60).failing(), TaskSpec.io("B", 200), TaskSpec.cpu("C", 150));
    }

    @Test void allOfWaitsAndCancelTrueDoesNotInterrupt() {
        assertLikeTheModel(JavaRunSpec.of(JavaApi.CF_ALLOF), TaskSpec.io("A", 60).failing(), TaskSpec.io("B", 200).cancelledAt(100));
    }

    @Test void invokeAllOnAPoolCancelsAtTheDeadline() {
        assertLikeTheModel(JavaRunSpec.of(JavaApi.INVOKE_ALL).withThreads(JavaThreads.PLATFORM).withCores(1).withTimeoutMs(100),
                TaskSpec.io("A", 50), TaskSpec.io("B", 200), TaskSpec.io("C", 50));
    }

    @Test void invokeAllOnVirtualThreadsNeverRunsTasksCancelledBeforeTheyGotACarrier() {
        // As many CPU loops as this JVM has carriers hold them all; the two tasks behind them are cancelled at the
        // deadline while their threads wait for a carrier, and FutureTask.run() then does nothing
        // (java-strategies.md#model, rule 3).
        int carriers = RealJavaRunner.carriers();
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < carriers; i++) tasks.add(TaskSpec.cpu("L" + i, 250));
        tasks.add(TaskSpec.cpu("Q", 200));
        tasks.add(TaskSpec.io("S", 60));
        assertLikeTheModel(JavaRunSpec.of(JavaApi.INVOKE_ALL).withCores(carriers).withTimeoutMs(120), tasks.toArray(TaskSpec[]::new));
    }

    @Test void invokeAnyAndTheScopesTimeout() {
        assertLikeTheModel(JavaRunSpec.of(JavaApi.INVOKE_ANY).withThreads(JavaThreads.PLATFORM).withCores(2),
                TaskSpec.io("A", 50).failing(), TaskSpec.io("B", 120), TaskSpec.io("C", 300));
        assertLikeTheModel(JavaRunSpec.of(JavaApi.STRUCTURED).withJoiner(ScopeJoiner.AWAIT_ALL).withTimeoutMs(100),
                TaskSpec.io("A", 50), TaskSpec.io("B", 250));
    }

    @Test void theRunSaysWhatItCouldNotChoose() {
        int carriers = RealJavaRunner.carriers();
        JavaRun r = real(JavaRunSpec.of(JavaApi.STRUCTURED).withCores(carriers + 1), List.of(TaskSpec.io("A", 10)), new ArrayList<>());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("this JVM's " + carriers + " carriers")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("by reflection")), r.notes().toString());
        assertEquals(TaskState.SUCCEEDED, r.task("A").state());
        assertEquals(BodyEnd.RETURNED, r.task("A").body());
    }
}
