package org.gatherlab.app.timeline;

/**
 * The window onto the timeline, in plain numbers: which time is at the left edge of the plot, how many
 * ms one pixel spans, the drawing surface's size, and how far the lanes are scrolled down.
 * The label gutter ({@link TimelineLayout#GUTTER} px) sits left of the plot; the ruler
 * ({@link TimelineLayout#RULER_H} px) sits above the scrolled content.
 *
 * <p>{@code scale} is how many device pixels one layout pixel covers (presenter mode: 1.5–2.5; a 2× export: twice
 * that). Everything else here, and every primitive of the {@link Frame}, is in layout pixels: the surface is
 * {@code width × scale} device pixels wide, and the painter scales by {@code scale}, so at scale 2 a lane, its
 * label, its glyphs and its fonts are twice as big on screen, and fewer of them fit. {@code rows}: how tall a lane
 * and a heading are ("fit runs" makes them compact to get every run on screen).
 */
public record Viewport(double startMs, double msPerPixel, double width, double height, double scrollY, double scale, Rows rows) {
    public Viewport {
        java.util.Objects.requireNonNull(rows, "rows");
        if (!(msPerPixel > 0) || !Double.isFinite(msPerPixel)) throw new IllegalArgumentException("msPerPixel must be > 0: " + msPerPixel);
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size: " + width + "x" + height);
        if (!(scale > 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("scale must be > 0: " + scale);
    }

    /** With the standard rows. */
    public Viewport(double startMs, double msPerPixel, double width, double height, double scrollY, double scale) {
        this(startMs, msPerPixel, width, height, scrollY, scale, Rows.STANDARD);
    }

    /** At scale 1. */
    public Viewport(double startMs, double msPerPixel, double width, double height, double scrollY) {
        this(startMs, msPerPixel, width, height, scrollY, 1);
    }

    /** A layout length in device pixels. */
    public double device(double layoutPx) { return layoutPx * scale; }

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

    public Viewport withScrollY(double y) { return new Viewport(startMs, msPerPixel, width, height, y, scale, rows); }

    public Viewport withStart(double ms) { return new Viewport(ms, msPerPixel, width, height, scrollY, scale, rows); }

    /** The same picture (same layout) drawn at another scale: an export at 2× is {@code withScale(2 * scale())}. */
    public Viewport withScale(double s) { return new Viewport(startMs, msPerPixel, width, height, scrollY, s, rows); }

    public Viewport withRows(Rows r) { return new Viewport(startMs, msPerPixel, width, height, scrollY, scale, r); }
}
