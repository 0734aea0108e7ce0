package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.app.fx.Words;
import org.gatherlab.report.Values;

/**
 * What the timeline draws, in sentences, for assistive technology: how many runs, where the playhead is, and per
 * run its heading (what the await did, as far as the playhead has got) and how many of its tasks have ended how.
 * Pure; one pass over each run's task ends.
 */
public final class TimelineSummary {
    private TimelineSummary() {}

    public static String describe(List<TimelineRun> runs, double playheadMs, Words w) {
        if (runs.isEmpty()) return w.text("timeline.accessible.empty");
        List<String> parts = new ArrayList<>();
        parts.add(Double.isFinite(playheadMs)
                ? w.count("timeline.accessible.runs", runs.size(), Values.ms(TimelineLayout.round(playheadMs)))
                : w.count("timeline.accessible.runs.live", runs.size()));
        for (int r = 0; r < runs.size(); r++) {
            TimelineRun run = runs.get(r);
            double cutoff = Math.min(playheadMs, run.availableUntilMs());
            parts.add(w.format("timeline.accessible.run", r + 1, run.label(), RunHeading.detail(run, cutoff, w), tasks(run, cutoff, w)));
        }
        return String.join(" ", parts);
    }

    /** {@code 2 succeeded, 1 failed, 1 still going}: only the counts that are not zero. */
    static String tasks(TimelineRun run, double cutoff, Words w) {
        // Counted by the lanes without cutting one: at 100,000 tasks only the rows on screen are ever cut.
        int[] settled = run.lanes().settledBy(cutoff);
        int succeeded = settled[0], failed = settled[1], cancelled = settled[2];
        int open = run.taskCount() - succeeded - failed - cancelled;
        List<String> counts = new ArrayList<>();
        if (succeeded > 0) counts.add(w.count("timeline.accessible.succeeded", succeeded));
        if (failed > 0) counts.add(w.count("timeline.accessible.failed", failed));
        if (cancelled > 0) counts.add(w.count("timeline.accessible.cancelled", cancelled));
        if (open > 0) counts.add(w.count("timeline.accessible.open", open));
        return w.count("timeline.accessible.tasks", run.taskCount(), String.join(", ", counts));
    }
}
