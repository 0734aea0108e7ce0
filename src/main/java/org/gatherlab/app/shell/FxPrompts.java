package org.gatherlab.app.shell;

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

import org.gatherlab.app.fx.Dialogs;
import org.gatherlab.app.fx.Messages;

/** {@link Prompts} answered with the toolkit's dialogs and file choosers, owned by the main window. */
public final class FxPrompts implements Prompts {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxPrompts(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** The toolkit's own {@code ButtonType.OK}/{@code CANCEL} are worded in the JVM's language, not the app's. */
    private ButtonType button(String key, ButtonBar.ButtonData data) { return new ButtonType(messages.text(key), data); }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = button("prompt.save", ButtonBar.ButtonData.YES);
        ButtonType discard = button("prompt.dontSave", ButtonBar.ButtonData.NO);
        ButtonType cancel = button("dialog.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.text("prompt.unsaved.title"),
                messages.format("prompt.unsaved.header", documentName), messages.text("prompt.unsaved.text"), save, discard, cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) return SaveChoice.CANCEL;
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        FileChooser chooser = chooser(messages.text("prompt.open.title"), initialDirectory);
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser(messages.text("prompt.saveAs.title"), initialDirectory);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** The details go in a read-only text area: every problem on its own line, selectable and copyable. */
    @Override
    public void showProblems(String title, String header, List<String> lines) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header, null, button("dialog.ok", ButtonBar.ButtonData.OK_DONE));
        TextArea details = new TextArea(String.join("\n", lines));
        details.setEditable(false);
        details.setWrapText(false);
        details.getStyleClass().add("problem-details");
        details.setAccessibleText(title + ": " + String.join("; ", lines));
        details.setPrefRowCount(Math.min(12, Math.max(3, lines.size() + 1)));
        int longest = lines.stream().mapToInt(String::length).max().orElse(40);
        details.setPrefColumnCount(Math.max(60, Math.min(130, longest + 2)));
        Label intro = new Label(messages.count("prompt.problems.intro", lines.size()));
        intro.setLabelFor(details);
        VBox box = new VBox(6, intro, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        alert.getDialogPane().setContent(box);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public boolean askRecover(String header, String details) {
        ButtonType recover = button("prompt.recover", ButtonBar.ButtonData.YES);
        ButtonType discard = button("prompt.discard", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.text("prompt.recover.title"), header, details, recover, discard);
        return alert.showAndWait().map(b -> b == recover).orElse(false);
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content == null ? "" : content, buttons);
        Dialogs.prepare(alert, owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }

    private FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.text("prompt.filter.scenarios"), "*.gather.json"),
                new FileChooser.ExtensionFilter(messages.text("prompt.filter.json"), "*.json"),
                new FileChooser.ExtensionFilter(messages.text("prompt.filter.all"), "*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) chooser.setInitialDirectory(initialDirectory.toFile());
        return chooser;
    }
}
