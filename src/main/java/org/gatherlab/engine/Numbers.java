package org.gatherlab.engine;

/** Milliseconds as people read them: integers without ".0", fractions as they are. */
public final class Numbers {
    private Numbers() {}

    public static String format(double ms) {
        if (ms == Math.rint(ms) && Math.abs(ms) < 1e15) return Long.toString((long) ms);
        return Double.toString(ms);
    }
}
