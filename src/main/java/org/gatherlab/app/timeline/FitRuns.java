package org.gatherlab.app.timeline;

import java.util.List;

/**
 * "Fit runs": how big to draw the timeline so that every run is on screen at once, as a class compares them. Pure.
 *
 * <p>In order: the chosen scale with standard rows if everything fits; else the chosen scale with rows between
 * {@link Rows#COMPACT} and standard that fill the height (the text keeps its size, as much of the air around it goes as
 * must); else the compact rows at the largest scale that fits, but never
 * below the {@link #FLOOR}; else (too many lanes for any readable size) as many runs whole as any readable size shows,
 * from the top, at the largest such scale, with compact rows (the next run starts under them, the rest scrolled to): a
 * class at a short projector compares two runs rather than reading one at the chosen size; else (not even the first
 * run whole at the floor) the chosen scale with compact rows, scrolled.
 *
 * <p>The floor is 1.5, presenter mode's smallest size: the timeline's 12 px text becomes 18 px (lane names, headings'
 * details; bold titles and the await's end 18 px too, axis labels 16.5 px) and a compact lane 21 px, the size a teacher
 * can already choose for a large room; fit never makes it smaller than that. A scale below 1.5 that is chosen (normal
 * mode's 1) is never shrunk.
 */
public final class FitRuns {
    private FitRuns() {}

    /** The smallest scale fit shrinks to: presenter mode's smallest size (150 %). */
    public static final double FLOOR = 1.5;

    /** How to draw: at {@code scale}, with {@code rows}. */
    public record Fit(double scale, Rows rows) { }

    /**
     * @param chosen       the scale asked for (1, or presenter mode's 1.5-2.5)
     * @param deviceHeight the timeline's height on screen, in device pixels
     */
    public static Fit choose(double chosen, double deviceHeight, List<TimelineRun> runs) {
        if (fits(chosen, Rows.STANDARD, deviceHeight, runs)) return new Fit(chosen, Rows.STANDARD);
        if (fits(chosen, Rows.COMPACT, deviceHeight, runs)) {
            // As much of the standard rows' air as the height allows (a little under, so no scroll bar for a rounding).
            double compact = TimelineLayout.contentHeight(runs, Rows.COMPACT), standard = TimelineLayout.contentHeight(runs, Rows.STANDARD);
            double room = deviceHeight / chosen - TimelineLayout.RULER_H;
            return new Fit(chosen, Rows.between(Math.floor(100 * (room - compact) / (standard - compact)) / 100));
        }
        double scale = deviceHeight / (TimelineLayout.RULER_H + TimelineLayout.contentHeight(runs, Rows.COMPACT));
        // Down to the floor, never below it nor below what was chosen; a scale chosen under the floor stays as it is.
        double least = Math.min(FLOOR, chosen);
        if (scale >= least) return new Fit(Math.min(scale, chosen), Rows.COMPACT);
        for (int whole = runs.size() - 1; whole >= 1; whole--) {
            double first = deviceHeight / (TimelineLayout.RULER_H + TimelineLayout.contentHeight(runs.subList(0, whole), Rows.COMPACT));
            if (first >= least) return new Fit(Math.min(first, chosen), Rows.COMPACT);
        }
        return new Fit(chosen, Rows.COMPACT);
    }

    /** How many runs, from the top, are whole in {@code deviceHeight} drawn as {@code fit} says (unscrolled). */
    public static int wholeRuns(Fit fit, double deviceHeight, List<TimelineRun> runs) {
        double room = deviceHeight / fit.scale() - TimelineLayout.RULER_H;
        int whole = 0;
        for (TimelineRun r : runs) {
            room -= fit.rows().panel(r.rows()) - fit.rows().gap();
            if (room < -1e-9) break;
            room -= fit.rows().gap();
            whole++;
        }
        return whole;
    }

    private static boolean fits(double scale, Rows rows, double deviceHeight, List<TimelineRun> runs) {
        return (TimelineLayout.RULER_H + TimelineLayout.contentHeight(runs, rows)) * scale <= deviceHeight;
    }
}
