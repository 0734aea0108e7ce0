package org.gatherlab.app.timeline;

/**
 * The window onto the timeline, in plain numbers: which time is at the left edge of the plot, how many
 * ms one pixel spans, the drawing surface's size, and how far the lanes are scrolled down.
 * The label gutter ({@link TimelineLayout#GUTTER} px) sits left of the plot; the ruler
 * ({@link TimelineLayout#RULER_H} px) sits above the scrolled content.
 */
public record Viewport(double startMs, double msPerPixel, double width, double height, double scrollY) {
    public Viewport {
        if (!(msPerPixel > 0) || !Double.isFinite(msPerPixel)) throw new IllegalArgumentException("msPerPixel must be > 0: " + msPerPixel);
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size: " + width + "x" + height);
    }

    /** Width of the plot right of the label gutter (at least one pixel). */
    public double plotWidth() { return Math.max(1, width - TimelineLayout.GUTTER); }

    /** The time at the plot's right edge. */
    public double endMs() { return startMs + plotWidth() * msPerPixel; }

    /** The x of a time (may fall outside the plot). */
    public double x(double ms) { return TimelineLayout.GUTTER + (ms - startMs) / msPerPixel; }

    /** The time under an x. */
    public double ms(double x) { return startMs + (x - TimelineLayout.GUTTER) * msPerPixel; }

    /** A viewport that shows {@code [0, spanMs]} across the plot (with a little room on the right for end glyphs). */
    public static Viewport fit(double spanMs, double width, double height) {
        double plot = Math.max(1, width - TimelineLayout.GUTTER - TimelineLayout.RIGHT_MARGIN);
        return new Viewport(0, Math.max(spanMs, 1e-3) / plot, width, height, 0);
    }

    public Viewport withScrollY(double y) { return new Viewport(startMs, msPerPixel, width, height, y); }

    public Viewport withStart(double ms) { return new Viewport(ms, msPerPixel, width, height, scrollY); }
}
