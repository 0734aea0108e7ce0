package org.gatherlab.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TaskReport;

/**
 * One row per task per run, RFC 4180: CRLF line ends, a field is quoted when it holds a comma or a quote, and
 * quotes inside are doubled; control characters in names are shown as escapes ({@link Printable}), and a cell a
 * spreadsheet would run as a formula starts with {@code '}. {@code run} is the run's 1-based position in the report;
 * empty cells mean null. Run-level columns repeat on each of the run's rows so any row stands alone.
 */
public final class ReportCsv {
    private ReportCsv() {}

    public static final List<String> HEADER = List.of("scenario", "run", "label", "strategy", "task", "state",
            "startMs", "endMs", "afterReturn", "cancelCause", "permitMs", "jobStartMs", "jobEndMs",
            "returnedAtMs", "settledAtMs", "outcome");

    /** Outcome lists are cut to this many names: the cell repeats on every row of the run. */
    private static final int OUTCOME_ITEMS = 10;

    public static String render(ScenarioReport report) {
        return render(List.of(report));
    }

    /** Several scenarios under one header; the {@code scenario} column tells them apart. */
    public static String render(List<ScenarioReport> reports) {
        return ReportStreams.render(ReportCsv::stream, reports);
    }

    /** Writes the header at once, then each run's rows as the run arrives. */
    public static ReportStream stream(Writer out) {
        return new ReportStream() {
            private boolean header;
            private String scenario;
            private int runNumber;

            @Override
            public void begin(String file, String scenarioName, ClockKind clock, int runs) throws IOException {
                writeHeader();
                scenario = scenarioName;
                runNumber = 0;
            }

            @Override
            public void run(RunReport run) throws IOException {
                String number = Integer.toString(++runNumber);
                String outcome = OutcomeWords.english().describe(run.outcome(), OUTCOME_ITEMS);
                for (TaskReport t : run.tasks()) {
                    row(out, List.of(scenario, number, run.label(), run.strategy().json(),
                            t.name(), t.state().json(), ms(t.startMs()), ms(t.endMs()), Boolean.toString(t.afterReturn()),
                            t.cancelCause() == null ? "" : t.cancelCause().json(), ms(t.permitMs()), ms(t.jobStartMs()),
                            ms(t.jobEndMs()), ms(run.returnedAtMs()), ms(run.settledAtMs()), outcome));
                }
            }

            @Override
            public void finish() throws IOException {
                writeHeader();
                out.flush();
            }

            private void writeHeader() throws IOException {
                if (header) return;
                header = true;
                row(out, HEADER);
            }
        };
    }

    /** Empty for null, and for NaN (a run stopped before its caller's await ended). */
    private static String ms(Double ms) {
        return ms == null || !Double.isFinite(ms) ? "" : Values.exactMs(ms);
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * RFC 4180 section 2, rules 6 and 7; control characters shown as the text report shows them ({@code \e},
     * {@code \n}, {@code \u0007}: {@link Printable}), because a CSV printed to a terminal ({@code gatherlab run
     * FILE --format csv}) would otherwise hand it a name's ESC sequences, and a newline in a name would split its
     * row for every line-by-line tool; and OWASP's rule against CSV injection: a cell that starts with {@code =},
     * {@code +}, {@code -} or {@code @}, which a spreadsheet would run as a formula, gets a leading {@code '}
     * (spreadsheets then show the text as it is, and the name stays readable). The report's JSON keeps names exactly.
     */
    public static String field(String value) {
        if (value == null) return "";
        value = Printable.escape(value);
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) value = "'" + value;
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
