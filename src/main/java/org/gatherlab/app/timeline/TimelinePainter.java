package org.gatherlab.app.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.gatherlab.engine.TaskState;
import org.gatherlab.report.Lanes;

/**
 * Paints a {@link Frame}: each primitive becomes a few GraphicsContext calls; nothing is decided here. The frame is
 * in layout pixels; the painter scales by the viewport's {@link Viewport#scale()}, so lanes, fonts, glyphs and
 * line widths all grow together (presenter mode, 2× export) and stay sharp, being drawn, not magnified.
 */
public final class TimelinePainter {
    private TimelinePainter() {}

    /** How far left of its instant an interrupt's bolt is centred: clear of a 7 px end glyph and the 4 px cancel tick. */
    static final double INTERRUPT_LEFT = 11;

    public static void paint(GraphicsContext g, Frame frame, TimelineStyle s, Frame.Hit hover) {
        double w = frame.viewport().width(), h = frame.viewport().height();
        g.save();
        g.scale(frame.viewport().scale(), frame.viewport().scale());
        g.setLineDashes();
        g.setLineCap(StrokeLineCap.BUTT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(s.background());
        g.fillRect(0, 0, w, h);
        g.setFill(s.gutter());
        g.fillRect(0, TimelineLayout.RULER_H, TimelineLayout.GUTTER, h);
        // The gutter's edge under everything (just left of the plot, so bars starting at 0 ms leave it whole): a heading's
        // text plate covers it rather than the line crossing the text.
        g.setStroke(s.border());
        g.setLineWidth(1);
        g.strokeLine(crisp(TimelineLayout.GUTTER - 1), TimelineLayout.RULER_H, crisp(TimelineLayout.GUTTER - 1), h);
        if (hover != null) {
            for (Primitive.LaneLabel l : frame.all(Primitive.LaneLabel.class)) {
                if (l.run() == hover.run() && l.kind() == hover.kind() && l.index() == hover.index()) {
                    g.setFill(s.hover());
                    g.fillRect(0, l.y(), w, l.h());
                }
            }
        }
        Font font = s.font(), bold = s.bold(), small = s.small();
        Font italic = Font.font(font.getFamily(), FontPosture.ITALIC, small.getSize());
        double lane = frame.viewport().rows().lane();
        for (Primitive p : frame.items()) {
            switch (p) {
                case Primitive.GridLine l -> {
                    g.setStroke(s.grid());
                    g.setLineWidth(1);
                    g.strokeLine(crisp(l.x()), l.y0(), crisp(l.x()), l.y1());
                }
                case Primitive.Highlight hl -> {
                    g.setFill(s.highlight());
                    g.fillRect(0, hl.y(), w, hl.h());
                    g.setStroke(s.playhead());
                    g.setLineWidth(1);
                    g.strokeLine(0, crisp(hl.y()), w, crisp(hl.y()));
                    g.strokeLine(0, crisp(hl.y() + hl.h() - 1), w, crisp(hl.y() + hl.h() - 1));
                }
                case Primitive.LaneLabel l -> {
                    g.setFont(l.highlighted() ? bold : l.kind() == Primitive.LaneKind.TASK ? font : italic);
                    g.setFill(l.kind() == Primitive.LaneKind.TASK ? s.text() : s.textMuted());
                    g.fillText(l.text(), 8, l.y() + l.h() / 2);
                }
                case Primitive.IdleLine l -> {
                    g.setStroke(s.textMuted());
                    g.setLineWidth(1);
                    g.setLineDashes(2, 3);
                    g.strokeLine(l.x0(), crisp(l.y()), l.x1(), crisp(l.y()));
                    g.setLineDashes();
                }
                case Primitive.Bar b -> bar(g, s, b, small);
                case Primitive.LateMark m -> {
                    g.setFill(s.late());
                    g.fillPolygon(new double[] {m.x() - 4, m.x() + 4, m.x()}, new double[] {m.y() + 1, m.y() + 1, m.y() + 7}, 3);
                    g.setStroke(s.late());
                    g.setLineWidth(1);
                    g.strokeLine(crisp(m.x()), m.y() + 1, crisp(m.x()), m.y() + lane - 1);
                    if (m.text() != null) {
                        g.setFont(small);
                        g.setFill(s.text());
                        g.fillText(m.text(), m.x() + 6, m.y() + lane / 2);
                    }
                }
                case Primitive.CancelTick c -> {
                    double[] xs = {c.x() - 4, c.x() + 4, c.x()}, ys = {c.y() + 1, c.y() + 1, c.y() + 7};
                    g.setFill(s.background());
                    g.fillPolygon(xs, ys, 3);
                    g.setStroke(s.text());
                    g.setLineWidth(1.2);
                    g.strokePolygon(xs, ys, 3);
                }
                case Primitive.HeldLine l -> {
                    g.setStroke(s.text());
                    g.setLineWidth(2);
                    g.strokeLine(l.x0(), l.y(), l.x1(), l.y());
                }
                // Just left of its instant, clear of what else marks that instant (the end glyph, the cancel tick, the
                // caller's line): looked at in the app, 5 px left put a delivered bolt under the end glyph.
                case Primitive.InterruptMark m -> interrupt(g, s, m.x() - INTERRUPT_LEFT, m.y() + lane / 2, m.delivered());
                case Primitive.EndGlyph e -> {
                    glyph(g, s, e.state(), e.x(), e.cy());
                    if (e.label() != null) {
                        g.setFont(small);
                        g.setFill(s.textMuted());
                        g.fillText(e.label(), e.x() + 9, e.cy());
                    }
                }
                case Primitive.Note n -> {
                    g.setFont(italic);
                    g.setFill(s.background());
                    g.fillRect(n.x() - 2, n.y() - 7, textWidth(n.text(), italic) + 4, 14);
                    g.setFill(s.textMuted());
                    g.fillText(n.text(), n.x(), n.y());
                }
                case Primitive.GuideLine l -> {
                    g.setStroke(s.guide());
                    g.setLineWidth(1.5);
                    g.setLineDashes(8, 4);
                    g.strokeLine(crisp(l.x()), l.y0(), crisp(l.x()), l.y1());
                    g.setLineDashes();
                }
                case Primitive.CallerLine l -> {
                    boolean ended = l.kind() == Lanes.MarkKind.RETURNED || l.kind() == Lanes.MarkKind.RAISED;
                    g.setStroke(ended ? s.caller() : s.textMuted());
                    g.setLineWidth(ended ? 2 : 1);
                    if (ended) g.setLineDashes(6, 3); else g.setLineDashes(1, 3);
                    g.strokeLine(crisp(l.x()), l.y0(), crisp(l.x()), l.y1());
                    g.setLineDashes();
                }
                case Primitive.LiveEdge l -> {
                    g.setStroke(s.live());
                    g.setLineWidth(2);
                    g.strokeLine(l.x(), l.y0(), l.x(), l.y1());
                }
                case Primitive.PanelHeader hd -> header(g, s, hd, frame.viewport().rows(), w, bold, small);
                case Primitive.Ruler r -> {
                    g.setFill(s.gutter());
                    g.fillRect(0, 0, r.width(), r.height());
                    g.setStroke(s.border());
                    g.setLineWidth(1);
                    g.strokeLine(0, crisp(r.height()), r.width(), crisp(r.height()));
                }
                case Primitive.Tick t -> {
                    g.setStroke(s.textMuted());
                    g.setLineWidth(1);
                    g.strokeLine(crisp(t.x()), TimelineLayout.RULER_H - 5, crisp(t.x()), TimelineLayout.RULER_H);
                    if (t.label() != null) {
                        g.setFont(small);
                        g.setFill(s.textMuted());
                        g.fillText(t.label(), t.x() + 3, TimelineLayout.RULER_H / 2 - 1);
                    }
                }
                case Primitive.Playhead ph -> {
                    g.setStroke(s.playhead());
                    g.setLineWidth(2);
                    g.strokeLine(ph.x(), TimelineLayout.RULER_H, ph.x(), ph.y1());
                    // The tag where the layout put it (it kept the axis labels out of its way).
                    g.setFont(small);
                    g.setFill(s.playhead());
                    g.fillRoundRect(ph.tagX(), 3, ph.tagW(), TimelineLayout.RULER_H - 6, 6, 6);
                    g.setFill(TimelineStyle.textOn(s.playhead()));
                    g.fillText(ph.label(), ph.tagX() + 5, TimelineLayout.RULER_H / 2, ph.tagW() - 10);
                }
            }
        }
        g.restore();
    }

    private static void bar(GraphicsContext g, TimelineStyle s, Primitive.Bar b, Font small) {
        g.setFill(s.pattern(b.state()));
        g.fillRect(b.x(), b.y(), b.w(), b.h());
        if (b.w() >= 4) {
            g.setStroke(s.colour(b.state()).darker());
            g.setLineWidth(1);
            g.strokeRect(b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1);
        }
        if (b.text() != null) {
            Color colour = s.colour(b.state());
            g.setFont(small);
            // A plate under the name keeps it readable over the hatching.
            double tw = textWidth(b.text(), small) + 6;
            g.setFill(colour);
            g.fillRect(b.x() + 2, b.y() + 1, Math.min(tw, b.w() - 4), b.h() - 2);
            g.setFill(TimelineStyle.textOn(colour));
            g.fillText(b.text(), b.x() + 5, b.y() + b.h() / 2, Math.max(1, b.w() - 8));
        }
    }

    /**
     * A lightning bolt centred at (x, cy): filled where the interrupt was delivered ({@code InterruptedException}),
     * an outline where the thread ignored it (a CPU loop never looks): the shape tells them apart, not a colour.
     */
    public static void interrupt(GraphicsContext g, TimelineStyle s, double x, double cy, boolean delivered) {
        double[] xs = {x + 2, x - 3.5, x - 0.5, x - 2, x + 3.5, x + 0.5};
        double[] ys = {cy - 7, cy + 1, cy + 1, cy + 7, cy - 1, cy - 1};
        g.setLineDashes();
        // A halo of the ground: the bolt sits on a bar's hatching or on a dashed line and must stand apart from it.
        g.setStroke(s.background());
        g.setLineWidth(3);
        g.strokePolygon(xs, ys, 6);
        g.setFill(delivered ? s.text() : s.background());
        g.fillPolygon(xs, ys, 6);
        g.setStroke(s.text());
        g.setLineWidth(delivered ? 0.8 : 1.2);
        g.strokePolygon(xs, ys, 6);
    }

    /** ✓ in a filled circle, ✗ in a diamond, ⊘ as a slashed ring: three shapes as well as three colours. */
    public static void glyph(GraphicsContext g, TimelineStyle s, TaskState state, double x, double cy) {
        g.setLineDashes();
        switch (state) {
            case SUCCEEDED -> {
                g.setFill(s.succeeded());
                g.fillOval(x - 6, cy - 6, 12, 12);
                g.setStroke(s.text());
                g.setLineWidth(0.8);
                g.strokeOval(x - 6, cy - 6, 12, 12);
                g.setStroke(TimelineStyle.ink(s.succeeded()));
                g.setLineWidth(1.8);
                g.strokePolyline(new double[] {x - 3.2, x - 0.8, x + 3.4}, new double[] {cy + 0.2, cy + 2.6, cy - 2.8}, 3);
            }
            case FAILED -> {
                double[] xs = {x, x + 7, x, x - 7}, ys = {cy - 7, cy, cy + 7, cy};
                g.setFill(s.failed());
                g.fillPolygon(xs, ys, 4);
                g.setStroke(s.text());
                g.setLineWidth(0.8);
                g.strokePolygon(xs, ys, 4);
                g.setStroke(TimelineStyle.ink(s.failed()));
                g.setLineWidth(1.8);
                g.strokeLine(x - 2.6, cy - 2.6, x + 2.6, cy + 2.6);
                g.strokeLine(x + 2.6, cy - 2.6, x - 2.6, cy + 2.6);
            }
            case CANCELLED -> {
                g.setFill(s.background());
                g.fillOval(x - 6, cy - 6, 12, 12);
                g.setStroke(s.cancelMark());
                g.setLineWidth(1.8);
                g.strokeOval(x - 5.5, cy - 5.5, 11, 11);
                g.strokeLine(x - 3.8, cy + 3.8, x + 3.8, cy - 3.8);
            }
            case NOT_STARTED -> { }
        }
    }

    private static void header(GraphicsContext g, TimelineStyle s, Primitive.PanelHeader hd, Rows rows, double w, Font bold, Font small) {
        if (hd.run() > 0 && !hd.pinned()) {
            g.setStroke(s.border());
            g.setLineWidth(1);
            g.strokeLine(0, crisp(hd.y() - 1), w, crisp(hd.y() - 1));
        }
        if (hd.pinned()) {
            g.setFill(s.background());
            g.fillRect(0, hd.y(), w, hd.h());
            g.setStroke(s.border());
            g.setLineWidth(1);
            g.strokeLine(0, crisp(hd.y() + hd.h()), w, crisp(hd.y() + hd.h()));
        }
        double row1 = hd.y() + rows.titleRow(), row2 = hd.y() + rows.annotationRow();
        plated(g, s, hd.title(), 8, row1, bold, s.text());
        double x = hd.detailRow() == 1 ? 8 + textWidth(hd.title(), bold) + 14 : 8;
        plated(g, s, hd.detail(), x, hd.detailRow() == 1 ? row1 : row2, s.font(), s.textMuted());
        for (Primitive.Annotation a : hd.annotations()) {
            boolean ended = a.kind() == Primitive.AnnotationKind.RETURNED || a.kind() == Primitive.AnnotationKind.RAISED;
            plated(g, s, a.text(), a.x(), a.row() == 1 ? row1 : row2, ended ? bold : small, switch (a.kind()) {
                case RETURNED, RAISED -> s.caller();
                case GUIDE -> s.guide();
                case CALLER_OTHER -> s.textMuted();
            });
        }
    }

    /**
     * A heading's text on a plate of the ground: the grid, the guides and the gutter's edge pass under it rather than
     * through its letters.
     */
    private static void plated(GraphicsContext g, TimelineStyle s, String text, double x, double cy, Font font, Color colour) {
        double x0 = x - 2, x1 = x + textWidth(text, font) + 2, th = font.getSize(), gutter = TimelineLayout.GUTTER;
        // The gutter's ground left of the plot, the plot's right of it: the plate is seen only where a line passed.
        if (x0 < gutter) {
            g.setFill(s.gutter());
            g.fillRect(x0, cy - th / 2, Math.min(x1, gutter) - x0, th);
        }
        if (x1 > gutter) {
            g.setFill(s.background());
            g.fillRect(Math.max(x0, gutter), cy - th / 2, x1 - Math.max(x0, gutter), th);
        }
        g.setFont(font);
        g.setFill(colour);
        g.fillText(text, x, cy);
    }

    private static final Text MEASURE = new Text();

    static double textWidth(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** Centre a 1 px line on a pixel. */
    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }
}
