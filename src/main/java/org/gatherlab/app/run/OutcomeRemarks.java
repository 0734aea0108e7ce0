package org.gatherlab.app.run;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.app.fx.EngineWords;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.run.OutcomeSummary.Line;
import org.gatherlab.app.run.OutcomeSummary.Mark;
import org.gatherlab.engine.RunReport;
import org.gatherlab.report.OutcomeWords;
import org.gatherlab.report.RunRemarks;

/**
 * The outcome card's lines for what the rows alone do not say: where the JDK's answer is a race
 * (java-strategies.md#races), and a caller that both its timeout and its outside cancel reached
 * (asyncio-decided-orders.md rule C1).
 */
final class OutcomeRemarks {
    private OutcomeRemarks() {}

    /** One line per task whose fate on the JDK is a race, in the card's language: the report's sentence ({@code java.race.*}). */
    static List<Line> races(Words w, RunReport run) {
        OutcomeWords words = OutcomeWords.of(w.locale());
        List<Line> lines = new ArrayList<>();
        for (RunRemarks.Race r : RunRemarks.races(run)) lines.add(new Line(Mark.INFO, r.words(words), r.task()));
        return lines;
    }

    /** The line for a caller both cancel requests reached, or null. */
    static Line bothCancels(Words w, RunReport run) {
        RunRemarks.BothCancels b = RunRemarks.bothCancels(run);
        if (b == null) return null;
        return new Line(Mark.INFO, w.format("outcome.bothCancels", OutcomeSummary.ms(b.timeoutDueMs()), OutcomeSummary.ms(b.callerDueMs()),
                EngineWords.cause(w, b.first())), null);
    }
}
