package org.gatherlab.report;

import static org.gatherlab.report.SvgStyle.esc;
import static org.gatherlab.report.SvgStyle.n;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TaskState;

/**
 * A standalone SVG of every run on one shared time axis: per run a panel with the event loop's lane,
 * one lane per task, a lane per pool worker and a dashed line where the caller's await ended. Hover
 * titles give exact times. Lanes beyond {@link #MAX_TASK_LANES} are counted, not drawn.
 */
public final class TimelineSvg {
    private TimelineSvg() {}

    static final int MAX_TASK_LANES = 60;
    private static final int WIDTH = 960, X0 = SvgCanvas.X0, PLOT = SvgCanvas.PLOT, LANE = SvgCanvas.LANE;
    /** About as many characters of 11px text as fit across the picture. */
    private static final int TEXT_CHARS = 150;

    public static String render(ScenarioReport report) {
        return render(List.of(report));
    }

    /** Several scenarios stacked in one picture, all on the same axis. */
    public static String render(List<ScenarioReport> reports) {
        Map<RunReport, Lanes> lanes = new IdentityHashMap<>();
        double span = 0;
        for (ScenarioReport r : reports) {
            for (RunReport run : r.runs()) {
                span = Math.max(span, Math.max(run.returnedAtMs(), run.settledAtMs()));
                if (run.trace() != null) span = Math.max(span, lanes.computeIfAbsent(run, k -> Lanes.of(k.trace())).endMs());
            }
        }
        SvgCanvas c = new SvgCanvas(span > 0 ? span : 1);
        for (ScenarioReport r : reports) {
            c.y += 26;
            c.text(12, c.y, TextCells.fit("Scenario: " + r.scenario(), 90) + "  (" + r.clock().json() + " clock)", "font-size=\"16\" font-weight=\"bold\"");
            c.y += 8;
            for (int i = 0; i < r.runs().size(); i++) panel(c, i + 1, r.runs().get(i), lanes.get(r.runs().get(i)));
        }
        c.y += 10;
        SvgLegend.draw(c.body, 12, c.y, reports.stream().flatMap(r -> r.runs().stream()).anyMatch(r -> BusyLane.of(r.run()).java()));
        c.y += SvgLegend.HEIGHT;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + n(c.y) + "\" viewBox=\"0 0 " + WIDTH + ' ' + n(c.y)
                + "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n"
                + "<title>GatherLab timeline</title>\n" + SvgStyle.defs()
                + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n" + c.body + "</svg>\n";
    }

    private static void panel(SvgCanvas c, int number, RunReport run, Lanes lanes) {
        c.y += 22;
        c.text(12, c.y, TextCells.fit("Run " + number + ": " + run.label(), 120), "font-size=\"13\" font-weight=\"bold\"");
        c.y += 15;
        c.text(12, c.y, TextCells.fit(OutcomeText.describe(run.outcome(), 4) + " at " + Values.ms(run.returnedAtMs())
                + " ms; all tasks settled at " + Values.ms(run.settledAtMs()) + " ms", TEXT_CHARS), "");
        c.y += 14;
        c.text(12, c.y, TextCells.fit("options: " + String.join(", ", Values.options(run.options())), TEXT_CHARS),
                "font-size=\"10\" fill=\"#444444\"");
        c.y += 8;
        double top = c.y;
        if (lanes != null) {
            loopLane(c, lanes, BusyLane.of(run.run()));
            List<Lanes.Lane> shown = lanes.lanes().subList(0, Math.min(MAX_TASK_LANES, lanes.lanes().size()));
            for (Lanes.Lane lane : shown) taskLane(c, lane, BusyLane.of(run.run()));
            if (lanes.lanes().size() > shown.size()) {
                c.text(X0, c.y + 13, "... " + (lanes.lanes().size() - shown.size()) + " more tasks not drawn", "font-style=\"italic\"");
                c.y += LANE;
            }
            for (Lanes.WorkerLane w : lanes.workers()) workerLane(c, w, lanes);
        }
        axis(c, top);
        if (lanes != null) callerMarks(c, lanes, run, top);
    }

    private static void label(SvgCanvas c, String text, String title) {
        c.body.append("<text x=\"").append(X0 - 8).append("\" y=\"").append(n(c.y + 13)).append("\" text-anchor=\"end\">")
                .append(esc(TextCells.fit(text, 24))).append("<title>").append(esc(title)).append("</title></text>\n");
    }

    private static void loopLane(SvgCanvas c, Lanes lanes, BusyLane busy) {
        label(c, busy.label, busy.title);
        c.body.append("<line x1=\"").append(X0).append("\" x2=\"").append(X0 + PLOT).append("\" y1=\"").append(n(c.y + LANE / 2.0))
                .append("\" y2=\"").append(n(c.y + LANE / 2.0)).append("\" stroke=\"").append(SvgStyle.GREY).append("\" stroke-dasharray=\"2 2\"/>\n");
        for (List<Lanes.Span> run : c.merged(lanes.loopBusy())) {
            Lanes.Span first = run.getFirst(), last = run.getLast();
            String who = run.size() == 1 ? lanes.lanes().get(first.task()).name() + " computes" : run.size() + " computations";
            c.bar(first.fromMs(), last.toMs(), c.y, "url(#" + SvgStyle.patternId(LaneState.COMPUTING) + ")",
                    busy.label + " busy: " + who + ", " + Values.ms(first.fromMs()) + "-" + Values.ms(last.toMs()) + " ms");
        }
        c.y += LANE;
    }

