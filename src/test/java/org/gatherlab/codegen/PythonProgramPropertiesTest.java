package org.gatherlab.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.RandomScenarios;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random scenarios ({@link RandomScenarios}: every strategy and option, durations on a 10 ms grid so that ties happen): the generated
 * program must run on CPython and its report must hold together. This catches programs that crash (an exception
 * the caller did not expect) and reports that contradict themselves; the exact values are CPython's.
 */
class PythonProgramPropertiesTest {

    @BeforeAll
    static void python() {
        Python.require();
    }

    /** 30 fixed seeds (the same every build); -Dgatherlab.codegen.tries=N runs more. */
    static LongStream seeds() {
        int tries = Integer.getInteger("gatherlab.codegen.tries", 30);
        return new SplittableRandom(20_251_125L).longs(tries);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRandomRunGivesAConsistentReport(long seed) {
        Scenario s = RandomScenarios.draw(seed);
        JsonNode run = Python.virtualReport(s, 0).path("runs").path(0);
        try {
            check(s, run);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nscenario " + s + "\nreport " + run.toPrettyString(), e);
        }
    }

    private static void check(Scenario s, JsonNode run) {
        RunSpec spec = s.runs().get(0);
        List<TaskSpec> tasks = s.tasks();
        boolean[] fails = FailurePlan.draw(s.seed(), tasks);
        Python.Run r = new Python.Run(run);
        assertEquals(spec.strategy().json(), run.path("strategy").asText());
        double returned = r.returnedAt();
        double lastEnd = Double.NEGATIVE_INFINITY;
        Set<String> started = new HashSet<>();
        List<double[]> permits = new ArrayList<>(), jobs = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskSpec t = tasks.get(i);
            JsonNode j = run.path("tasks").path(i);
            String name = t.name(), state = j.path("state").asText();
            assertEquals(name, j.path("name").asText());
            if (state.equals("not-started")) {
                assertEquals(Strategy.SEQUENTIAL, spec.strategy(), name);
                assertTrue(j.path("startMs").isNull() && j.path("endMs").isNull() && j.path("cancelCause").isNull(), name);
                assertFalse(j.path("afterReturn").asBoolean(), name);
                continue;
            }
            started.add(name);
            double start = j.path("startMs").asDouble(), end = j.path("endMs").asDouble();
            assertTrue(start <= end, name);
            lastEnd = Math.max(lastEnd, end);
            assertEquals(state.equals("cancelled"), !j.path("cancelCause").isNull(), name + ": a cause iff cancelled");
            if (state.equals("cancelled")) {
                String cause = j.path("cancelCause").asText();
                assertTrue(Set.of("taskgroup", "timeout", "caller", "self", "exit").contains(cause), name + " " + cause);
                if (cause.equals("self")) assertNotNull(t.cancelAtMs(), name);
                if (cause.equals("caller")) assertNotNull(spec.cancelAtMs(), name);
                if (cause.equals("timeout")) assertNotNull(spec.timeoutMs(), name);
                if (cause.equals("exit")) assertEquals(OnExit.CANCEL, spec.onExit(), name);
                if (cause.equals("taskgroup")) assertEquals(Strategy.TASKGROUP, spec.strategy(), name);
            }
            if (state.equals("failed")) assertTrue(fails[i], name + " fails only if the draw says so");
            if (state.equals("succeeded")) assertFalse(fails[i], name);
            double work = t.workMs(fails[i]);
            double inside = j.has("permitMs") ? j.path("permitMs").asDouble() : start;
            if (spec.limit() != null && !state.equals("cancelled")) assertTrue(j.has("permitMs"), name + " ran inside the semaphore");
            if (j.has("permitMs")) permits.add(new double[] {inside, end});
            if (j.has("jobStartMs")) {
                assertTrue(t.kind() == TaskKind.CPU && spec.cpu() == CpuMode.PROCESSES, name);
                double js = j.path("jobStartMs").asDouble(), je = j.path("jobEndMs").asDouble();
                assertEquals(work, je - js, name + ": a started job runs to its end");
                assertTrue(js >= inside, name);
                jobs.add(new double[] {js, je});
                if (!state.equals("cancelled")) assertTrue(end >= je, name);
            } else if (!state.equals("cancelled")) {
                if (t.kind() == TaskKind.CPU && spec.cpu() == CpuMode.LOOP) assertEquals(inside + work, end, name + ": cpu work is exact");
                else if (t.kind() == TaskKind.CPU) throw new AssertionError(name + ": a pool job that ran has times");
                else assertTrue(end >= inside + work, name + ": a timer never fires early");
            }
            boolean after = j.path("afterReturn").asBoolean();
            if (after) assertTrue(end >= returned, name + ": afterReturn but ended before the return");
            else assertTrue(end <= returned, name + ": not afterReturn but ended after the return");
        }
        // completion order: every settled task once, in the order of their ends
        List<String> order = r.completionOrder();
        assertEquals(started, new HashSet<>(order));
        assertEquals(started.size(), order.size());
        for (int k = 1; k < order.size(); k++) assertTrue(r.end(order.get(k - 1)) <= r.end(order.get(k)), "completion order vs end times");
        if (!started.isEmpty()) assertEquals(lastEnd, r.settledAt());
        if (spec.limit() != null) assertTrue(maxOverlap(permits) <= spec.limit(), "at most limit inside the semaphore");
        if (spec.cpu() == CpuMode.PROCESSES) assertTrue(maxOverlap(jobs) <= spec.workers(), "at most workers jobs at once");
        checkOutcome(s, r, fails);
    }

