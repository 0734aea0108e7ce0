package org.gatherlab.app.timeline;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;

import org.gatherlab.app.fx.Words;
import org.gatherlab.runtime.SystemTime;

/**
 * The timeline on screen: a Region holding one viewport-sized Canvas (plus a vertical scroll bar) that
 * paints the {@link Frame} {@link TimelineLayout} computes. Whoever owns it calls
 * {@link #render(List, double, String)} once per frame; it lays out and repaints only when something
 * it draws has changed (material, playhead, highlight, zoom, size, hover, colours).
 *
 * <p>Colours are CSS: every {@code -gl-color-*} property below is styleable, and {@code timeline.css}
 * sets them from Okabe-Ito tokens and AtlantaFX's {@code -color-*} tokens, so theme switches recolour it.
 *
 * <p>Mouse and keys: ctrl+wheel or +/- zoom, 0 fits; wheel scrolls the lanes, shift+wheel (or a
 * horizontal wheel) pans time; drag pans both; arrow keys pan and scroll, Page Up/Down scroll a screen,
 * Home goes back to the top. Hovering a lane shows its event list; clicking a lane reports it. With an
 * {@link EndEditor}, a press on a task's end marker is an edit instead: drag it, or click it.
 *
 * <p>Accessibility: the canvas is an image to assistive technology, and its accessible text is a summary of what
 * it draws ({@link TimelineSummary}: each run's heading and how many tasks have ended how, up to the playhead),
 * kept current at most four times a second while playback moves. Its help text names the keys. A focus ring
 * (a child region styled by {@code :focused}) shows when it has the keyboard.
 */
public final class TimelineCanvas extends Region {
    private static final StyleablePropertyFactory<TimelineCanvas> FACTORY = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final TimelineStyle DEFAULTS = TimelineStyle.defaults();

