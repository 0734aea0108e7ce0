package org.gatherlab.app.timeline;

import org.gatherlab.app.fx.EngineWords;
import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.CancelCause;
import org.gatherlab.report.Values;

/** A run heading's words: what its await did by the playhead, for the heading's second part and the screen reader. */
final class RunHeading {
    private RunHeading() {}

    /** The heading's second part: what the await did, once the playhead has passed it. */
    static String detail(TimelineRun run, double cutoff, Words w) {
        return detail(run, cutoff, w, true);
    }

    static String detail(TimelineRun run, double cutoff, Words w, boolean withSettled) {
        boolean ended = Double.isFinite(run.returnedAtMs());
        String await = ended ? w.format("timeline.detail.await", run.callerText(w), Values.ms(TimelineLayout.round(run.returnedAtMs()))) : null;
        return switch (run.status()) {
            case PENDING -> w.text("timeline.detail.pending");
            case LIVE -> {
                String live = w.format("timeline.detail.live", Values.ms(Math.floor(run.availableUntilMs())));
                yield ended ? live + " · " + await : live;
            }
            case STOPPED -> {
                String stopped = w.format("timeline.detail.stopped", Values.ms(TimelineLayout.round(run.lanes().endMs())));
                yield ended ? stopped + " · " + await : w.format("timeline.detail.stoppedBefore", stopped);
            }
            case DONE -> {
                if (!ended) yield w.text("timeline.detail.neverEnded");
                if (cutoff < run.returnedAtMs()) yield w.text("timeline.detail.awaiting");
                if (withSettled && Double.isFinite(run.settledAtMs()) && cutoff >= run.settledAtMs() && run.settledAtMs() != run.returnedAtMs()) {
                    yield await + " · " + w.format("timeline.detail.settled", Values.ms(TimelineLayout.round(run.settledAtMs())));
                }
                yield await;
            }
        };
    }

    /** A caller-cancel mark's detail is a cancel cause's name ({@code caller}, {@code timeout}): in words. */
    static String causeDetail(Words w, String detail) {
        for (CancelCause c : CancelCause.values()) if (c.json().equals(detail)) return EngineWords.cause(w, c);
        return detail;
    }
}
