package org.gatherlab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Test;

/**
 * The editor's check ({@link ScenarioFiles#problems}) finds exactly what reading the whole file back finds, problem for
 * problem, on thousands of random scenarios whose values sit on and beside every edge of the rules: its shortcut for
 * plainly valid tasks ({@link PlainTasks}) never passes what the reader refuses.
 */
class ScenarioCheckTest {
    private static final double MAX = 3_600_000;

    @Test void theCheckIsTheReadersOnRandomScenariosNearEveryEdge() {
        int tries = Integer.getInteger("gatherlab.diff.tries", 300) * 10;
        int valid = 0, invalid = 0, shortcut = 0;
        for (long seed = 0; seed < tries; seed++) {
            Scenario s = draw(new SplittableRandom(seed));
            List<Problem> expected = ScenarioFiles.problemsOfFile(s, "edge.json");
            assertEquals(expected, ScenarioFiles.problems(s, "edge.json"), "seed " + seed + ": " + s);
            if (expected.isEmpty()) valid++;
            else invalid++;
            if (PlainTasks.plainlyValid(s)) shortcut++;
        }
        // Both sides are exercised: a generator that only made broken (or only clean) scenarios would prove nothing.
        assertTrue(valid > tries / 10 && invalid > tries / 10, valid + " valid, " + invalid + " invalid");
        assertTrue(shortcut > tries / 10, shortcut + " took the shortcut");
    }

    @Test void aGeneratedScenarioTakesTheShortcutAndABrokenOneIsWordedByTheReader() {
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) tasks.add(TaskSpec.io("task" + i, i % 1000));
        Scenario big = Scenario.of("big", tasks, List.of(RunSpec.of(Strategy.SEQUENTIAL), RunSpec.of(Strategy.GATHER)));
        assertTrue(PlainTasks.plainlyValid(big));
        assertEquals(List.of(), ScenarioFiles.problems(big, "big.json"));
        tasks.set(7_000, TaskSpec.io("task1", -5));
        Scenario broken = big.withTasks(tasks);
        assertFalse(PlainTasks.plainlyValid(broken));
        List<Problem> found = ScenarioFiles.problems(broken, "big.json");
        assertEquals(List.of("big.json: tasks[7000].name: must be unique, \"task1\" is also the name of tasks[1]",
                "big.json: tasks[7000].durationMs: must be between 0 and 3600000, got -5"),
                found.stream().map(Problem::toString).toList());
    }

    private static Scenario draw(SplittableRandom rnd) {
        int n = rnd.nextInt(12) == 0 ? 0 : 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 12);
        boolean clean = rnd.nextBoolean();   // half with no deliberate edge anywhere
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = clean || rnd.nextInt(4) != 0 ? "T" + i : pick(rnd, "", "T0", "x".repeat(40), "x".repeat(41),
                    "\ud800", "a\udc00", "\ud83d\ude00", "\ud83d\ude00".repeat(20), "\ud83d\ude00".repeat(21), "\u0001", "a b", "é");
            TaskKind kind = rnd.nextBoolean() ? TaskKind.IO : TaskKind.CPU;
            double d = clean || rnd.nextInt(3) != 0 ? 10 * rnd.nextInt(0, 31)
                    : pick(rnd, 0.0, -0.0, 1.5, MAX, Math.nextUp(MAX), Math.nextDown(MAX), -1.0, Double.NaN,
                            Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e-300, 0.1 + 0.2, 1e20);
            double rate = clean || rnd.nextInt(3) != 0 ? pick(rnd, 0.0, 0.5, 1.0)
                    : pick(rnd, -0.0, Math.nextUp(1.0), -1e-9, Double.NaN, Double.MIN_VALUE, 1e-300, 2.0);
            Double failAt = rnd.nextInt(3) != 0 ? null : clean ? d / 2
                    : pick(rnd, 0.0, d, Math.nextUp(d), Math.nextDown(d), -1.0, Double.NaN, d / 3, Double.POSITIVE_INFINITY);
            Double cancelAt = clean || rnd.nextInt(4) != 0 ? null : pick(rnd, 0.0, -0.0, 5.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, 1e-300);
            tasks.add(new TaskSpec(name, kind, d, rate, failAt, cancelAt));
        }
        List<RunSpec> runs = new ArrayList<>();
        int runCount = rnd.nextInt(15) == 0 ? 0 : 1 + rnd.nextInt(3);
        for (int r = 0; r < runCount; r++) runs.add(run(rnd, clean));
        String name = !clean && rnd.nextInt(10) == 0 ? "bad \ud800" : "edge";
        String description = !clean && rnd.nextInt(10) == 0 ? "\udfff" : "";
        return new Scenario(name, description, rnd.nextLong(), tasks, runs);
    }

    private static RunSpec run(SplittableRandom rnd, boolean clean) {
        Strategy strategy = Strategy.values()[rnd.nextInt(Strategy.values().length)];
        RunSpec run = RunSpec.of(strategy);
        if (clean) return run;
        if (rnd.nextInt(3) == 0) run = run.withReturnExceptions(true);
        if (rnd.nextInt(4) == 0) run = run.withReturnWhen(pick(rnd, ReturnWhen.values()));
        if (rnd.nextInt(3) == 0) run = run.withTimeoutMs(pick(rnd, 0.0, 100.0, -1.0, Double.NaN, 1e12));
        if (rnd.nextInt(5) == 0) run = run.withCancelAtMs(pick(rnd, 0.0, 50.0, -1.0));
        if (rnd.nextInt(4) == 0) run = run.withLimit(pick(rnd, 0, 1, 3, Integer.MAX_VALUE));
        if (rnd.nextInt(4) == 0) run = run.withCpu(CpuMode.PROCESSES);
        if (rnd.nextInt(5) == 0) run = run.withWorkers(pick(rnd, 0, 1, 4, 256, 257));
        if (rnd.nextInt(5) == 0) run = run.withOnExit(OnExit.CANCEL);
        if (rnd.nextInt(5) == 0) run = run.withThreads(JavaThreads.PLATFORM);
        if (rnd.nextInt(5) == 0) run = run.withCores(pick(rnd, 0, 1, 8, 257));
        if (rnd.nextInt(5) == 0) run = run.withJoiner(pick(rnd, ScopeJoiner.values()));
        return run;
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom rnd, T... options) { return options[rnd.nextInt(options.length)]; }
}
