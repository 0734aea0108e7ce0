package org.gatherlab.app.shell;

import java.nio.file.Path;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;

/**
 * The main window's status bar: the file (with an unsaved marker), the latest message (from the document, the editor
 * and the runs), and the scenario's check (a glyph and a pseudo-class per state, never colour alone). One tab stop
 * reads all three.
 */
final class StatusLine {
    private static final PseudoClass DIRTY = PseudoClass.getPseudoClass("dirty");
    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass PROBLEMS = PseudoClass.getPseudoClass("problems");
    private static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");

    private final StatusBar bar;
    private final DocumentModel documents;
    private final ScenarioEditorModel editor;
    private final Messages messages;
    private final Label fileLabel = new Label();
    private final Label validationLabel = new Label();
    private final FontIcon validationIcon = Icons.icon(Icons.OK);
    private final FontIcon fileIcon = Icons.icon(Icons.UNSAVED);

    StatusLine(StatusBar bar, DocumentModel documents, ScenarioEditorModel editor, Messages messages) {
        this.bar = bar;
        this.documents = documents;
        this.editor = editor;
        this.messages = messages;
        fileLabel.getStyleClass().add("status-file");
        validationLabel.getStyleClass().add("status-validation");
        validationLabel.setGraphic(validationIcon);
        bar.getLeftItems().setAll(fileLabel);
        bar.getRightItems().setAll(validationLabel);
        bar.setText(messages.text("status.ready"));
        // A tab stop that reads out all three parts: file, the latest message, the check.
        bar.accessibleTextProperty().bind(Bindings.concat(fileLabel.textProperty(), " · ", bar.textProperty(), " · ",
                validationLabel.textProperty()));
        initListeners();
    }

    /** The latest message, in the middle. */
    void say(String message) { bar.setText(message); }

    private void initListeners() {
        InvalidationListener fileShown = o -> showFile();
        documents.displayNameProperty().addListener(fileShown);
        documents.dirtyProperty().addListener(fileShown);
        showFile();
        InvalidationListener validationShown = o -> showValidation();
        editor.problemSummaryProperty().addListener(validationShown);
        editor.checkingProperty().addListener(validationShown);
        showValidation();
        documents.messageProperty().addListener((o, a, b) -> say(b));
        editor.messageProperty().addListener((o, a, b) -> say(b));
        bar.progressProperty().bind(Bindings.when(documents.busyProperty().or(editor.generatingProperty())).then(-1.0).otherwise(0.0));
    }

    void showFile() {
        boolean dirty = documents.dirtyProperty().get();
        String name = documents.displayNameProperty().get();
        fileLabel.setText(dirty ? messages.format("status.file.unsaved", name) : name);
        fileLabel.setGraphic(dirty ? fileIcon : null);
        fileLabel.pseudoClassStateChanged(DIRTY, dirty);
        Path file = documents.file();
        String where = file == null ? messages.text("status.file.notSaved") : file.toAbsolutePath().toString();
        fileLabel.setTooltip(new Tooltip(where));
        fileLabel.setAccessibleText(messages.format(dirty ? "status.file.accessible.unsaved" : "status.file.accessible", name, where));
    }

    private void showValidation() {
        boolean checking = editor.checkingProperty().get();
        boolean problems = !checking && !editor.problems().isEmpty();
        validationLabel.setText(editor.problemSummaryProperty().get());
        validationLabel.setAccessibleText(messages.format("status.validation.accessible", editor.problemSummaryProperty().get()));
        validationIcon.setIconLiteral(checking ? Icons.CHECKING : problems ? Icons.PROBLEM : Icons.OK);
        validationLabel.pseudoClassStateChanged(CHECKING, checking);
        validationLabel.pseudoClassStateChanged(PROBLEMS, problems);
        validationLabel.pseudoClassStateChanged(OK, !checking && !problems);
        validationLabel.setMaxWidth(520);
    }
}
