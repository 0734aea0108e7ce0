package org.gatherlab.app.run;

import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.RunReport;

/**
 * A run's outcome panel worded off the FX thread, with what it was worded from: at 100,000 tasks a summary reads every
 * task, and four of them were most of what the FX thread did when a Run's results came in. The FX thread takes it as it
 * is when it would word the same panel itself (the same report, the same sequential run to compare with, the same
 * words), and words the panel itself otherwise.
 *
 * @param sequential the sequential run the speed-up is measured against (null: none)
 */
record Summarized(RunReport report, RunReport sequential, Words words, OutcomeSummary summary) {

    static Summarized of(RunReport report, RunReport sequential, Words words) {
        return new Summarized(report, sequential, words, OutcomeSummary.of(report, sequential, words));
    }

    /** Whether this is the panel of that report, against that sequential run, in those words (by identity). */
    boolean fits(RunReport report, RunReport sequential, Words words) {
        return this.report == report && this.sequential == sequential && this.words == words;
    }
}