    private final StyleableProperty<Color> readyColour = FACTORY.createStyleableColorProperty(this, "readyColor", "-gl-color-ready", t -> t.readyColour, DEFAULTS.ready());
    private final StyleableProperty<Color> computingColour = FACTORY.createStyleableColorProperty(this, "computingColor", "-gl-color-computing", t -> t.computingColour, DEFAULTS.computing());
    private final StyleableProperty<Color> sleepingColour = FACTORY.createStyleableColorProperty(this, "sleepingColor", "-gl-color-sleeping", t -> t.sleepingColour, DEFAULTS.sleeping());
    private final StyleableProperty<Color> permitColour = FACTORY.createStyleableColorProperty(this, "permitColor", "-gl-color-permit", t -> t.permitColour, DEFAULTS.permit());
    private final StyleableProperty<Color> jobQueuedColour = FACTORY.createStyleableColorProperty(this, "jobQueuedColor", "-gl-color-job-queued", t -> t.jobQueuedColour, DEFAULTS.jobQueued());
    private final StyleableProperty<Color> jobRunningColour = FACTORY.createStyleableColorProperty(this, "jobRunningColor", "-gl-color-job-running", t -> t.jobRunningColour, DEFAULTS.jobRunning());
    private final StyleableProperty<Color> succeededColour = FACTORY.createStyleableColorProperty(this, "succeededColor", "-gl-color-succeeded", t -> t.succeededColour, DEFAULTS.succeeded());
    private final StyleableProperty<Color> failedColour = FACTORY.createStyleableColorProperty(this, "failedColor", "-gl-color-failed", t -> t.failedColour, DEFAULTS.failed());
    private final StyleableProperty<Color> cancelledColour = FACTORY.createStyleableColorProperty(this, "cancelledColor", "-gl-color-cancelled", t -> t.cancelledColour, DEFAULTS.cancelled());
    private final StyleableProperty<Color> backgroundColour = FACTORY.createStyleableColorProperty(this, "backgroundColor", "-gl-color-background", t -> t.backgroundColour, DEFAULTS.background());
    private final StyleableProperty<Color> gutterColour = FACTORY.createStyleableColorProperty(this, "gutterColor", "-gl-color-gutter", t -> t.gutterColour, DEFAULTS.gutter());
    private final StyleableProperty<Color> textColour = FACTORY.createStyleableColorProperty(this, "textColor", "-gl-color-text", t -> t.textColour, DEFAULTS.text());
    private final StyleableProperty<Color> textMutedColour = FACTORY.createStyleableColorProperty(this, "textMutedColor", "-gl-color-text-muted", t -> t.textMutedColour, DEFAULTS.textMuted());
    private final StyleableProperty<Color> gridColour = FACTORY.createStyleableColorProperty(this, "gridColor", "-gl-color-grid", t -> t.gridColour, DEFAULTS.grid());
    private final StyleableProperty<Color> borderColour = FACTORY.createStyleableColorProperty(this, "borderColor", "-gl-color-border", t -> t.borderColour, DEFAULTS.border());
    private final StyleableProperty<Color> guideColour = FACTORY.createStyleableColorProperty(this, "guideColor", "-gl-color-guide", t -> t.guideColour, DEFAULTS.guide());
    private final StyleableProperty<Color> callerColour = FACTORY.createStyleableColorProperty(this, "callerColor", "-gl-color-caller", t -> t.callerColour, DEFAULTS.caller());
    private final StyleableProperty<Color> playheadColour = FACTORY.createStyleableColorProperty(this, "playheadColor", "-gl-color-playhead", t -> t.playheadColour, DEFAULTS.playhead());
    private final StyleableProperty<Color> highlightColour = FACTORY.createStyleableColorProperty(this, "highlightColor", "-gl-color-highlight", t -> t.highlightColour, DEFAULTS.highlight());
    private final StyleableProperty<Color> hoverColour = FACTORY.createStyleableColorProperty(this, "hoverColor", "-gl-color-hover", t -> t.hoverColour, DEFAULTS.hover());
    private final StyleableProperty<Color> lateColour = FACTORY.createStyleableColorProperty(this, "lateColor", "-gl-color-late", t -> t.lateColour, DEFAULTS.late());
    private final StyleableProperty<Color> liveColour = FACTORY.createStyleableColorProperty(this, "liveColor", "-gl-color-live", t -> t.liveColour, DEFAULTS.live());
    private final StyleableProperty<Font> font = FACTORY.createStyleableFontProperty(this, "font", "-gl-font", t -> t.font, Font.font(12));

    private final Canvas canvas = new Canvas();
    private final Region focusRing = new Region();
    private final ScrollBar scrollBar = new ScrollBar();
    private final ViewportModel viewport = new ViewportModel();
    private final Tooltip tooltip = new Tooltip();
    private final ReadOnlyObjectWrapper<TimelineStyle> style = new ReadOnlyObjectWrapper<>(this, "timelineStyle", DEFAULTS);
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final BooleanProperty fitRuns = new SimpleBooleanProperty(this, "fitRuns", true);

    /** A note in the ruler's corner, over the gutter (the legend folded for room), or null. */
    private Node corner;
    private Consumer<Frame.Hit> onLaneClicked = hit -> { };
    private EndEditor endEditor;
    /** A press that grabbed a task's end marker, and the viewport it was made in (pointer x to time, all along). */
    private boolean endGesture;
    private Viewport gestureViewport;
    private Function<Frame.Hit, String> describer = hit -> null;
    private boolean styleDirty = true, syncingScroll;
    private Frame.Hit hover;
    private double pressX, pressY, lastX, lastY;
    private boolean dragged;

    // What the last frame was made of.
    private List<TimelineRun> lastRuns;
    private double lastPlayhead = Double.NaN;
    private String lastHighlight;
    private Viewport lastViewport;
    private TimelineStyle lastStyle;
    private Frame.Hit lastHover;
    private Words lastWords;
    /** The accessible summary: when it was last worded, and whether what is drawn has moved on since. */
    private long summaryAtNanos;
    private boolean summaryStale;
    private static final long SUMMARY_EVERY_NANOS = 250_000_000L;

