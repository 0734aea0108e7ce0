package org.gatherlab.report;

import static org.gatherlab.report.SvgStyle.esc;
import static org.gatherlab.report.SvgStyle.n;

import java.util.ArrayList;
import java.util.List;

/** The SVG being drawn: the body so far, the next free y, and the time-to-x scale every panel shares. */
final class SvgCanvas {
    static final int X0 = 170, PLOT = 720, LANE = 18, BAR = 12;

    final StringBuilder body = new StringBuilder();
    final double span;
    double y;

    SvgCanvas(double span) { this.span = span; }

    double x(double ms) { return X0 + ms / span * PLOT; }

    /** Groups spans less than half a pixel apart: thousands of back-to-back computations draw as one bar. */
    List<List<Lanes.Span>> merged(List<Lanes.Span> spans) {
        double halfPixel = span / PLOT / 2;
        List<List<Lanes.Span>> groups = new ArrayList<>();
        for (Lanes.Span s : spans) {
            if (groups.isEmpty() || s.fromMs() - groups.getLast().getLast().toMs() > halfPixel) groups.add(new ArrayList<>());
            groups.getLast().add(s);
        }
        return groups;
    }

    void text(double x, double y, String text, String attrs) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"')
                .append(attrs.isEmpty() ? "" : " " + attrs).append('>').append(esc(text)).append("</text>\n");
    }

    void bar(double from, double to, double top, String fill, String title) {
        body.append("<rect x=\"").append(n(x(from))).append("\" y=\"").append(n(top + (LANE - BAR) / 2.0))
                .append("\" width=\"").append(n(Math.max(0.5, x(to) - x(from)))).append("\" height=\"").append(BAR)
                .append("\" fill=\"").append(fill).append("\"><title>").append(esc(title)).append("</title></rect>\n");
    }
}
