package org.gatherlab.engine;

import java.util.List;

/**
 * Which tasks fail: decided once per scenario, before any run, by the contract's SplitMix64 draw,
 * so that every run of one scenario sees the same tasks fail.
 */
public final class FailurePlan {
    private FailurePlan() {}

    public static boolean[] draw(long seed, List<TaskSpec> tasks) {
        boolean[] fails = new boolean[tasks.size()];
        for (int i = 0; i < fails.length; i++) fails[i] = fails(seed, i, tasks.get(i).failureRate());
        return fails;
    }

    /** The unit-interval draw for the task at 0-based position {@code index}. */
    public static double draw(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    public static boolean fails(long seed, int index, double failureRate) {
        // The draw is in [0, 1): a rate of 0 (most tasks) never fails, and needs no draw.
        return failureRate > 0 && draw(seed, index) < failureRate;
    }
}
