package org.gatherlab.scenario;

import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Over 500 seeded random valid scenarios: what is saved reads back equal, and saving what was read changes nothing. */
class ScenarioRoundTripTest {
    private static final int TRIES = 500;
    private static final String LABEL = "p.gather.json";

    @TestFactory
    Stream<DynamicTest> aValidScenarioReadsBackEqualAfterWriting() {
        return tries(scenario -> assertEquals(scenario, ScenarioFiles.parse(ScenarioFiles.toJson(scenario, LABEL), LABEL).scenario()));
    }

    @TestFactory
    Stream<DynamicTest> savingWhatWasReadGivesTheSameTextAndDocument() {
        return tries(scenario -> {
            String text = ScenarioFiles.toJson(scenario, LABEL);
            ScenarioDocument read = ScenarioFiles.parse(text, LABEL);
            assertEquals(text, ScenarioFiles.toJson(read, LABEL));
            assertEquals(read, ScenarioFiles.parse(ScenarioFiles.toJson(read, LABEL), LABEL));
        });
    }

    @TestFactory
    Stream<DynamicTest> editingToTheSameScenarioKeepsEverySource() {
        return tries(scenario -> {
            ScenarioDocument read = ScenarioFiles.parse(ScenarioFiles.toJson(scenario, LABEL), LABEL);
            assertEquals(read, read.with(read.scenario()));
        });
    }

    private interface Check {
        void on(Scenario scenario) throws Exception;
    }

    private static Stream<DynamicTest> tries(Check check) {
        return IntStream.range(0, TRIES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Scenario scenario = draw(seed);
            try {
                check.on(scenario);
            } catch (ScenarioException e) {
                throw new AssertionError(scenario + "\n" + e.getMessage(), e);
            }
        }));
    }

    /** A valid scenario drawn from the seed: every field, at its default or not, values at their bounds included. */
    static Scenario draw(long seed) {
        Random random = new Random(seed);
        List<RunSpec> runs = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) runs.add(run(random));
        // The one rule across lists: task cancelAtMs is not allowed in a file with a sequential run.
        boolean cancelsAllowed = runs.stream().noneMatch(r -> r.strategy() == Strategy.SEQUENTIAL);
        List<TaskSpec> tasks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
            TaskSpec task = task(random, cancelsAllowed);
            if (names.add(task.name())) tasks.add(task);
        }
        String name = random.nextBoolean() ? "" : text(random, 30);
        String description = random.nextBoolean() ? "" : text(random, 60);
        long scenarioSeed = random.nextInt(4) == 0 ? 0 : random.nextLong();
        return new Scenario(name, description, scenarioSeed, tasks, runs);
    }

    private static TaskSpec task(Random random, boolean cancelsAllowed) {
        double duration = number(random, 3_600_000);
        double rate = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> number(random, 1);
        };
        Double failAt = random.nextBoolean() ? null : number(random, duration);
        Double cancelAt = cancelsAllowed && random.nextBoolean() ? number(random, 1e7) : null;
        String name = text(random, 40);
        return new TaskSpec(name.isEmpty() ? "t" : name, random.nextBoolean() ? TaskKind.IO : TaskKind.CPU, duration, rate, failAt, cancelAt);
    }

    private static RunSpec run(Random random) {
        Strategy strategy = pick(random, Strategy.python().toArray(Strategy[]::new));
        RunSpec run = RunSpec.of(strategy)
                .withReturnExceptions(strategy.acceptsReturnExceptions() && random.nextBoolean())
                .withReturnWhen(strategy == Strategy.WAIT ? pick(random, ReturnWhen.values()) : ReturnWhen.ALL_COMPLETED)
                .withTimeoutMs(random.nextBoolean() ? null : random.nextInt(10) == 0 ? 1e300 : number(random, 1e6))
                .withCancelAtMs(random.nextBoolean() ? null : number(random, 1e6))
                .withLimit(random.nextBoolean() ? null : random.nextInt(5) == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(10))
                .withCpu(pick(random, CpuMode.values()))
                .withOnExit(pick(random, OnExit.values()));
        return random.nextBoolean() ? run : run.withWorkers(1 + random.nextInt(256));
    }

    /** Whole numbers, short decimals, full-precision doubles, and both bounds, in [0, max]. */
    private static double number(Random random, double max) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> max;
            case 2 -> Math.floor(random.nextDouble() * max);
            case 3 -> Math.min(max, Math.round(random.nextDouble() * max * 1000) / 1000.0);
            default -> random.nextDouble() * max;
        };
    }

    /**
     * Up to {@code maxCodePoints} code points drawn from ASCII, JSON's escapes, accented letters, emoji and
     * a BOM, the characters most likely to go wrong on the way to a file and back. (A lone surrogate is not
     * text: {@code HostileInputTest} has it refused.)
     */
    private static String text(Random random, int maxCodePoints) {
        int[] pool = {'a', 'Z', '7', ' ', '"', '\\', '/', '\n', '\t', 0x01, 0x7F, 0xE9, 0x4E2D, 0x1F600, 0xFEFF};
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = random.nextInt(maxCodePoints + 1); i < n; i++) s.appendCodePoint(pool[random.nextInt(pool.length)]);
        return s.toString();
    }

    private static <T> T pick(Random random, T[] values) { return values[random.nextInt(values.length)]; }
}
