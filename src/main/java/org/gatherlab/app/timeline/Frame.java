package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * One laid-out picture of the timeline: primitives in paint order for one viewport, plus the full
 * content height (for the scroll bar) and the axis span (for fitting).
 */
public record Frame(Viewport viewport, double spanMs, double contentHeight, List<Primitive> items) {
    public Frame {
        items = List.copyOf(items);
    }

    /** What a point on the canvas is over: a lane of a run (task, loop or worker). */
    public record Hit(int run, Primitive.LaneKind kind, int index) { }

    /**
     * A task's end marker: where run {@code run}'s lane of task {@code task} ends, at {@code atMs} ({@code x} on the
     * canvas). What a press there grabs: a drag changes the task's duration, a click its failure.
     */
    public record EndHit(int run, int task, double x, double atMs) { }

    /** How far from an end marker, in layout pixels, a press still grabs it. */
    public static final double END_GRAB = 6;

    /** Every primitive of one kind, in paint order. */
    public <T extends Primitive> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Primitive p : items) if (type.isInstance(p)) out.add(type.cast(p));
        return out;
    }

    /**
     * The task end marker under (x, y): within {@value #END_GRAB} px of it across, in its lane's row; the nearest when
     * two are that close. Null elsewhere, and over the ruler or a heading (a pinned heading covers the lanes below it).
     */
    public EndHit endAt(double x, double y) {
        if (hit(x, y) == null) return null;
        EndHit best = null;
        double bestDx = END_GRAB;
        for (Primitive p : items) {
            if (!(p instanceof Primitive.EndGlyph g)) continue;
            double dx = Math.abs(x - g.x());
            if (dx <= bestDx && Math.abs(y - g.cy()) < viewport.rows().lane() / 2) {
                best = new EndHit(g.run(), g.task(), g.x(), viewport.ms(g.x()));
                bestDx = dx;
            }
        }
        return best;
    }

    /** The lane under (x, y), or null over the ruler, a heading or empty space. */
    public Hit hit(double x, double y) {
        if (y < TimelineLayout.RULER_H || x < 0 || x > viewport.width()) return null;
        for (Primitive p : items) {
            if (p instanceof Primitive.PanelHeader h && y >= h.y() && y < h.y() + h.h()) return null;
        }
        for (Primitive p : items) {
            if (p instanceof Primitive.LaneLabel l && y >= l.y() && y < l.y() + l.h()) return new Hit(l.run(), l.kind(), l.index());
        }
        return null;
    }
}
