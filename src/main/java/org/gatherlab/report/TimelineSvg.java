package org.gatherlab.report;

import static org.gatherlab.report.SvgStyle.esc;
import static org.gatherlab.report.SvgStyle.n;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TaskSpec;
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
        return ReportStreams.render(TimelineSvg::stream, reports);
    }

    /**
     * One axis for every run of every scenario, so the picture is drawn at {@link ReportStream#finish()};
     * until then each run is kept as the lanes it draws (its trace is dropped).
     */
    public static ReportStream stream(Writer out) {
        return new ReportStream() {
            private final List<Object> parts = new ArrayList<>();   // scenario headings (String) and runs (SvgRun)

            @Override
            public void begin(String file, String scenario, ClockKind clock, int runs) {
                parts.add(TextCells.fit("Scenario: " + Printable.escape(scenario), 90) + "  (" + clock.json() + " clock)");
            }

            @Override
            public void run(RunReport run) {
                parts.add(SvgRun.of(run));
            }

            @Override
            public void finish() throws IOException {
                out.write(draw(parts));
                out.flush();
            }
        };
    }

    /** One run, without its trace: the first lanes in full, and every task's name (worker and loop spans name any task). */
    private record SvgRun(String label, List<String> options, String outcome, String verb, double returnedAtMs, double settledAtMs,
                          Lanes lanes, int laneCount, List<TaskSpec> tasks, BusyLane busy) {
        static SvgRun of(RunReport run) {
            Lanes lanes = run.trace() == null ? null : Lanes.of(run.trace());
            return new SvgRun(run.label(), Values.options(run.options()), OutcomeWords.english().describe(run.outcome(), 4),
                    OutcomeWords.english().verb(run.outcome()), run.returnedAtMs(), run.settledAtMs(),
                    lanes == null ? null : lanes.firstLanes(MAX_TASK_LANES), lanes == null ? 0 : lanes.lanes().size(),
                    run.trace() == null ? List.of() : run.trace().tasks(), BusyLane.of(run.run()));
        }

        String name(int task) { return tasks.get(task).name(); }
    }

    private static String draw(List<Object> parts) {
        double span = 0;
        for (Object part : parts) {
            if (part instanceof SvgRun run) {
                span = Math.max(span, Math.max(run.returnedAtMs(), run.settledAtMs()));
                if (run.lanes() != null) span = Math.max(span, run.lanes().endMs());
            }
        }
        SvgCanvas c = new SvgCanvas(span > 0 ? span : 1);
        int number = 0;
        for (Object part : parts) {
            if (part instanceof SvgRun run) {
                panel(c, ++number, run);
            } else {
                number = 0;
                c.y += 26;
                c.text(12, c.y, (String) part, "font-size=\"16\" font-weight=\"bold\"");
                c.y += 8;
            }
        }
        c.y += 10;
        SvgLegend.draw(c.body, 12, c.y, parts.stream().anyMatch(p -> p instanceof SvgRun r && r.busy().java()));
        c.y += SvgLegend.HEIGHT;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + n(c.y) + "\" viewBox=\"0 0 " + WIDTH + ' ' + n(c.y)
                + "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n"
                + "<title>GatherLab timeline</title>\n" + SvgStyle.defs()
                + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n" + c.body + "</svg>\n";
    }

    private static void panel(SvgCanvas c, int number, SvgRun run) {
        c.y += 22;
        c.text(12, c.y, TextCells.fit("Run " + number + ": " + Printable.escape(run.label()), 120), "font-size=\"13\" font-weight=\"bold\"");
        c.y += 15;
        c.text(12, c.y, TextCells.fit(Printable.escape(run.outcome()) + " at " + Values.ms(run.returnedAtMs())
                + " ms; all tasks settled at " + Values.ms(run.settledAtMs()) + " ms", TEXT_CHARS), "");
        c.y += 14;
        c.text(12, c.y, TextCells.fit("options: " + String.join(", ", run.options()), TEXT_CHARS),
                "font-size=\"10\" fill=\"#444444\"");
        c.y += 8;
        double top = c.y;
        Lanes lanes = run.lanes();
        if (lanes != null) {
            loopLane(c, run);
            List<Lanes.Lane> shown = lanes.lanes().subList(0, Math.min(MAX_TASK_LANES, lanes.lanes().size()));
            for (Lanes.Lane lane : shown) taskLane(c, lane, run.busy());
            if (run.laneCount() > shown.size()) {
                c.text(X0, c.y + 13, "... " + (run.laneCount() - shown.size()) + " more tasks not drawn", "font-style=\"italic\"");
                c.y += LANE;
            }
            for (Lanes.WorkerLane w : lanes.workers()) workerLane(c, w, run);
        }
        axis(c, top);
        if (lanes != null) callerMarks(c, lanes, run.verb(), top);
    }

    private static void label(SvgCanvas c, String text, String title) {
        c.body.append("<text x=\"").append(X0 - 8).append("\" y=\"").append(n(c.y + 13)).append("\" text-anchor=\"end\">")
                .append(esc(TextCells.fit(Printable.escape(text), 24))).append("<title>").append(esc(title)).append("</title></text>\n");
    }

    private static void loopLane(SvgCanvas c, SvgRun svgRun) {
        Lanes lanes = svgRun.lanes();
        BusyLane busy = svgRun.busy();
        label(c, busy.label, busy.title);
        c.body.append("<line x1=\"").append(X0).append("\" x2=\"").append(X0 + PLOT).append("\" y1=\"").append(n(c.y + LANE / 2.0))
                .append("\" y2=\"").append(n(c.y + LANE / 2.0)).append("\" stroke=\"").append(SvgStyle.GREY).append("\" stroke-dasharray=\"2 2\"/>\n");
        for (List<Lanes.Span> run : c.merged(lanes.loopBusy())) {
            Lanes.Span first = run.getFirst(), last = run.getLast();
            String who = run.size() == 1 ? svgRun.name(first.task()) + " computes" : run.size() + " computations";
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

    private static void workerLane(SvgCanvas c, Lanes.WorkerLane w, SvgRun svgRun) {
        label(c, "worker " + w.worker(), "pool worker " + w.worker());
        for (List<Lanes.Span> run : c.merged(w.jobs())) {
            Lanes.Span first = run.getFirst(), last = run.getLast();
            String what = run.size() == 1 ? svgRun.name(first.task()) + "'s job" : run.size() + " jobs";
            c.bar(first.fromMs(), last.toMs(), c.y, "url(#" + SvgStyle.patternId(LaneState.JOB_RUNNING) + ")",
                    "worker " + w.worker() + " runs " + what + ", " + Values.ms(first.fromMs()) + "-" + Values.ms(last.toMs()) + " ms");
            String task = Printable.escape(svgRun.name(first.task()));
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

    private static void callerMarks(SvgCanvas c, Lanes lanes, String verb, double top) {
        double bottom = c.y - 18;
        for (Lanes.Mark m : lanes.caller()) {
            double x = c.x(m.atMs());
            boolean ended = m.kind() == Lanes.MarkKind.RETURNED || m.kind() == Lanes.MarkKind.RAISED;
            String text = switch (m.kind()) {
                case RETURNED, RAISED -> "await " + verb + " at " + Values.ms(m.atMs()) + " ms";
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
