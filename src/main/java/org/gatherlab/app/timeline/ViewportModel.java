package org.gatherlab.app.timeline;

/**
 * Zoom, pan and scroll of the timeline as plain state and commands, so they are testable without the
 * toolkit. In "fit" mode (the default, and again after {@link #fit()} or zooming all the way out) the
 * whole axis fills the plot and follows it as live runs grow; zooming in or panning leaves fit mode.
 */
public final class ViewportModel {
    /** The finest zoom: 0.1 µs per pixel. */
    static final double MIN_MS_PER_PIXEL = 1e-4;
    public static final double ZOOM_STEP = 1.25;

    /** In layout pixels: the device size divided by {@link #scale()}. */
    private double width = 800, height = 400;
    private double deviceWidth = 800, deviceHeight = 400, scale = 1;
    private Rows rows = Rows.STANDARD;
    private double startMs, msPerPixel = 1, scrollY;
    private boolean fit = true;
    private double spanMs = 1, contentHeight;

    /** The viewport for this material: refits in fit mode, and keeps zoom, pan and scroll within bounds. */
    public Viewport resolve(double span, double content) {
        spanMs = Math.max(span, 1e-3);
        contentHeight = Math.max(0, content);
        if (fit) {
            startMs = 0;
            msPerPixel = fitMsPerPixel();
        }
        clamp();
        return current();
    }

    public Viewport current() {
        return new Viewport(startMs, msPerPixel, width, height, scrollY, scale, rows);
    }

    /** The drawing surface's size in device pixels. */
    public void resize(double w, double h) {
        deviceWidth = Math.max(0, w);
        deviceHeight = Math.max(0, h);
        relayout();
    }

    /**
     * How many device pixels a layout pixel covers (presenter mode). The time under the plot's left edge and the
     * content at the top stay where they are; the plot shows less time at a larger scale unless in fit mode.
     */
    public void setScale(double s) {
        if (!(s > 0) || !Double.isFinite(s) || s == scale) return;
        scale = s;
        relayout();
    }

    public double scale() { return scale; }

    /** How tall lanes and headings are (standard, or compact to fit every run). The content height follows on resolve. */
    public void setRows(Rows r) { rows = java.util.Objects.requireNonNull(r); }

    public Rows rows() { return rows; }

    /** The drawing surface's height in device pixels. */
    public double deviceHeight() { return deviceHeight; }

    private void relayout() {
        width = deviceWidth / scale;
        height = deviceHeight / scale;
        if (fit) msPerPixel = fitMsPerPixel();
        clamp();
    }

    public boolean isFit() { return fit; }

    /** Zooms by {@code factor} (above 1: in) keeping the time under {@code anchorX} where it is. */
    public void zoom(double factor, double anchorX) {
        if (!(factor > 0)) return;
        double x = Math.clamp(anchorX, TimelineLayout.GUTTER, Math.max(TimelineLayout.GUTTER, width));
        double anchorMs = startMs + (x - TimelineLayout.GUTTER) * msPerPixel;
        double next = msPerPixel / factor;
        if (next >= fitMsPerPixel()) {
            fit();
            return;
        }
        fit = false;
        msPerPixel = Math.max(MIN_MS_PER_PIXEL, next);
        startMs = anchorMs - (x - TimelineLayout.GUTTER) * msPerPixel;
        clamp();
    }

    /** Zooms in around the middle of the plot. */
    public void zoomIn() { zoom(ZOOM_STEP, centreX()); }

    public void zoomOut() { zoom(1 / ZOOM_STEP, centreX()); }

    /** Moves the content right by {@code dx} pixels (earlier times come into view). */
    public void panPixels(double dx) {
        if (fit) return;
        startMs -= dx * msPerPixel;
        clamp();
    }

    /** Scrolls the lanes down by {@code dy} pixels. */
    public void scrollPixels(double dy) {
        scrollY += dy;
        clamp();
    }

    public void scrollTo(double y) {
        scrollY = y;
        clamp();
    }

    /** The whole axis across the plot. */
    public void fit() {
        fit = true;
        startMs = 0;
        msPerPixel = fitMsPerPixel();
        clamp();
    }

    /** How far the lanes can scroll. */
    public double maxScrollY() {
        return Math.max(0, contentHeight - visibleContentHeight());
    }

    public double visibleContentHeight() {
        return Math.max(0, height - TimelineLayout.RULER_H);
    }

    public double scrollY() { return scrollY; }

    private double centreX() {
        return TimelineLayout.GUTTER + Math.max(1, width - TimelineLayout.GUTTER) / 2;
    }

    private double fitMsPerPixel() {
        return Viewport.fit(spanMs, width, height).msPerPixel();
    }

    private void clamp() {
        double plot = Math.max(1, width - TimelineLayout.GUTTER);
        double maxStart = Math.max(0, spanMs + TimelineLayout.RIGHT_MARGIN * msPerPixel - plot * msPerPixel);
        startMs = Math.clamp(startMs, 0, maxStart);
        scrollY = Math.clamp(scrollY, 0, maxScrollY());
    }
}
