package org.gatherlab.app.classroom.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.engine.ScenarioReport;

/**
 * The Export button ({@code classroom/export/export-menu.fxml}): timeline as PNG (1×, 2×) or SVG, report as JSON or CSV, and Copy picture. It asks for a file
 * (a {@link FileChooser}, or the chooser given to {@link #setPathChooser}), snapshots the timeline on the FX thread
 * for PNG, and hands the writing to the {@link ExportModel}.
 *
 * <pre>{@code
 * ExportMenu export = new ExportMenu(exportModel, messages, () -> timelineCanvas, () -> currentScenarioReport);
 * statusBar.textProperty().bind(exportModel.statusProperty());
 * }</pre>
 */
public final class ExportMenu extends UiPart<MenuButton> {

    /** Picks a file to write: the owner window, the format, a suggested name; null when cancelled. */
    @FunctionalInterface
    public interface PathChooser {
        Path choose(Window owner, Exporter.Format format, String suggestedName);
    }

    private final ExportModel model;
    private final Supplier<Node> timeline;
    private final Supplier<ScenarioReport> report;
    private PathChooser chooser = ExportMenu::chooseFile;

    @FXML private MenuItem png;
    @FXML private MenuItem png2x;
    @FXML private MenuItem svg;
    @FXML private MenuItem json;
    @FXML private MenuItem csv;
    @FXML private MenuItem copy;

    /**
     * @param timeline the node to picture (the lead passes the timeline); null while there is none
     * @param report   the report to export (SVG, JSON, CSV); null while there is none
     */
    public ExportMenu(ExportModel model, Messages messages, Supplier<Node> timeline, Supplier<ScenarioReport> report) {
        super("classroom/export/export-menu.fxml", Objects.requireNonNull(messages));
        this.model = Objects.requireNonNull(model);
        this.timeline = Objects.requireNonNull(timeline);
        this.report = Objects.requireNonNull(report);
        getRoot().getStylesheets().add(ClassroomStyles.url());
    }

    public void setPathChooser(PathChooser chooser) { this.chooser = Objects.requireNonNull(chooser); }

    // ---------------------------------------------------------------------------------------------- commands

    /** Asks for a file and exports to it (the menu items call this). */
    public void export(Exporter.Format format) {
        ScenarioReport r = report.get();
        if (r == null) return;
        Path file = chooser.choose(getRoot().getScene() == null ? null : getRoot().getScene().getWindow(), format,
                Exporter.suggestedName(r.scenario(), format));
        if (file != null) exportTo(format, file);
    }

    /** Exports to a known file, no questions asked (the FX thread snapshots for PNG). */
    public void exportTo(Exporter.Format format, Path file) {
        ScenarioReport r = report.get();
        switch (format) {
            case PNG, PNG_2X -> {
                Node node = timeline.get();
                if (node == null) return;
                try {
                    model.exportPng(Exporter.snapshot(node, format == Exporter.Format.PNG_2X ? 2 : 1), file);
                } catch (RuntimeException e) {
                    model.failed(e);
                }
            }
            default -> {
                if (r != null) model.export(format, r, file);
            }
        }
    }

    @FXML
    public void copyPicture() {
        Node node = timeline.get();
        if (node == null) return;
        try {
            Exporter.copyPicture(node, 2);
            model.copied((int) Math.ceil(node.getLayoutBounds().getWidth() * 2), (int) Math.ceil(node.getLayoutBounds().getHeight() * 2));
        } catch (RuntimeException e) {
            model.failed(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- view

    @FXML private void exportPng() { export(Exporter.Format.PNG); }

    @FXML private void exportPng2x() { export(Exporter.Format.PNG_2X); }

    @FXML private void exportSvg() { export(Exporter.Format.SVG); }

    @FXML private void exportJson() { export(Exporter.Format.JSON); }

    @FXML private void exportCsv() { export(Exporter.Format.CSV); }

    /** The menu is checked as it opens, so it never offers what is not there. */
    @FXML private void offerWhatIsThere() {
        boolean hasPicture = timeline.get() != null;
        boolean hasReport = report.get() != null;
        for (MenuItem picture : new MenuItem[] {png, png2x, copy}) picture.setDisable(!hasPicture);
        for (MenuItem data : new MenuItem[] {svg, json, csv}) data.setDisable(!hasReport);
    }

    private static Path chooseFile(Window owner, Exporter.Format format, String suggested) {
        FileChooser c = new FileChooser();
        c.setInitialFileName(suggested);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.extension().toUpperCase(java.util.Locale.ROOT),
                "*." + format.extension()));
        File f = c.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }
}
