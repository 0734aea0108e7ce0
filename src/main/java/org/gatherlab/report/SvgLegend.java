package org.gatherlab.report;

import static org.gatherlab.report.SvgStyle.esc;
import static org.gatherlab.report.SvgStyle.n;

import org.gatherlab.engine.TaskState;

/** The legend under the SVG timeline: every swatch, glyph and line the panels use, with its meaning. */
final class SvgLegend {
    private SvgLegend() {}

    private static final int PER_ROW = 4, COLUMN = 235, ROW = 20;
    private static final int ITEMS = LaneState.values().length + 3 + 3;
    static final int HEIGHT = 22 + ROW * ((ITEMS + PER_ROW - 1) / PER_ROW) + 8;

    /** {@code java}: a Java run is drawn, so "computing" also means a CPU loop on a carrier or pool thread. */
    static void draw(StringBuilder out, double x0, double y0, boolean java) {
        out.append("<g class=\"legend\">\n<text x=\"").append(n(x0)).append("\" y=\"").append(n(y0 + 12))
                .append("\" font-weight=\"bold\">Legend</text>\n");
        int i = 0;
        for (LaneState s : LaneState.values()) {
            double[] at = slot(x0, y0, i++);
            out.append("<rect x=\"").append(n(at[0])).append("\" y=\"").append(n(at[1] - 6)).append("\" width=\"24\" height=\"12\" fill=\"url(#")
                    .append(SvgStyle.patternId(s)).append(")\" stroke=\"").append(SvgStyle.BLACK).append("\" stroke-width=\"0.5\"/>\n");
            label(out, at, java && s == LaneState.COMPUTING ? "computing (the loop; Java: a carrier or pool thread)" : s.description());
        }
        for (TaskState end : new TaskState[] {TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED}) {
            double[] at = slot(x0, y0, i++);
            out.append(SvgStyle.endGlyph(end, at[0] + 12, at[1])).append('\n');
            label(out, at, SvgStyle.endLabel(end) + " (its last step)");
        }
        double[] at = slot(x0, y0, i++);
        out.append(SvgStyle.cancelRequest(at[0] + 12, at[1] - 5)).append('\n');
        label(out, at, "cancel requested");
        at = slot(x0, y0, i++);
        out.append(line(at, SvgStyle.BLACK, "1.5", "5 3"));
        label(out, at, "caller's await returned or raised");
        at = slot(x0, y0, i);
        out.append(line(at, SvgStyle.GREY, "1", "1 3"));
        label(out, at, "caller cancelled / teardown");
        out.append("</g>\n");
    }

    /** The centre-left point of legend item {@code i}. */
    private static double[] slot(double x0, double y0, int i) {
        return new double[] {x0 + (i % PER_ROW) * COLUMN, y0 + 22 + (i / PER_ROW) * ROW + 6};
    }

    private static String line(double[] at, String colour, String width, String dash) {
        return "<line x1=\"" + n(at[0] + 12) + "\" x2=\"" + n(at[0] + 12) + "\" y1=\"" + n(at[1] - 8) + "\" y2=\"" + n(at[1] + 8)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\" stroke-dasharray=\"" + dash + "\"/>\n";
    }

    private static void label(StringBuilder out, double[] at, String text) {
        out.append("<text x=\"").append(n(at[0] + 30)).append("\" y=\"").append(n(at[1] + 4)).append("\">").append(esc(text)).append("</text>\n");
    }
}