    public TimelineCanvas() {
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.getStyleClass().add("timeline-scroll-bar");
        scrollBar.setVisible(false);
        tooltip.getStyleClass().add("timeline-tooltip");
        tooltip.setShowDelay(Duration.ZERO);
        focusRing.getStyleClass().add("timeline-focus-ring");
        focusRing.setMouseTransparent(true);
        focusRing.setManaged(false);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        getChildren().addAll(canvas, scrollBar, focusRing);
        word(Words.english());
    }

    /** The role description and key help, in the frame's language. */
    private void word(Words w) {
        setAccessibleRoleDescription(w.text("timeline.accessible.role"));
        setAccessibleHelp(w.text("timeline.accessible.help"));
    }

    private void initListeners() {
        for (Observable o : List.<Observable>of((Observable) readyColour, (Observable) computingColour, (Observable) sleepingColour, (Observable) permitColour, (Observable) jobQueuedColour, (Observable) jobRunningColour, (Observable) succeededColour, (Observable) failedColour, (Observable) cancelledColour, (Observable) backgroundColour, (Observable) gutterColour, (Observable) textColour, (Observable) textMutedColour, (Observable) gridColour, (Observable) borderColour, (Observable) guideColour, (Observable) callerColour, (Observable) playheadColour, (Observable) highlightColour, (Observable) hoverColour, (Observable) lateColour, (Observable) liveColour, (Observable) font)) o.addListener(x -> styleDirty = true);
        // The scale drawn at is worked out on each render (fit runs may draw smaller than chosen): see render.
        scale.addListener((obs, was, now) -> requestLayout());
        fitRuns.addListener((obs, was, now) -> requestLayout());
        scrollBar.valueProperty().addListener((obs, was, now) -> {
            if (!syncingScroll) viewport.scrollTo(now.doubleValue());
        });
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverAt(-1, -1, 0, 0));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    // ---------------------------------------------------------------------------------------------- API

    /** In English. */
    public void render(List<TimelineRun> runs, double playheadMs, String highlight) {
        render(runs, playheadMs, highlight, Words.english());
    }

    /** Lays out and paints, in the given words, if anything drawn has changed since the last call. */
    public void render(List<TimelineRun> runs, double playheadMs, String highlight, Words words) {
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(words, "words");
        if (styleDirty) {
            style.set(new TimelineStyle(readyColour.getValue(), computingColour.getValue(), sleepingColour.getValue(), permitColour.getValue(), jobQueuedColour.getValue(), jobRunningColour.getValue(), succeededColour.getValue(), failedColour.getValue(), cancelledColour.getValue(), backgroundColour.getValue(), gutterColour.getValue(), textColour.getValue(), textMutedColour.getValue(), gridColour.getValue(), borderColour.getValue(), guideColour.getValue(), callerColour.getValue(), playheadColour.getValue(), highlightColour.getValue(), hoverColour.getValue(), lateColour.getValue(), liveColour.getValue(), font.getValue(), null));
            styleDirty = false;
        }
        double chosen = scale.get() > 0 && Double.isFinite(scale.get()) ? scale.get() : 1;
        FitRuns.Fit fit = fitRuns.get() ? FitRuns.choose(chosen, canvas.getHeight(), runs) : new FitRuns.Fit(chosen, Rows.STANDARD);
        if (fit.scale() != viewport.scale()) {
            viewport.setScale(fit.scale());
            requestLayout();                // the ruler's height on screen, where the scroll bar starts
        }
        viewport.setRows(fit.rows());
        Viewport vp = viewport.resolve(TimelineLayout.spanMs(runs), TimelineLayout.contentHeight(runs, fit.rows()));
        if (runs == lastRuns && Double.compare(playheadMs, lastPlayhead) == 0 && Objects.equals(highlight, lastHighlight)
                && vp.equals(lastViewport) && style.get() == lastStyle && Objects.equals(hover, lastHover) && words == lastWords) {
            if (summaryStale) summarize(runs, playheadMs, words);
            return;
        }
        if (words != lastWords) word(words);
        Frame f = TimelineLayout.layout(runs, playheadMs, vp, highlight, words);
        TimelinePainter.paint(canvas.getGraphicsContext2D(), f, style.get(), hover);
        frame.set(f);
        lastRuns = runs;
        lastPlayhead = playheadMs;
        lastHighlight = highlight;
        lastViewport = vp;
        lastStyle = style.get();
        lastHover = hover;
        boolean materialChanged = runs != lastSummaryRuns || words != lastWords;
        lastWords = words;
        syncScrollBar(f);
        if (materialChanged || SystemTime.nanos() - summaryAtNanos >= SUMMARY_EVERY_NANOS) summarize(runs, playheadMs, words);
        else summaryStale = true;
    }