    private static void checkOutcome(Scenario s, Python.Run r, boolean[] fails) {
        RunSpec spec = s.runs().get(0);
        List<String> names = s.tasks().stream().map(TaskSpec::name).toList();
        String kind = r.outcomeKind();
        if (kind.equals("raised")) {
            String ex = r.exception();
            List<String> carried = r.raisedTasks();
            assertFalse(spec.strategy() == Strategy.WAIT && !ex.equals("CancelledError"), "wait raises only when the caller is cancelled");
            switch (ex) {
                case "TaskFailed" -> {
                    assertEquals(1, carried.size());
                    assertEquals("failed", r.state(carried.get(0)));
                    assertFalse(spec.returnExceptions());
                }
                case "ExceptionGroup" -> {
                    assertEquals(Strategy.TASKGROUP, spec.strategy());
                    assertFalse(carried.isEmpty());
                    for (String c : carried) assertEquals("failed", r.state(c));
                }
                case "TimeoutError" -> {
                    assertNotNull(spec.timeoutMs());
                    assertEquals(List.of(), carried);
                }
                case "CancelledError" -> {
                    if (carried.isEmpty()) assertNotNull(spec.cancelAtMs(), "the caller's own cancellation");
                    else assertEquals("self", r.cause(carried.get(0)));
                }
                default -> throw new AssertionError("unexpected exception " + ex);
            }
            return;
        }
        assertEquals("returned", kind);
        if (spec.strategy() == Strategy.WAIT) {
            List<String> all = new ArrayList<>(r.done());
            all.addAll(r.pending());
            assertEquals(new HashSet<>(names), new HashSet<>(all));
            for (String d : r.done()) assertFalse(r.afterReturn(d), d + " is done");
            for (String p : r.pending()) assertTrue(r.afterReturn(p), p + " is pending");
            return;
        }
        List<String> resultTasks = new ArrayList<>();
        for (JsonNode res : r.outcome().path("results")) resultTasks.add(res.path("task").asText());
        if (spec.strategy() == Strategy.AS_COMPLETED) assertEquals(r.completionOrder(), resultTasks);
        else assertEquals(names, resultTasks);
    }

    /** The most half-open intervals [from, to) that hold at one instant. */
    private static int maxOverlap(List<double[]> intervals) {
        int best = 0;
        for (double[] a : intervals) {
            int n = 0;
            for (double[] b : intervals) if (b[0] <= a[0] && a[0] < b[1]) n++;
            best = Math.max(best, n);
        }
        return best;
    }
}
