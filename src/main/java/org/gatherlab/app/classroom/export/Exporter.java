package org.gatherlab.app.classroom.export;

import java.io.IOException;
import java.nio.file.Path;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;

import org.gatherlab.app.fx.PngEncoder;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.report.ReportCsv;
import org.gatherlab.report.ReportJson;
import org.gatherlab.report.TimelineSvg;

/**
 * Export for slides and spreadsheets: the timeline as PNG (1× or 2×) and SVG, the report as JSON and CSV, the
 * picture on the clipboard. Every file is written atomically ({@link AtomicFiles}). The SVG, JSON and CSV are exactly
 * what {@code gatherlab run --format svg|json|csv} prints. File choosers are the view's job: these take paths.
 *
 * <p>The file writers are toolkit-free and may run on any thread; {@link #snapshot}, {@link #writePng(Node, double, Path)}
 * and {@link #copyPicture} touch the scene graph and must run on the FX thread.
 */
public final class Exporter {
    private Exporter() {}

    public enum Format {
        PNG("png"), PNG_2X("png"), SVG("svg"), JSON("json"), CSV("csv");

        private final String extension;

        Format(String extension) { this.extension = extension; }

        public String extension() { return extension; }
    }

    // ---------------------------------------------------------------------------------------------- toolkit-free

    /** The timeline picture as {@code gatherlab run --format svg} draws it. */
    public static void writeSvg(ScenarioReport report, Path file) throws IOException {
        AtomicFiles.write(file, TimelineSvg.render(report));
    }

    /**
     * The report as {@code gatherlab run --format json} prints it
     * ({@code src/site/markdown/scenario-contract.md#report}).
     */
    public static void writeJson(ScenarioReport report, Path file) throws IOException {
        AtomicFiles.write(file, ReportJson.render(report));
    }

    /** The report as {@code gatherlab run --format csv} prints it: one row per task per run. */
    public static void writeCsv(ScenarioReport report, Path file) throws IOException {
        AtomicFiles.write(file, ReportCsv.render(report));
    }

    public static void writePng(PngEncoder.Pixels pixels, Path file) throws IOException {
        AtomicFiles.write(file, out -> PngEncoder.write(pixels, out));
    }

    /** A file name for an export, e.g. {@code gather-does-not-cancel-the-others-timeline@2x.png}. */
    public static String suggestedName(String scenarioName, Format format) {
        String base = scenarioName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) base = "scenario";
        if (base.length() > 48) base = base.substring(0, 48);
        return switch (format) {
            case PNG -> base + "-timeline.png";
            case PNG_2X -> base + "-timeline@2x.png";
            case SVG -> base + "-timeline.svg";
            case JSON -> base + "-report.json";
            case CSV -> base + "-report.csv";
        };
    }

    /** A failure in a few words for a status line: the exception's message, or its kind. */
    public static String reason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException n) return n.getFile() + ": " + (n.getReason() == null ? "no such file or folder" : n.getReason());
        if (e instanceof java.nio.file.AccessDeniedException a) return a.getFile() + ": permission denied";
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    // ---------------------------------------------------------------------------------------------- FX thread

    /**
     * The node as pixels, drawn at {@code scale} (1 or 2): a 640-pixel-wide node gives 1280 pixels at 2×. A
     * {@link TimelineCanvas} is painted again at that scale ({@link TimelineCanvas#redraw}) rather than snapshotted
     * through a scale transform, so its text and lines are sharp.
     */
    public static PngEncoder.Pixels snapshot(Node node, double scale) {
        WritableImage image = image(node, scale);
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new PngEncoder.Pixels(w, h, argb, (int) Math.round(96 * scale));
    }

    /** Snapshot and write in one go (on the FX thread). */
    public static PngEncoder.Pixels writePng(Node node, double scale, Path file) throws IOException {
        PngEncoder.Pixels p = snapshot(node, scale);
        writePng(p, file);
        return p;
    }

    /** Puts the picture on the system clipboard (as an image), for pasting straight into slides. */
    public static void copyPicture(Node node, double scale) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image(node, scale));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static WritableImage image(Node node, double scale) {
        // The timeline is drawn again at the scale (sharp text and lines), not magnified.
        if (node instanceof TimelineCanvas timeline) {
            WritableImage redrawn = timeline.redraw(scale);
            if (redrawn != null) return redrawn;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        Bounds b = node.getLayoutBounds();
        // Whole pixels at the given scale: the picture is exactly scale × the node's size. The viewport (in the scaled
        // space) pins it to the node's layout box: without it a child reaching outside (a focus ring, an overflowing
        // pane) would shift the picture by that much.
        int w = (int) Math.ceil(b.getWidth() * scale), h = (int) Math.ceil(b.getHeight() * scale);
        params.setViewport(new Rectangle2D(b.getMinX() * scale, b.getMinY() * scale, w, h));
        return node.snapshot(params, new WritableImage(w, h));
    }
}
