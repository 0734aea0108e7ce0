package org.gatherlab.report;

import static org.gatherlab.report.SvgStyle.esc;
import static org.gatherlab.report.SvgStyle.n;

import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;

/**
 * The timeline before anything ran: what the projector shows while a class predicts. The same panels as
 * {@link TimelineSvg} (a header per run, the event loop's lane, one lane per task, same size and fonts), but the
 * lanes are empty and each says only what the task is asked to do; when the await returns, what it returns and
 * which tasks end cancelled stay hidden until the reveal shows the real {@link TimelineSvg}.
 */
public final class ScenarioPlanSvg {
    private ScenarioPlanSvg() {}

    /**
     * The words of the picture, in the class's language.
     *
     * @param run       "Run" as in "Run 1: gather()"
     * @param predicted marks the run the class predicts
     * @param hidden    stands where the outcome will be
     * @param task      "{kind}, {ms} ms" worded for one task, e.g. "io, {1} ms" with {0} the kind
     * @param fails     appended to a task that fails for sure
     * @param failsAt   the same, when it fails early: {0} ms after it started
     * @param mayFail   appended to a task that may fail: {0} is the chance in percent
     * @param cancelAt  appended to a task that someone cancels: at {0} ms
     */
    public record Words(String run, String predicted, String hidden, String task, String fails, String failsAt,
                        String mayFail, String cancelAt, String loop) {
        public static final Words ENGLISH = new Words("Run", "the class predicts this run", "outcome hidden until the reveal",
                "{0}, {1} ms", "fails", "fails after {0} ms", "fails with chance {0} %", "task.cancel() at {0} ms", "event loop");
    }

    private static final int WIDTH = 960;

    public static String render(Scenario scenario, int focusRun, Words words) {
        SvgCanvas c = new SvgCanvas(1);
        c.y += 26;
        c.text(12, c.y, TextCells.fit(scenario.name(), 90), "font-size=\"16\" font-weight=\"bold\"");
        c.y += 8;
        for (int i = 0; i < scenario.runs().size(); i++) panel(c, scenario, i, i == focusRun, words);
        c.y += 10;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + n(c.y) + "\" viewBox=\"0 0 " + WIDTH + ' ' + n(c.y)
                + "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n"
                + "<title>" + esc(scenario.name()) + "</title>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n" + c.body + "</svg>\n";
    }

    private static void panel(SvgCanvas c, Scenario scenario, int index, boolean focus, Words words) {
        RunSpec run = scenario.runs().get(index);
        c.y += 22;
        double top = c.y - 16;
        String header = words.run() + " " + (index + 1) + ": " + Reports.label(run);
        c.text(12, c.y, TextCells.fit(header, 80), "font-size=\"13\" font-weight=\"bold\"");
        if (focus) c.text(12 + 8.2 * Math.min(80, header.length()) + 12, c.y, "\u25C0 " + words.predicted(), "font-size=\"12\" font-weight=\"bold\" fill=\"#0B5CAD\"");
        c.y += 15;
        c.text(12, c.y, words.hidden(), "font-style=\"italic\" fill=\"#444444\"");
        c.y += 8;
        lane(c, words.loop(), "");
        for (TaskSpec t : scenario.tasks()) lane(c, t.name(), task(t, words));
        c.y += 6;
        if (focus) {
            c.body.append("<rect x=\"4\" y=\"").append(n(top)).append("\" width=\"").append(WIDTH - 8).append("\" height=\"")
                    .append(n(c.y - top)).append("\" fill=\"none\" stroke=\"#0B5CAD\" stroke-width=\"2\" rx=\"4\"/>\n");
        }
    }

    private static void lane(SvgCanvas c, String name, String what) {
        c.body.append("<text x=\"").append(SvgCanvas.X0 - 8).append("\" y=\"").append(n(c.y + 13)).append("\" text-anchor=\"end\">")
                .append(esc(TextCells.fit(name, 24))).append("</text>\n");
        c.body.append("<line x1=\"").append(SvgCanvas.X0).append("\" x2=\"").append(SvgCanvas.X0 + SvgCanvas.PLOT).append("\" y1=\"")
                .append(n(c.y + SvgCanvas.LANE / 2.0)).append("\" y2=\"").append(n(c.y + SvgCanvas.LANE / 2.0))
                .append("\" stroke=\"").append(SvgStyle.GREY).append("\" stroke-dasharray=\"2 3\"/>\n");
        if (!what.isEmpty()) {
            c.text(SvgCanvas.X0 + 6, c.y + 13, what, "fill=\"#222222\" stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\"");
        }
        c.y += SvgCanvas.LANE;
    }

    private static String task(TaskSpec t, Words words) {
        String s = format(words.task(), t.kind().json(), Values.ms(t.durationMs()));
        if (t.failureRate() >= 1) s += ", " + (t.failAtMs() == null ? words.fails() : format(words.failsAt(), Values.ms(t.failAtMs())));
        else if (t.failureRate() > 0) s += ", " + format(words.mayFail(), Values.ms(Math.round(t.failureRate() * 1000) / 10.0));
        if (t.cancelAtMs() != null) s += ", " + format(words.cancelAt(), Values.ms(t.cancelAtMs()));
        return s;
    }

    /** {0}-style placeholders without MessageFormat's quoting rules (an apostrophe stays an apostrophe). */
    private static String format(String pattern, String... args) {
        String out = pattern;
        for (int i = 0; i < args.length; i++) out = out.replace("{" + i + "}", args[i]);
        return out;
    }
}
