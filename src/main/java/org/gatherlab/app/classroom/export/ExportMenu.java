package org.gatherlab.app.classroom.export;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.ScenarioReport;

/**
 * The Export button: timeline as PNG (1×, 2×) or SVG, report as JSON or CSV, and Copy picture. It asks for a file
 * (a {@link FileChooser}, or the chooser given to {@link #setPathChooser}), snapshots the timeline on the FX thread
 * for PNG, and hands the writing to the {@link ExportModel}.
 *
 * <pre>{@code
 * ExportMenu export = new ExportMenu(exportModel, messages, () -> timelineCanvas, () -> currentScenarioReport);
 * statusBar.textProperty().bind(exportModel.statusProperty());
 * }</pre>
 */
public final class ExportMenu extends MenuButton {

    /** Picks a file to write: the owner window, the format, a suggested name; null when cancelled. */
    @FunctionalInterface
    public interface PathChooser {
        Path choose(Window owner, Exporter.Format format, String suggestedName);
    }

    private final ExportModel model;
    private final Messages messages;
    private final Supplier<Node> timeline;
    private final Supplier<ScenarioReport> report;
    private final Map<Exporter.Format, MenuItem> items = new EnumMap<>(Exporter.Format.class);
    private final MenuItem copy = new MenuItem();
    private PathChooser chooser = ExportMenu::chooseFile;

    /**
     * @param timeline the node to picture (the lead passes the timeline); null while there is none
     * @param report   the report to export (SVG, JSON, CSV); null while there is none
     */
    public ExportMenu(ExportModel model, Messages messages, Supplier<Node> timeline, Supplier<ScenarioReport> report) {
        this.model = Objects.requireNonNull(model);
        this.messages = Objects.requireNonNull(messages);
        this.timeline = Objects.requireNonNull(timeline);
        this.report = Objects.requireNonNull(report);
        createView();
        initListeners();
        reword();
    }

    public void setPathChooser(PathChooser chooser) { this.chooser = Objects.requireNonNull(chooser); }

    // ---------------------------------------------------------------------------------------------- commands

    /** Asks for a file and exports to it (the menu items call this). */
    public void export(Exporter.Format format) {
        ScenarioReport r = report.get();
        if (r == null) return;
        Path file = chooser.choose(getScene() == null ? null : getScene().getWindow(), format,
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

    private void createView() {
        getStyleClass().add("export-menu");
        getStylesheets().add(ClassroomStyles.url());
        setId("export-menu");
        setMnemonicParsing(false);
        for (Exporter.Format f : Exporter.Format.values()) {
            MenuItem item = new MenuItem();
            item.setId("export-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> export(f));
            items.put(f, item);
        }
        copy.setId("export-copy");
        copy.setOnAction(e -> copyPicture());
        getItems().addAll(items.get(Exporter.Format.PNG), items.get(Exporter.Format.PNG_2X), items.get(Exporter.Format.SVG),
                new SeparatorMenuItem(), items.get(Exporter.Format.JSON), items.get(Exporter.Format.CSV),
                new SeparatorMenuItem(), copy);
    }

    private void initListeners() {
        messages.localeProperty().addListener((obs, was, now) -> reword());
        // The menu is rebuilt as it opens, so it never offers what is not there.
        setOnShowing(e -> {
            boolean hasPicture = timeline.get() != null;
            boolean hasReport = report.get() != null;
            items.get(Exporter.Format.PNG).setDisable(!hasPicture);
            items.get(Exporter.Format.PNG_2X).setDisable(!hasPicture);
            copy.setDisable(!hasPicture);
            items.get(Exporter.Format.SVG).setDisable(!hasReport);
            items.get(Exporter.Format.JSON).setDisable(!hasReport);
            items.get(Exporter.Format.CSV).setDisable(!hasReport);
        });
    }

    private void reword() {
        Words m = messages.words();
        setText(m.text("export.button"));
        setAccessibleText(m.text("export.accessible"));
        for (var e : items.entrySet()) e.getValue().setText(m.text("export." + e.getKey().name().toLowerCase(java.util.Locale.ROOT)));
        copy.setText(m.text("export.copy"));
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
