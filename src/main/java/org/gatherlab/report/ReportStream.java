package org.gatherlab.report;

import java.io.IOException;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunReport;

/**
 * A report written as its runs are made: each run's report is handed over once and may be dropped right
 * after, so a report of 100,000 tasks × 16 runs is never held whole (a format that draws every run on one
 * axis keeps only a small summary of each run). Several scenarios follow one another in one output.
 * Every call may throw the output's {@link IOException}: a report that cannot be written is never lost silently.
 */
public interface ReportStream {
    /**
     * A scenario's report begins (the previous one, if any, ends).
     *
     * @param file     the file it was read from, as the user named it (text reports head each file with it)
     * @param scenario the scenario's name
     * @param runs     how many runs will follow
     */
    void begin(String file, String scenario, ClockKind clock, int runs) throws IOException;

    /** The next run of the current scenario, in the scenario's order. */
    void run(RunReport run) throws IOException;

    /** After the last scenario: writes what is left. Does not close the output. */
    void finish() throws IOException;
}
