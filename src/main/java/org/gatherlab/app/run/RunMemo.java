package org.gatherlab.app.run;

import java.util.List;

import org.gatherlab.app.fx.Words;
import org.gatherlab.app.timeline.TimelineRun;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;

/**
 * The runs on screen, as computed on the virtual clock, kept so that a run whose tasks, seed and options have not
 * changed is not computed again: Run pressed on the picture an edit already computed, or an edit to one run's options
 * (the others stay). The virtual clock gives the same run every time for the same tasks, seed and options (the
 * engine's randomness is seeded by the scenario's seed; no wall time enters it), so a kept run is the run.
 *
 * <p>Immutable: made on the thread that pulses the model from what it shows, read by the engine's thread.
 *
 * @param tasks the scenario's tasks the runs were computed from (compared by identity first, then by value)
 */
record RunMemo(long seed, List<TaskSpec> tasks, List<Entry> entries) {
    static final RunMemo EMPTY = new RunMemo(0, List.of(), List.of());

    /**
     * One run: its report, its timeline (lanes cut lazily), its sorted distinct event times and its outcome panel as
     * last worded (null: none).
     */
    record Entry(RunSpec spec, RunReport report, TimelineRun timeline, double[] times, Summarized summary) {
        /** The same run with its panel worded against {@code sequential} in {@code words} (kept if it already is). */
        Entry summarized(RunReport sequential, Words words) {
            if (summary != null && summary.fits(report, sequential, words)) return this;
            return new Entry(spec, report, timeline, times, Summarized.of(report, sequential, words));
        }
    }

    RunMemo {
        entries = List.copyOf(entries);
    }

    /**
     * What of this memo holds for {@code scenario}: all of it when the tasks and seed are the same, else nothing. Reads
     * every task at worst (about a millisecond at 100,000): call it on the engine's thread, or on the FX thread where it
     * saves more (a Run's placeholders take the kept runs' guides instead of walking the tasks once per run).
     */
    RunMemo of(Scenario scenario) {
        if (entries.isEmpty() || scenario.seed() != seed) return EMPTY;
        return scenario.tasks() == tasks || scenario.tasks().equals(tasks) ? this : EMPTY;
    }

    /** The kept run with these options, or null if it must be computed (only after {@link #of}). */
    Entry find(RunSpec spec) {
        for (Entry e : entries) if (e.spec().equals(spec)) return e;
        return null;
    }
}
