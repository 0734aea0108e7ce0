package org.gatherlab.report;

import java.util.List;

import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TaskReport;

/**
 * One row per task per run, RFC 4180: CRLF line ends, a field is quoted when it holds a comma, a quote,
 * CR or LF, and quotes inside are doubled. {@code run} is the run's 1-based position in the report;
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
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (ScenarioReport report : reports) {
            for (int i = 0; i < report.runs().size(); i++) {
                RunReport run = report.runs().get(i);
                String outcome = OutcomeText.describe(run.outcome(), OUTCOME_ITEMS);
                for (TaskReport t : run.tasks()) {
                    row(out, List.of(report.scenario(), Integer.toString(i + 1), run.label(), run.strategy().json(),
                            t.name(), t.state().json(), ms(t.startMs()), ms(t.endMs()), Boolean.toString(t.afterReturn()),
                            t.cancelCause() == null ? "" : t.cancelCause().json(), ms(t.permitMs()), ms(t.jobStartMs()),
                            ms(t.jobEndMs()), ms(run.returnedAtMs()), ms(run.settledAtMs()), outcome));
                }
            }
        }
        return out.toString();
    }

    /** Empty for null, and for NaN (a run stopped before its caller's await ended). */
    private static String ms(Double ms) {
        return ms == null || !Double.isFinite(ms) ? "" : Values.exactMs(ms);
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180 section 2, rules 6 and 7. */
    public static String field(String value) {
        if (value == null) return "";
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
