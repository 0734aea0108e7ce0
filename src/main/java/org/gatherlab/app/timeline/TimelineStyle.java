package org.gatherlab.app.timeline;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.gatherlab.report.LaneState;

/**
 * The resolved look of the timeline: colours (from CSS, see {@code timeline.css}) and, for every lane
 * state, a tile pattern over its colour, so that no state is told by colour alone:
 * computing is hatched ╱, a pool job ╲, awaiting I/O has a line through it, waiting for a permit is
 * dashed, a queued job is cross-hatched, ready is dotted. The pattern ink is light on dark colours and
 * dark on light ones. Tiles are anchored to the canvas, so neighbouring bars' hatching lines up.
 */
public record TimelineStyle(Color ready, Color computing, Color sleeping, Color permit, Color jobQueued, Color jobRunning,
                            Color succeeded, Color failed, Color cancelled,
                            Color background, Color gutter, Color text, Color textMuted, Color grid, Color border,
                            Color guide, Color caller, Color playhead, Color highlight, Color hover, Color late, Color live,
                            Font font, Map<LaneState, Paint> patterns) {

    /** Okabe & Ito's colour-blind-safe palette. */
    public static final Color ORANGE = Color.web("#E69F00"), SKY_BLUE = Color.web("#56B4E9"), BLUISH_GREEN = Color.web("#009E73"),
            YELLOW = Color.web("#F0E442"), BLUE = Color.web("#0072B2"), VERMILLION = Color.web("#D55E00"),
            REDDISH_PURPLE = Color.web("#CC79A7"), GREY = Color.web("#999999");

    private static final int TILE = 8;

    public TimelineStyle {
        patterns = patterns(Map.of(LaneState.READY, ready, LaneState.COMPUTING, computing, LaneState.SLEEPING, sleeping,
                LaneState.PERMIT, permit, LaneState.JOB_QUEUED, jobQueued, LaneState.JOB_RUNNING, jobRunning));
    }

    /** The light look without a stylesheet (benchmarks, the first frame before CSS applies). */
    public static TimelineStyle defaults() {
        return new TimelineStyle(YELLOW, VERMILLION, SKY_BLUE, REDDISH_PURPLE, ORANGE, BLUE, BLUISH_GREEN, VERMILLION, GREY,
                Color.WHITE, Color.web("#F6F8FA"), Color.web("#1F2328"), Color.web("#636C76"), Color.web("#D8DEE4"),
                Color.web("#D0D7DE"), REDDISH_PURPLE.darker(), Color.web("#1F2328"), Color.web("#0969DA"),
                Color.web("#DDF4FF"), Color.web("#F3F4F6"), VERMILLION, Color.web("#CF222E"), Font.font(12), null);
    }

    public Paint pattern(LaneState state) { return patterns.get(state); }

    public Color colour(LaneState state) {
        return switch (state) {
            case READY -> ready;
            case COMPUTING -> computing;
            case SLEEPING -> sleeping;
            case PERMIT -> permit;
            case JOB_QUEUED -> jobQueued;
            case JOB_RUNNING -> jobRunning;
        };
    }

    public Font bold() { return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()); }

    public Font small() { return Font.font(font.getFamily(), Math.max(8, font.getSize() - 1)); }

    /**
     * The cancelled end's ring and slash, a graphic (WCAG 1.4.11: at least 3:1 on its ground, here the timeline's): the
     * palette's grey darkened on a light ground (#6B6B6B, 5.3:1 on white), as it is on a dark one (#999999, 6.6:1 on the
     * dark theme's ground), where darkened it was dark grey on dark.
     */
    public Color cancelMark() {
        return relativeLuminance(background) > 0.2 ? cancelled.darker() : cancelled;
    }

    /** Light or dark, whichever reads on {@code c}. */
    public static Color ink(Color c) {
        return luminance(c) < 0.45 ? Color.WHITE : Color.BLACK;
    }

    /**
     * Black or white, whichever has the higher WCAG 2.1 contrast on {@code c}: for text on a filled plate. {@link #ink}'s
     * quick rule is fine for hatching but puts white on the palette's vermillion (3.9:1, where black is 5.4:1).
     */
    public static Color textOn(Color c) {
        double l = relativeLuminance(c);
        return (1.05) / (l + 0.05) >= (l + 0.05) / 0.05 ? Color.WHITE : Color.BLACK;
    }

    /** WCAG 2.1's relative luminance (linear light), of an opaque colour. */
    public static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    public static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private static Map<LaneState, Paint> patterns(Map<LaneState, Color> colours) {
        Map<LaneState, Paint> out = new EnumMap<>(LaneState.class);
        colours.forEach((state, colour) -> out.put(state, tile(state, colour)));
        return out;
    }

    /** One 8×8 tile: the state's colour, with its pattern in the contrasting ink. */
    private static Paint tile(LaneState state, Color base) {
        Color ink = ink(base);
        Color mark = base.interpolate(ink, ink == Color.WHITE ? 0.55 : 0.6);
        WritableImage image = new WritableImage(TILE, TILE);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                boolean on = switch (state) {
                    case COMPUTING -> (x + y) % TILE < 2;                          // ╱ hatching
                    case JOB_RUNNING -> (x - y + TILE) % TILE < 2;                // ╲ hatching
                    case SLEEPING -> y == 4;                                      // a line through: a wire, waiting
                    case PERMIT -> x % 4 < 2 && y == 2 || (x + 2) % 4 < 2 && y == 6; // dashes
                    case JOB_QUEUED -> (x + y) % TILE == 0 || (x - y + TILE) % TILE == 0; // cross-hatch
                    case READY -> x % 4 == 1 && y % 4 == 1;                       // dots
                };
                w.setColor(x, y, on ? mark : base);
            }
        }
        return new ImagePattern(image, 0, 0, TILE, TILE, false);
    }
}
