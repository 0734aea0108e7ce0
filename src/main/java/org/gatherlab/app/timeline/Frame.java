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

    /** Every primitive of one kind, in paint order. */
    public <T extends Primitive> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Primitive p : items) if (type.isInstance(p)) out.add(type.cast(p));
        return out;
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
