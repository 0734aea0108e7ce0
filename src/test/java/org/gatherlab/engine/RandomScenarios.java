package org.gatherlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random scenarios that respect every rule of the contract: 1–40 tasks, mixed kinds, failures,
 * self-cancels, and one run of a random strategy with random options. Durations are drawn from a small
 * grid so that ties (the hard part: who goes first at the same instant) happen often.
 */
public final class RandomScenarios {
    private RandomScenarios() {}

    public static Scenario draw(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Strategy strategy = Strategy.python().get(rnd.nextInt(Strategy.python().size()));
        int n = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 40 : 8);
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TaskKind kind = rnd.nextInt(3) == 0 ? TaskKind.CPU : TaskKind.IO;
            double d = 10 * rnd.nextInt(0, 31);
            double rate = switch (rnd.nextInt(4)) { case 0 -> 1.0; case 1 -> 0.5; default -> 0.0; };
            Double failAt = rate > 0 && rnd.nextBoolean() ? (double) (10 * rnd.nextInt(0, (int) (d / 10) + 1)) : null;
            Double cancelAt = strategy != Strategy.SEQUENTIAL && rnd.nextInt(6) == 0 ? (double) (10 * rnd.nextInt(0, 31)) : null;
            tasks.add(new TaskSpec("T" + i, kind, d, rate, failAt, cancelAt));
        }
        boolean rE = strategy.acceptsReturnExceptions() && rnd.nextBoolean();
        ReturnWhen when = strategy == Strategy.WAIT ? ReturnWhen.values()[rnd.nextInt(3)] : ReturnWhen.ALL_COMPLETED;
        Double timeout = rnd.nextInt(3) == 0 ? (double) (10 * rnd.nextInt(0, 31)) : null;
        Double cancelAt = rnd.nextInt(6) == 0 ? (double) (10 * rnd.nextInt(0, 31)) : null;
        Integer limit = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : null;
        CpuMode cpu = rnd.nextInt(3) == 0 ? CpuMode.PROCESSES : CpuMode.LOOP;
        int workers = 1 + rnd.nextInt(4);
        OnExit onExit = rnd.nextBoolean() ? OnExit.CANCEL : OnExit.DRAIN;
        RunSpec run = new RunSpec(strategy, rE, when, timeout, cancelAt, limit, cpu, workers, onExit);
        return new Scenario("random " + seed, "", rnd.nextLong(), tasks, List.of(run));
    }
}
