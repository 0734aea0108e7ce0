package org.gatherlab.app.timeline;

/**
 * How tall a panel's parts are, in layout pixels: a lane, the heading (title row and annotation row) and the space
 * under the last lane. {@link #STANDARD} has air around the 12 px text; {@link #COMPACT} is what "fit runs" uses when
 * the runs would not all be on screen otherwise: a lane one line of text tall (14 px for the 12 px font, its bars 8 px,
 * the end glyphs still whole), a heading of two tight rows (centred 8 and 20 px down: a 12 px line each), and a thin
 * gap (a rule still parts the panels).
 */
public record Rows(double lane, double header, double gap) {
    public static final Rows STANDARD = new Rows(TimelineLayout.LANE_H, TimelineLayout.HEADER_H, TimelineLayout.PANEL_GAP);
    public static final Rows COMPACT = new Rows(14, 28, 2);

    /** {@code t} of the way from compact (0) to standard (1): what fills a height between the two. */
    public static Rows between(double t) {
        double k = Math.clamp(t, 0, 1);
        return new Rows(COMPACT.lane + k * (STANDARD.lane - COMPACT.lane), COMPACT.header + k * (STANDARD.header - COMPACT.header),
                COMPACT.gap + k * (STANDARD.gap - COMPACT.gap));
    }

    /** A panel of {@code rows} lanes. */
    public double panel(int rows) { return header + lane * rows + gap; }

    /** The heading's first and second text rows (centre lines), below its top. */
    public double titleRow() { return Math.round(header * 0.3); }

    public double annotationRow() { return Math.round(header * 0.725); }
}