    private List<TimelineRun> lastSummaryRuns;

    private void summarize(List<TimelineRun> runs, double playheadMs, Words words) {
        String text = TimelineSummary.describe(runs, playheadMs, words);
        if (!text.equals(getAccessibleText())) setAccessibleText(text);
        lastSummaryRuns = runs;
        summaryAtNanos = SystemTime.nanos();
        summaryStale = false;
    }

    /**
     * How big the timeline is drawn: 1 normally, presenter mode's 1.5–2.5 for the back row. Lanes, the label column,
     * fonts, glyphs and markers all grow by it (less of the timeline fits; zoom and scroll are kept).
     */
    public DoubleProperty scaleProperty() { return scale; }

    /**
     * "Fit runs" (on unless turned off): every run on screen at once where that stays readable, with compact rows and, in
     * presenter mode, a smaller scale down to {@link FitRuns#FLOOR} ({@link FitRuns}). The frame's viewport says the scale
     * and rows it was drawn with.
     */
    public BooleanProperty fitRunsProperty() { return fitRuns; }
    public double getScale() { return scale.get(); }
    public void setScale(double s) { scale.set(s); }

    /**
     * The picture on screen drawn again at {@code factor} × its pixel size (2: a 2× export): the same frame (same
     * layout, same lanes shown) painted at {@code factor} × the current scale, so text and lines are sharp rather
     * than magnified. Null before the first frame. FX thread.
     */
    public WritableImage redraw(double factor) {
        if (lastRuns == null || lastViewport == null || !(factor > 0)) return null;
        Viewport vp = lastViewport.withScale(lastViewport.scale() * factor);
        int w = (int) Math.ceil(canvas.getWidth() * factor), h = (int) Math.ceil(canvas.getHeight() * factor);
        Canvas target = new Canvas(w, h);
        Frame f = TimelineLayout.layout(lastRuns, lastPlayhead, vp, lastHighlight, lastWords);
        TimelinePainter.paint(target.getGraphicsContext2D(), f, lastStyle, null);
        return target.snapshot(new SnapshotParameters(), new WritableImage(w, h));
    }

    /** Zoom, pan and scroll. */
    public ViewportModel viewport() { return viewport; }

    /** The last frame painted (tests read the timeline's model from it). */
    public ReadOnlyObjectProperty<Frame> frameProperty() { return frame.getReadOnlyProperty(); }
    public Frame getFrame() { return frame.get(); }

    /** The colours as CSS resolved them (the legend paints its swatches with these). */
    public ReadOnlyObjectProperty<TimelineStyle> timelineStyleProperty() { return style.getReadOnlyProperty(); }

    /** Called with the lane a click landed on (a task, the loop or a worker). */
    public void setOnLaneClicked(Consumer<Frame.Hit> handler) { onLaneClicked = Objects.requireNonNull(handler); }

    /**
     * Editing on the timeline: a press on a task's end marker goes to the editor instead of panning (a drag then
     * reports the time under the pointer, a release whether it was a drag or a click).
     */
    public interface EndEditor {
        /** True to take the gesture (e.g. the marker is of a task the editor still has). */
        boolean press(Frame.EndHit hit);

