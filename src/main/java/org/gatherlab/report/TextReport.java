package org.gatherlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskReport;

/**
 * The report a person reads in an 80-column terminal: per run a heading, a table of tasks and a
 * character timeline; every run of a scenario shares one time axis so their lengths compare at a glance.
 */
public final class TextReport {
    private TextReport() {}

    static final int WIDTH = 80;
    private static final int OUTCOME_ITEMS = 8;

    public static String render(ScenarioReport report) {
        List<String> lines = new ArrayList<>();
        int n = report.runs().size();
        for (String line : TextCells.wrap("", List.of("Scenario: " + report.scenario(),
                " (" + report.clock().json() + " clock, " + n + (n == 1 ? " run)" : " runs)")), "", WIDTH)) {
            lines.add(TextCells.fit(line, WIDTH));
        }
        // One axis for all runs (the latest of last event, settlement and return) so their lengths compare.
        List<Lanes> lanes = new ArrayList<>();
        double span = 0;
        for (RunReport run : report.runs()) {
            Lanes l = run.trace() == null ? null : Lanes.of(run.trace());
            lanes.add(l);
            span = Math.max(span, Math.max(Math.max(run.returnedAtMs(), run.settledAtMs()), l == null ? 0 : l.endMs()));
        }
        RunReport sequential = report.runs().stream().filter(r -> r.strategy() == Strategy.SEQUENTIAL).findFirst().orElse(null);
        for (int i = 0; i < n; i++) {
            lines.add("");
            run(lines, i + 1, report.runs().get(i), lanes.get(i), sequential, span);
        }
        if (n > 0) {
            lines.add("");
            for (String legend : TextTimeline.LEGEND) lines.add("  " + legend);
            if (report.runs().stream().anyMatch(r -> BusyLane.of(r.run()).java())) {
                lines.addAll(TextCells.wrap("  ", List.of(TextTimeline.JAVA_LEGEND.split(" ")), " ", WIDTH));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static void run(List<String> lines, int number, RunReport run, Lanes lanes, RunReport sequential, double span) {
        lines.add(TextCells.fit("Run " + number + ": " + run.label(), WIDTH));
        List<String> options = Values.options(run.options());
        if (!options.isEmpty()) lines.addAll(TextCells.wrap("  options: ", options, ", ", WIDTH));
        String outcome = OutcomeText.describe(run.outcome(), OUTCOME_ITEMS);
        String sentence = outcome + " at " + Values.ms(run.returnedAtMs()) + " ms; all tasks settled at " + Values.ms(run.settledAtMs()) + " ms";
        lines.addAll(TextCells.wrap("  ", List.of(sentence.split(" ")), "", WIDTH));
        RunRemarks.BothCancels both = RunRemarks.bothCancels(run);
        if (both != null) lines.addAll(TextCells.wrap("  note: ", List.of(RunRemarks.words(both).split(" ")), "", WIDTH));
        for (RunRemarks.Race race : RunRemarks.races(run)) {
            lines.addAll(TextCells.wrap("  race: ", List.of(race.words().split(" ")), "", WIDTH));
        }
        double speedUp = sequential == null ? Double.NaN : sequential.returnedAtMs() / run.returnedAtMs();
        if (sequential != null && sequential != run && Double.isFinite(speedUp) && speedUp > 0) {
            lines.add(String.format(Locale.ROOT, "  speed-up vs sequential: %.2fx (%s ms -> %s ms)", speedUp,
                    Values.ms(sequential.returnedAtMs()), Values.ms(run.returnedAtMs())));
        }
        lines.add("");
        table(lines, run.tasks());
        if (lanes != null) {
            lines.add("");
            lines.addAll(TextTimeline.render(lanes, run.outcome(), span, BusyLane.of(run.run())));
        }
    }

    private record Column(String title, boolean rightAligned, Function<TaskReport, String> cell) { }

    private static void table(List<String> lines, List<TaskReport> tasks) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("task", false, TaskReport::name),
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
        lines.add(line(columns, widths, Column::title));
        for (TaskReport t : tasks) lines.add(line(columns, widths, c -> c.cell().apply(t)));
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
