package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.report.Values;

/** The time ruler's ticks: round numbers of ms or s, spaced for reading at any zoom. */
final class TimeAxis {
    private TimeAxis() {}

    /** Minimum spacing of axis ticks. */
    static final double TICK_SPACING = 100;

    /** Round-numbered ticks at least {@value #TICK_SPACING} px apart across the plot. */
    static List<Primitive.Tick> ticks(Viewport vp) {
        double step = niceStep(vp.msPerPixel() * TICK_SPACING);
        List<Primitive.Tick> ticks = new ArrayList<>();
        long k0 = (long) Math.ceil(Math.max(0, vp.startMs()) / step);
        long k1 = (long) Math.floor(vp.endMs() / step);
        for (long k = k0; k <= k1; k++) {
            double t = k * step;
            String label = tickLabel(t, step);
            // A label that would run off the right edge is left out; its tick and grid line stay.
            ticks.add(new Primitive.Tick(vp.x(t), vp.x(t) + 3 + TimelineLayout.textWidth(label) <= vp.width() ? label : null));
        }
        return ticks;
    }

    /** The ticks with the labels that would run into {@code [x0, x1]} (the playhead's tag) left out; ticks and grid stay. */
    static List<Primitive.Tick> clear(List<Primitive.Tick> ticks, double x0, double x1) {
        List<Primitive.Tick> out = new ArrayList<>(ticks.size());
        for (Primitive.Tick t : ticks) {
            boolean hit = t.label() != null && t.x() + 3 < x1 && x0 < t.x() + 3 + TimelineLayout.textWidth(t.label());
            out.add(hit ? new Primitive.Tick(t.x(), null) : t);
        }
        return out;
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) if (m * magnitude >= raw * (1 - 1e-9)) return m * magnitude;
        return 10 * magnitude;
    }

    static String tickLabel(double ms, double step) {
        if (step >= 1000) return Values.ms(Math.round(ms) / 1000.0) + " s";
        return Values.ms(step >= 1 ? Math.round(ms) : ms) + " ms";
    }
}
