package org.gatherlab.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;

/** Reports already made, through a {@link ReportStream}, into a string: what the app's exports and the tests use. */
final class ReportStreams {
    private ReportStreams() {}

    static String render(Function<Writer, ReportStream> format, List<ScenarioReport> reports) {
        StringWriter text = new StringWriter();
        try {
            write(format.apply(text), reports);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    /** Each scenario as it came from one file; the file label is the scenario's name (only text reports show it). */
    static void write(ReportStream stream, List<ScenarioReport> reports) throws IOException {
        for (ScenarioReport report : reports) {
            stream.begin(report.scenario(), report.scenario(), report.clock(), report.runs().size());
            for (RunReport run : report.runs()) stream.run(run);
        }
        stream.finish();
    }
}
