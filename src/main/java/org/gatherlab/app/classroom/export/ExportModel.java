package org.gatherlab.app.classroom.export;

import java.nio.file.Path;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.PngEncoder;
import org.gatherlab.engine.ScenarioReport;

/**
 * Export as the user sees it: writes on the background seam (a 2× PNG of a big timeline takes a moment) and says
 * how it went in {@link #statusProperty()}; a failure is shown, never lost. The view picks the file and, for PNG,
 * takes the snapshot on the FX thread ({@link Exporter#snapshot}); this model only takes paths and pixels.
 */
public final class ExportModel {
    private final Messages messages;
    private final BackgroundWork files;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Path> lastFile = new ReadOnlyObjectWrapper<>(this, "lastFile");

    public ExportModel(Messages messages, BackgroundWork files) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.files = Objects.requireNonNull(files, "files");
    }

    // ---------------------------------------------------------------------------------------------- properties

    /** "Saved lesson-timeline@2x.png (2560 × 1400) in /home/…", or what went wrong. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Whether the last export failed (the view shows the status as an error: a pseudo-class and an icon). */
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The file last written. */
    public ReadOnlyObjectProperty<Path> lastFileProperty() { return lastFile.getReadOnlyProperty(); }

    // ---------------------------------------------------------------------------------------------- commands

    /** SVG, JSON or CSV of the report. */
    public void export(Exporter.Format format, ScenarioReport report, Path file) {
        Objects.requireNonNull(report, "report");
        run(file, "", () -> {
            switch (format) {
                case SVG -> Exporter.writeSvg(report, file);
                case JSON -> Exporter.writeJson(report, file);
                case CSV -> Exporter.writeCsv(report, file);
                default -> throw new IllegalArgumentException(format + " needs pixels: use exportPng");
            }
        });
    }

    /** A PNG of pixels the view snapshotted. */
    public void exportPng(PngEncoder.Pixels pixels, Path file) {
        Objects.requireNonNull(pixels, "pixels");
        run(file, " (" + pixels.width() + " × " + pixels.height() + ")", () -> Exporter.writePng(pixels, file));
    }

    /** For the view after it put the picture on the clipboard. */
    public void copied(int width, int height) {
        failed.set(false);
        status.set(messages.format("export.copied", width, height));
    }

    /** For the view when a snapshot or the clipboard failed. */
    public void failed(Exception e) {
        failed.set(true);
        status.set(messages.format("export.failed", Exporter.reason(e)));
    }

    private interface Write {
        void run() throws Exception;
    }

    private void run(Path file, String size, Write write) {
        busy.set(true);
        failed.set(false);
        status.set(messages.format("status.saving", file.getFileName()));
        files.submit(() -> {
            write.run();
            return file;
        }, done -> {
            busy.set(false);
            lastFile.set(done);
            status.set(messages.format("status.saved", done.getFileName() + size, done.toAbsolutePath().getParent()));
        }, e -> {
            busy.set(false);
            failed.set(true);
            status.set(messages.format("status.saveFailed", file.getFileName(), Exporter.reason(e)));
        });
    }
}
