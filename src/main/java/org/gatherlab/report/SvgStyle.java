package org.gatherlab.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.gatherlab.engine.TaskState;

/**
 * How the SVG timeline looks: Okabe-Ito colours, and for every state a hatching or a glyph as well, so
 * the picture still reads in grey or to a colour-blind eye.
 */
final class SvgStyle {
    private SvgStyle() {}

    static final String BLACK = "#000000", ORANGE = "#E69F00", SKY_BLUE = "#56B4E9", GREEN = "#009E73",
            YELLOW = "#F0E442", BLUE = "#0072B2", VERMILLION = "#D55E00", PURPLE = "#CC79A7", GREY = "#999999";

    static String patternId(LaneState s) {
        return "st-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The {@code <defs>} every picture starts with: one hatched pattern per lane state. */
    static String defs() {
        StringBuilder d = new StringBuilder("<defs>\n");
        for (LaneState s : LaneState.values()) {
            String body = switch (s) {
                case COMPUTING -> stripes(VERMILLION);
                case SLEEPING -> bg(SKY_BLUE) + "<line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" stroke=\"#1F4E66\" stroke-width=\"1\"/>";
                case READY -> bg(YELLOW) + "<circle cx=\"3\" cy=\"3\" r=\"1\" fill=\"" + BLACK + "\"/>";
                case PERMIT -> stripes(PURPLE);
                case JOB_QUEUED -> bg(ORANGE) + "<path d=\"M0 0L6 6M6 0L0 6\" stroke=\"" + BLACK + "\" stroke-width=\"0.8\"/>";
                case JOB_RUNNING -> stripes(BLUE);
            };
            d.append("<pattern id=\"").append(patternId(s)).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                    .append(rotation(s)).append('>').append(body).append("</pattern>\n");
        }
        return d.append("</defs>\n").toString();
    }

    private static String rotation(LaneState s) {
        return switch (s) {
            case COMPUTING -> " patternTransform=\"rotate(45)\"";
            case JOB_RUNNING -> " patternTransform=\"rotate(-45)\"";
            default -> "";
        };
    }

    private static String bg(String colour) {
        return "<rect width=\"6\" height=\"6\" fill=\"" + colour + "\"/>";
    }

    /** Vertical stripes; {@link #rotation} turns them for the diagonal states. */
    private static String stripes(String colour) {
        return bg(colour) + "<rect x=\"0\" y=\"0\" width=\"2\" height=\"6\" fill=\"#FFFFFF\" fill-opacity=\"0.7\"/>";
    }

    /** The end-of-life glyph centred at (x, y): a ticked circle, a triangle with "!", a cross. */
    static String endGlyph(TaskState end, double x, double y) {
        return switch (end) {
            case SUCCEEDED -> "<circle cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"5\" fill=\"" + GREEN + "\" stroke=\"" + BLACK + "\" stroke-width=\"0.6\"/>"
                    + "<path d=\"M" + n(x - 2.6) + ' ' + n(y) + "l2 2l3.4-4\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"/>";
            case FAILED -> "<path d=\"M" + n(x) + ' ' + n(y - 6) + "l6 11h-12z\" fill=\"" + VERMILLION + "\" stroke=\"" + BLACK + "\" stroke-width=\"0.6\"/>"
                    + "<path d=\"M" + n(x) + ' ' + n(y - 2.5) + "v4M" + n(x) + ' ' + n(y + 2.5) + "v1.3\" stroke=\"#FFFFFF\" stroke-width=\"1.4\"/>";
            case CANCELLED -> "<rect x=\"" + n(x - 5) + "\" y=\"" + n(y - 5) + "\" width=\"10\" height=\"10\" fill=\"#FFFFFF\" stroke=\"" + BLACK + "\" stroke-width=\"0.6\"/>"
                    + "<path d=\"M" + n(x - 3.5) + ' ' + n(y - 3.5) + "l7 7m0-7l-7 7\" stroke=\"" + BLACK + "\" stroke-width=\"1.6\"/>";
            case NOT_STARTED -> "";
        };
    }

    /** A small hollow downward triangle at the top of a lane: someone asked to cancel here. */
    static String cancelRequest(double x, double top) {
        return "<path d=\"M" + n(x - 3.5) + ' ' + n(top) + "h7l-3.5 5z\" fill=\"#FFFFFF\" stroke=\"" + BLACK + "\" stroke-width=\"1\"/>";
    }

    static String endLabel(TaskState end) {
        return switch (end) {
            case SUCCEEDED -> "succeeded";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
            case NOT_STARTED -> "not started";
        };
    }

    /** A coordinate with at most two decimals: small files, no visible loss. */
    static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /**
     * Text and attribute escaping: control characters shown as {@link Printable} escapes (XML 1.0 cannot
     * hold most of them, and a viewer would swallow the rest), the few non-characters left become U+FFFD.
     */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        Printable.escape(s).codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    out.appendCodePoint(legal ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
