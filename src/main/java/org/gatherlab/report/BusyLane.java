package org.gatherlab.report;

import org.gatherlab.engine.Family;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.RunSpec;

/**
 * Whose lane the "CPU work holds a thread" row is: Python's event loop (one thread: nothing else runs meanwhile), or a
 * Java run's carriers or fixed-pool threads (several: the row shows when at least one computes, the others run on).
 */
public enum BusyLane {
    LOOP("loop busy", "event loop", "event loop: busy while a task computes on it"),
    CARRIERS("carriers", "carriers", "carriers: busy while at least one CPU loop computes on a carrier; the other carriers run on"),
    POOL_THREADS("pool threads", "pool threads", "pool threads: busy while at least one CPU loop computes on a pool thread; the other threads run on");

    /** The text timeline's row name (at most 12 characters). */
    public final String row;
    /** The SVG's lane label. */
    public final String label;
    /** The SVG's lane tooltip. */
    public final String title;

    BusyLane(String row, String label, String title) {
        this.row = row;
        this.label = label;
        this.title = title;
    }

    public static BusyLane of(RunSpec run) {
        if (run == null || run.strategy().family() != Family.JAVA) return LOOP;
        return run.threads() == JavaThreads.PLATFORM ? POOL_THREADS : CARRIERS;
    }

    public boolean java() { return this != LOOP; }
}
