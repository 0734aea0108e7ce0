package org.gatherlab.app.classroom.presenter;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Presenter mode, for the back row: on or off, a scale for text and lanes (150 to 250 %, in steps of 25), a
 * high-contrast theme, and a slow-motion playback speed the main window switches to when presenter mode comes on.
 * {@link PresenterStyler} applies it to a scene; full screen is the window's to do. Works without the toolkit.
 */
public final class PresenterMode {
    public static final int MIN_SCALE = 150;
    public static final int MAX_SCALE = 250;
    public static final int STEP = 25;
    public static final int DEFAULT_SCALE = 200;
    /** The playback speed presenter mode starts with: a quarter of real time. */
    public static final double SLOW_MOTION_SPEED = 0.25;

    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "on");
    private final ReadOnlyIntegerWrapper scalePercent = new ReadOnlyIntegerWrapper(this, "scalePercent", DEFAULT_SCALE);
    private final ReadOnlyBooleanWrapper highContrast = new ReadOnlyBooleanWrapper(this, "highContrast", true);
    private final ReadOnlyDoubleWrapper slowMotionSpeed = new ReadOnlyDoubleWrapper(this, "slowMotionSpeed", SLOW_MOTION_SPEED);
    private final ReadOnlyDoubleWrapper effectiveScale = new ReadOnlyDoubleWrapper(this, "effectiveScale", 1);
    private final ReadOnlyObjectWrapper<List<String>> styleClasses = new ReadOnlyObjectWrapper<>(this, "styleClasses", List.of());

    public PresenterMode() {
        on.addListener((o, a, b) -> update());
        scalePercent.addListener((o, a, b) -> update());
        highContrast.addListener((o, a, b) -> update());
        update();
    }

    // ---------------------------------------------------------------------------------------------- properties

    public ReadOnlyBooleanProperty onProperty() { return on.getReadOnlyProperty(); }

    public boolean isOn() { return on.get(); }

    /** The scale in percent, 150 to 250 (kept while presenter mode is off). */
    public ReadOnlyIntegerProperty scalePercentProperty() { return scalePercent.getReadOnlyProperty(); }

    /** Whether presenter mode uses the high-contrast theme (on by default). */
    public ReadOnlyBooleanProperty highContrastProperty() { return highContrast.getReadOnlyProperty(); }

    /** The playback speed to use in presenter mode (0.25×). */
    public ReadOnlyDoubleProperty slowMotionSpeedProperty() { return slowMotionSpeed.getReadOnlyProperty(); }

    /** What to scale lanes and text by now: 1 when off, else scalePercent / 100. */
    public ReadOnlyDoubleProperty effectiveScaleProperty() { return effectiveScale.getReadOnlyProperty(); }

    /**
     * The root style classes that put it into effect (classroom.css): {@code presenter}, {@code presenter-200},
     * {@code high-contrast}; empty when off.
     */
    public ReadOnlyObjectProperty<List<String>> styleClassesProperty() { return styleClasses.getReadOnlyProperty(); }

    // ---------------------------------------------------------------------------------------------- commands

    public void toggle() { on.set(!on.get()); }

    public void setOn(boolean value) { on.set(value); }

    /** Sets the scale, clamped to 150–250 and rounded to a step of 25. */
    public void setScalePercent(int percent) {
        int clamped = Math.max(MIN_SCALE, Math.min(MAX_SCALE, percent));
        scalePercent.set(MIN_SCALE + Math.round((clamped - MIN_SCALE) / (float) STEP) * STEP);
    }

    public void bigger() { setScalePercent(scalePercent.get() + STEP); }

    public void smaller() { setScalePercent(scalePercent.get() - STEP); }

    public void setHighContrast(boolean value) { highContrast.set(value); }

    public void toggleHighContrast() { highContrast.set(!highContrast.get()); }

    /** Every style class this model may put on a root, so a styler can remove the stale ones. */
    public static List<String> allStyleClasses() {
        List<String> out = new ArrayList<>(List.of("presenter", "high-contrast"));
        for (int s = MIN_SCALE; s <= MAX_SCALE; s += STEP) out.add("presenter-" + s);
        return out;
    }

    private void update() {
        effectiveScale.set(on.get() ? scalePercent.get() / 100.0 : 1);
        List<String> classes = new ArrayList<>();
        if (on.get()) {
            classes.add("presenter");
            classes.add("presenter-" + scalePercent.get());
            if (highContrast.get()) classes.add("high-contrast");
        }
        styleClasses.set(List.copyOf(classes));
    }
}
