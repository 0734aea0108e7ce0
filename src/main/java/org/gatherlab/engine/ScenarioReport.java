package org.gatherlab.engine;

import java.util.List;

/** Every run of one scenario, under one clock. */
public record ScenarioReport(String scenario, ClockKind clock, List<RunReport> runs) {
    public static final String FORMAT = "gatherlab/report@1";

    public ScenarioReport { runs = List.copyOf(runs); }
}