    private static void taskLane(SvgCanvas c, Lanes.Lane lane, BusyLane busy) {
        label(c, lane.name(), lane.name());
        for (Lanes.Segment s : lane.segments()) {
            c.bar(s.fromMs(), s.toMs(), c.y, "url(#" + SvgStyle.patternId(s.state()) + ")",
                    lane.name() + ": " + s.state().description(busy) + ", " + Values.ms(s.fromMs()) + "-" + Values.ms(s.toMs()) + " ms");
        }
        for (double at : lane.cancelRequestsMs()) c.body.append(SvgStyle.cancelRequest(c.x(at), c.y)).append('\n');
        if (lane.end() != null && lane.end() != TaskState.NOT_STARTED) {
            c.body.append("<g><title>").append(esc(lane.name() + ": " + SvgStyle.endLabel(lane.end()) + " at " + Values.ms(lane.endMs()) + " ms"))
                    .append("</title>").append(SvgStyle.endGlyph(lane.end(), c.x(lane.endMs()), c.y + LANE / 2.0)).append("</g>\n");
        }
        c.y += LANE;
    }

    private static void workerLane(SvgCanvas c, Lanes.WorkerLane w, Lanes lanes) {
        label(c, "worker " + w.worker(), "pool worker " + w.worker());
        for (List<Lanes.Span> run : c.merged(w.jobs())) {
            Lanes.Span first = run.getFirst(), last = run.getLast();
            String what = run.size() == 1 ? lanes.lanes().get(first.task()).name() + "'s job" : run.size() + " jobs";
            c.bar(first.fromMs(), last.toMs(), c.y, "url(#" + SvgStyle.patternId(LaneState.JOB_RUNNING) + ")",
                    "worker " + w.worker() + " runs " + what + ", " + Values.ms(first.fromMs()) + "-" + Values.ms(last.toMs()) + " ms");
            String task = lanes.lanes().get(first.task()).name();
            if (run.size() == 1 && c.x(last.toMs()) - c.x(first.fromMs()) > 7 * TextCells.width(task) + 6) {
                c.text(c.x(first.fromMs()) + 3, c.y + 13, task, "font-size=\"10\" fill=\"#FFFFFF\" stroke=\"" + SvgStyle.BLUE
                        + "\" stroke-width=\"2\" paint-order=\"stroke\"");
            }
        }
        c.y += LANE;
    }

    /** Gridlines through the panel's lanes, labelled at round numbers of ms below it. */
    private static void axis(SvgCanvas c, double top) {
        double step = niceStep(c.span / 8);
        for (int i = 0; i * step <= c.span * (1 + 1e-9); i++) {
            double x = c.x(i * step);
            c.body.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"").append(n(top))
                    .append("\" y2=\"").append(n(c.y + 4)).append("\" stroke=\"#DDDDDD\"/>\n");
            c.text(x, c.y + 16, Values.ms(i * step) + (i == 0 ? " ms" : ""), "text-anchor=\"middle\" font-size=\"10\" fill=\"#333333\"");
        }
        c.y += 22;
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) if (m * magnitude >= raw) return m * magnitude;
        return 10 * magnitude;
    }

    private static void callerMarks(SvgCanvas c, Lanes lanes, RunReport run, double top) {
        double bottom = c.y - 18;
        for (Lanes.Mark m : lanes.caller()) {
            double x = c.x(m.atMs());
            boolean ended = m.kind() == Lanes.MarkKind.RETURNED || m.kind() == Lanes.MarkKind.RAISED;
            String text = switch (m.kind()) {
                case RETURNED, RAISED -> "await " + OutcomeText.verb(run.outcome()) + " at " + Values.ms(m.atMs()) + " ms";
                case TEARDOWN -> "teardown";
                case CANCEL_REQUESTED -> "caller: cancel requested (" + m.detail() + ")";
            };
            c.body.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"").append(n(top - 4))
                    .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"").append(ended ? SvgStyle.BLACK : SvgStyle.GREY)
                    .append("\" stroke-width=\"").append(ended ? "1.5" : "1").append("\" stroke-dasharray=\"").append(ended ? "5 3" : "1 3").append("\"/>\n");
            boolean leftOfLine = x > X0 + PLOT * 0.6;
            // A white halo keeps the label readable where it crosses bars.
            c.text(leftOfLine ? x - 4 : x + 4, top + (ended ? 9 : 20), text, (leftOfLine ? "text-anchor=\"end\" " : "")
                    + "font-size=\"10\" font-weight=\"bold\" stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\"");
        }
    }
}
