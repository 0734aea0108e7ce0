package org.gatherlab.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Prompts} answered with the toolkit's dialogs and file choosers, owned by the main window. */
public final class FxPrompts implements Prompts {
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD_RECOVERY = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private final Supplier<Window> owner;

    public FxPrompts(Supplier<Window> owner) { this.owner = owner; }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes", "Save the changes to " + documentName + "?",
                "Your changes will be lost if you don't save them.", SAVE, DISCARD, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return SaveChoice.CANCEL;
        return answer.get() == SAVE ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        FileChooser chooser = chooser("Open scenario", initialDirectory);
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser("Save scenario", initialDirectory);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** The details go in a read-only text area: every problem on its own line, selectable and copyable. */
    @Override
    public void showProblems(String title, String header, List<String> lines) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header, null, ButtonType.OK);
        TextArea details = new TextArea(String.join("\n", lines));
        details.setEditable(false);
        details.setWrapText(false);
        details.getStyleClass().add("problem-details");
        details.setAccessibleText(title + ": " + String.join("; ", lines));
        details.setPrefRowCount(Math.min(12, Math.max(3, lines.size() + 1)));
        int longest = lines.stream().mapToInt(String::length).max().orElse(40);
        details.setPrefColumnCount(Math.max(60, Math.min(130, longest + 2)));
        Label intro = new Label(lines.size() == 1 ? "Problem:" : lines.size() + " problems, one per line:");
        VBox box = new VBox(6, intro, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        alert.getDialogPane().setContent(box);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public boolean askRecover(String header, String details) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work", header, details, RECOVER, DISCARD_RECOVERY);
        return alert.showAndWait().map(b -> b == RECOVER).orElse(false);
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content == null ? "" : content, buttons);
        Dialogs.prepare(alert, owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("GatherLab scenarios (*.gather.json)", "*.gather.json"),
                new FileChooser.ExtensionFilter("JSON files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) chooser.setInitialDirectory(initialDirectory.toFile());
        return chooser;
    }
}
