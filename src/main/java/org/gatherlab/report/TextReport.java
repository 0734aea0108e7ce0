package org.gatherlab.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskReport;

/**
 * The report a person reads in an 80-column terminal: per run a heading, a table of tasks and a
 * character timeline; every run of a scenario shares one time axis so their lengths compare at a glance.
 * Names are shown {@link Printable}: no byte of a name reaches the terminal as a command.
 */
public final class TextReport {
    private TextReport() {}

    static final int WIDTH = 80;
    private static final int OUTCOME_ITEMS = 8;

    public static String render(ScenarioReport report) {
        return ReportStreams.render(out -> stream(out, false), List.of(report));
    }

    /**
     * The shared axis is known only once every run of a scenario is done, so each run is kept until then as
     * its table's text and the first lanes of its timeline (its trace is dropped); a scenario is written
     * when the next begins. With {@code headed}, each scenario comes under a {@code == FILE ==} line.
     */
    public static ReportStream stream(Writer out, boolean headed) {
        return new ReportStream() {
            private int scenarios;
            private String file, scenario;
            private ClockKind clock;
            private final List<RunText> runs = new ArrayList<>();

            @Override
            public void begin(String fileName, String scenarioName, ClockKind clockKind, int runCount) throws IOException {
                writeScenario();
                file = fileName;
                scenario = scenarioName;
                clock = clockKind;
            }

            @Override
            public void run(RunReport run) {
                runs.add(RunText.of(run));
            }

            @Override
            public void finish() throws IOException {
                writeScenario();
                out.flush();
            }

            private void writeScenario() throws IOException {
                if (scenario == null) return;
                if (scenarios++ > 0) out.write("\n");
                if (headed) out.write("== " + Printable.escape(file) + " ==\n");
                write(out, scenario, clock, runs);
                runs.clear();
                scenario = null;
            }
        };
    }

    /** One run, without its trace: what the text report shows of it once the shared axis is known. */
    private record RunText(String label, List<String> options, String outcome, List<String> remarks, String verb,
                           double returnedAtMs, double settledAtMs, boolean sequential, String table, Lanes lanes, int laneCount,
                           BusyLane busy) {
        static RunText of(RunReport run) {
            Lanes lanes = run.trace() == null ? null : Lanes.of(run.trace());
            return new RunText(run.label(), Values.options(run.options()), OutcomeWords.english().describe(run.outcome(), OUTCOME_ITEMS),
                    remarks(run), OutcomeWords.english().verb(run.outcome()), run.returnedAtMs(), run.settledAtMs(),
                    run.strategy() == Strategy.SEQUENTIAL, TextReport.table(run.tasks()),
                    lanes == null ? null : lanes.firstLanes(TextTimeline.MAX_TASK_ROWS), lanes == null ? 0 : lanes.lanes().size(),
                    BusyLane.of(run.run()));
        }

        /** The note when both the timeout and the caller's cancel reached the caller, and each race, wrapped. */
        private static List<String> remarks(RunReport run) {
            List<String> lines = new ArrayList<>();
            RunRemarks.BothCancels both = RunRemarks.bothCancels(run);
            if (both != null) lines.addAll(TextCells.wrap("  note: ", List.of(Printable.escape(RunRemarks.words(both)).split(" ")), "", WIDTH));
            for (RunRemarks.Race race : RunRemarks.races(run)) {
                lines.addAll(TextCells.wrap("  race: ", List.of(Printable.escape(race.words()).split(" ")), "", WIDTH));
            }
            return lines;
        }
    }

    private static void write(Writer out, String scenario, ClockKind clock, List<RunText> runs) throws IOException {
        int n = runs.size();
        for (String line : TextCells.wrap("", List.of("Scenario: " + Printable.escape(scenario),
                " (" + clock.json() + " clock, " + n + (n == 1 ? " run)" : " runs)")), "", WIDTH)) {
            out.write(TextCells.fit(line, WIDTH) + "\n");
        }
        // One axis for all runs (the latest of last event, settlement and return) so their lengths compare.
        double span = 0;
        for (RunText run : runs) {
            span = Math.max(span, Math.max(Math.max(run.returnedAtMs(), run.settledAtMs()), run.lanes() == null ? 0 : run.lanes().endMs()));
        }
        RunText sequential = runs.stream().filter(RunText::sequential).findFirst().orElse(null);
        for (int i = 0; i < n; i++) {
            out.write("\n");
            run(out, i + 1, runs.get(i), sequential, span);
        }
        if (n > 0) {
            out.write("\n");
            for (String legend : TextTimeline.LEGEND) out.write("  " + legend + "\n");
            if (runs.stream().anyMatch(r -> r.busy().java())) {
                for (String line : TextCells.wrap("  ", List.of(TextTimeline.JAVA_LEGEND.split(" ")), " ", WIDTH)) out.write(line + "\n");
            }
        }
    }