        /** The pointer is over {@code ms} (in the viewport of the press); {@code fine}: Shift is down. */
        void drag(double ms, boolean fine);

        /** The gesture ended: after a drag, or as a click ({@code dragged} false). */
        void release(boolean dragged);
    }

    /** Who edits through end markers (null: nobody; the markers are then only drawn). */
    public void setEndEditor(EndEditor editor) { endEditor = editor; }

    /** Supplies a hovered lane's tooltip text (null: no tooltip). */
    public void setDescriber(Function<Frame.Hit, String> describer) { this.describer = Objects.requireNonNull(describer); }

    // ------------------------------------------------------------------------------------------- layout

    @Override protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        double bar = scrollBar.isVisible() ? scrollBar.prefWidth(-1) : 0;
        double ruler = TimelineLayout.RULER_H * viewport.scale();
        scrollBar.resizeRelocate(w - bar, ruler, bar, Math.max(0, h - ruler));
        focusRing.resizeRelocate(0, 0, Math.max(0, w - bar), h);
        if (corner != null) {
            // In the ruler's band over the gutter (no axis label there), no taller than the band, no wider than the gutter.
            double noteW = Math.min(corner.prefWidth(-1), TimelineLayout.GUTTER * viewport.scale() - 8);
            double noteH = Math.min(corner.prefHeight(noteW), ruler - 2);
            corner.resizeRelocate(4, Math.max(1, (ruler - noteH) / 2), Math.max(0, noteW), Math.max(0, noteH));
        }
        double cw = Math.max(1, Math.floor(w - bar)), ch = Math.max(1, Math.floor(h));
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            viewport.resize(cw, ch);
        }
    }

    /** Puts {@code note} in the ruler's corner (over the gutter, where no axis label is drawn); null takes it away. */
    public void setCorner(Node note) {
        if (corner != null) getChildren().remove(corner);
        corner = note;
        if (note != null) {
            note.setManaged(false);
            getChildren().add(note);
        }
        requestLayout();
    }

    /**
     * How many runs, from the top, would be whole on screen, unscrolled, were the timeline {@code height} px high: the
     * size and rows render would choose there ({@link FitRuns}). The legend asks before it takes a row from the timeline.
     */
    public int wholeRunsIn(double height, List<TimelineRun> runs) {
        double chosen = scale.get() > 0 && Double.isFinite(scale.get()) ? scale.get() : 1, h = Math.max(1, Math.floor(height));
        FitRuns.Fit fit = fitRuns.get() ? FitRuns.choose(chosen, h, runs) : new FitRuns.Fit(chosen, Rows.STANDARD);
        return FitRuns.wholeRuns(fit, h, runs);
    }

    @Override protected double computePrefWidth(double height) { return 900; }

    @Override protected double computePrefHeight(double width) { return 500; }

    @Override protected double computeMinWidth(double height) { return TimelineLayout.GUTTER + 60; }

    @Override protected double computeMinHeight(double width) {
        return TimelineLayout.RULER_H + TimelineLayout.HEADER_H + 3 * TimelineLayout.LANE_H;
    }

    private void syncScrollBar(Frame f) {
        syncingScroll = true;
        try {
            double max = viewport.maxScrollY();
            boolean needed = max > 0;
            if (scrollBar.isVisible() != needed) {
                scrollBar.setVisible(needed);
                requestLayout();
            }
            scrollBar.setMax(max);
            scrollBar.setVisibleAmount(Math.max(1, viewport.visibleContentHeight() * max / Math.max(1, f.contentHeight())));
            scrollBar.setUnitIncrement(TimelineLayout.LANE_H);
            scrollBar.setBlockIncrement(viewport.visibleContentHeight());
            scrollBar.setValue(viewport.scrollY());
        } finally {
            syncingScroll = false;
        }
    }

    // -------------------------------------------------------------------------------------------- input

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown()) {
            if (e.getDeltaY() != 0) viewport.zoom(e.getDeltaY() > 0 ? ViewportModel.ZOOM_STEP : 1 / ViewportModel.ZOOM_STEP, e.getX() / viewport.scale());
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            viewport.panPixels((e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()) / viewport.scale());
        } else {
            viewport.scrollPixels(-e.getDeltaY() / viewport.scale());
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
        Frame f = frame.get();
        Frame.EndHit end = f == null || endEditor == null || e.getButton() != MouseButton.PRIMARY ? null
                : f.endAt(e.getX() / viewport.scale(), e.getY() / viewport.scale());
        endGesture = end != null && endEditor.press(end);
        gestureViewport = endGesture ? f.viewport() : null;
    }

    private void onDragged(MouseEvent e) {
        if (Math.abs(e.getX() - pressX) > 3 || Math.abs(e.getY() - pressY) > 3) dragged = true;
        if (endGesture) {
            if (dragged) endEditor.drag(gestureViewport.ms(e.getX() / viewport.scale()), e.isShiftDown());
            tooltip.hide();
        } else if (dragged) {
            viewport.panPixels((e.getX() - lastX) / viewport.scale());
            viewport.scrollPixels((lastY - e.getY()) / viewport.scale());
            tooltip.hide();
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void onReleased(MouseEvent e) {
        if (endGesture) {
            endGesture = false;
            endEditor.release(dragged);
            return;
        }
        if (dragged || e.getButton() != MouseButton.PRIMARY || frame.get() == null) return;
        Frame.Hit hit = frame.get().hit(e.getX() / viewport.scale(), e.getY() / viewport.scale());
        if (hit != null) onLaneClicked.accept(hit);
    }

    private void hoverAt(double x, double y, double screenX, double screenY) {
        Frame f = frame.get();
        Frame.Hit hit = f == null || x < 0 || x > canvas.getWidth() ? null : f.hit(x / viewport.scale(), y / viewport.scale());
        hover = hit;
        // Over a task's end marker: a resize cursor says it can be dragged.
        boolean overEnd = hit != null && endEditor != null && f.endAt(x / viewport.scale(), y / viewport.scale()) != null;
        setCursor(overEnd ? Cursor.H_RESIZE : null);
        String text = hit == null ? null : describer.apply(hit);
        if (text == null) {
            tooltip.hide();
            return;
        }
        if (!text.equals(tooltip.getText())) tooltip.setText(text);
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            if (tooltip.isShowing()) {
                tooltip.setAnchorX(screenX + 14);
                tooltip.setAnchorY(screenY + 18);
            } else {
                tooltip.show(this, screenX + 14, screenY + 18);
            }
        }
    }

    private void onKey(KeyEvent e) {
        // Alt+arrows edit the selected task (the comparison's keys): not a pan.
        if (e.isAltDown()) return;
        double page = viewport.visibleContentHeight();
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> viewport.zoomIn();
            case MINUS, SUBTRACT -> viewport.zoomOut();
            case DIGIT0, NUMPAD0 -> viewport.fit();
            case LEFT -> viewport.panPixels(e.isShiftDown() ? viewport.current().width() / 2 : 60);
            case RIGHT -> viewport.panPixels(e.isShiftDown() ? -viewport.current().width() / 2 : -60);
            case UP -> viewport.scrollPixels(-3 * TimelineLayout.LANE_H);
            case DOWN -> viewport.scrollPixels(3 * TimelineLayout.LANE_H);
            case PAGE_UP -> viewport.scrollPixels(-page);
            case PAGE_DOWN -> viewport.scrollPixels(page);
            case HOME -> viewport.scrollTo(0);
            case END -> viewport.scrollTo(viewport.maxScrollY());
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ------------------------------------------------------------------------------------------------ CSS

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    @Override public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    @Override public String getUserAgentStylesheet() {
        return TimelineCanvas.class.getResource("/assets/css/timeline.css").toExternalForm();
    }
}