    private static void run(Writer out, int number, RunText run, RunText sequential, double span) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(TextCells.fit("Run " + number + ": " + Printable.escape(run.label()), WIDTH));
        if (!run.options().isEmpty()) lines.addAll(TextCells.wrap("  options: ", run.options(), ", ", WIDTH));
        String sentence = Printable.escape(run.outcome()) + " at " + Values.ms(run.returnedAtMs()) + " ms; all tasks settled at "
                + Values.ms(run.settledAtMs()) + " ms";
        lines.addAll(TextCells.wrap("  ", List.of(sentence.split(" ")), "", WIDTH));
        lines.addAll(run.remarks());
        double speedUp = sequential == null ? Double.NaN : sequential.returnedAtMs() / run.returnedAtMs();
        if (sequential != null && sequential != run && Double.isFinite(speedUp) && speedUp > 0) {
            lines.add(String.format(Locale.ROOT, "  speed-up vs sequential: %.2fx (%s ms -> %s ms)", speedUp,
                    Values.ms(sequential.returnedAtMs()), Values.ms(run.returnedAtMs())));
        }
        lines.add("");
        for (String line : lines) out.write(line + "\n");
        out.write(run.table());
        if (run.lanes() != null) {
            out.write("\n");
            for (String line : TextTimeline.render(run.lanes(), run.laneCount(), run.verb(), span, run.busy())) out.write(line + "\n");
        }
    }

    private record Column(String title, boolean rightAligned, Function<TaskReport, String> cell) { }

    /** The run's table, one line per task, each ending in a newline. */
    private static String table(List<TaskReport> tasks) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("task", false, t -> Printable.escape(t.name())),
                new Column("state", false, t -> t.state().json()),
                new Column("start", true, t -> Values.ms(t.startMs())),
                new Column("end", true, t -> Values.ms(t.endMs())),
                new Column("after return", false, t -> t.afterReturn() ? "yes" : "no"),
                new Column("cause", false, t -> t.cancelCause() == null ? "-" : t.cancelCause().json())));
        if (tasks.stream().anyMatch(t -> t.permitMs() != null)) {
            columns.add(new Column("permit", true, t -> Values.ms(t.permitMs())));
        }
        if (tasks.stream().anyMatch(t -> t.jobStartMs() != null)) {
            columns.add(new Column("job", false, t -> t.jobStartMs() == null ? "-"
                    : Values.ms(t.jobStartMs()) + "-" + Values.ms(t.jobEndMs())));
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = TextCells.width(columns.get(c).title());
            for (TaskReport t : tasks) widths[c] = Math.max(widths[c], TextCells.width(columns.get(c).cell().apply(t)));
        }
        // Long names give way first, so the other columns stay on the line.
        int total = 2 + 2 * (widths.length - 1);
        for (int w : widths) total += w;
        if (total > WIDTH) widths[0] = Math.max(8, widths[0] - (total - WIDTH));
        StringBuilder table = new StringBuilder(64 * (tasks.size() + 1));
        table.append(line(columns, widths, Column::title)).append('\n');
        for (TaskReport t : tasks) table.append(line(columns, widths, c -> c.cell().apply(t))).append('\n');
        return table.toString();
    }

    private static String line(List<Column> columns, int[] widths, Function<Column, String> text) {
        StringBuilder out = new StringBuilder(" ");
        for (int c = 0; c < widths.length; c++) {
            Column column = columns.get(c);
            String cell = text.apply(column);
            out.append(' ').append(c > 0 ? " " : "");
            out.append(column.rightAligned() ? TextCells.right(cell, widths[c]) : TextCells.left(cell, widths[c]));
        }
        return out.toString().stripTrailing();
    }
}
