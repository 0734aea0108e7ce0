package org.gatherlab.app.classroom.code;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;

/**
 * The code panel ({@code classroom/code/code-panel.fxml}): the generated CPython 3.11 program for the selected run,
 * syntax-highlighted (styled {@link Text} nodes in a {@link TextFlow}, CSS classes {@code code-keyword},
 * {@code code-string}, ...), with line numbers, Copy, Save As, and Verify with real Python (the {@link VerifyView}
 * below the code).
 */
public final class CodePanel extends UiPart<BorderPane> {
    private final CodeModel model;
    private final VerifyModel verify;
    private final Messages messages;
    private final VerifyView verifyView;
    private BiFunction<Window, String, Path> saveChooser = CodePanel::chooseFile;

    @FXML private Label heading;
    @FXML private Button copy;
    @FXML private Button save;
    @FXML private Button runVerify;
    @FXML private SplitPane split;
    @FXML private ScrollPane codeScroll;
    @FXML private Text lineNumbers;
    @FXML private TextFlow code;
    @FXML private Label status;

    public CodePanel(CodeModel model, VerifyModel verify, Messages messages) {
        super("classroom/code/code-panel.fxml", messages);
        this.model = model;
        this.verify = verify;
        this.messages = messages;
        this.verifyView = new VerifyView(verify, messages);
        ClassroomStyles.style(getRoot(), "code-panel");
        split.getItems().add(verifyView.getRoot());
        initListeners();
        showProgram();
    }

    /** Replaces the Save As file chooser (tests; or the app's own remembered folder). */
    public void setSaveChooser(BiFunction<Window, String, Path> chooser) { this.saveChooser = Objects.requireNonNull(chooser); }

    /** The highlighted program (tests read its Text nodes). */
    public TextFlow codeFlow() { return code; }

    public VerifyView verifyView() { return verifyView; }

    // ---------------------------------------------------------------------------------------------- commands

    @FXML
    public void copyToClipboard() {
        if (!model.hasProgram()) return;
        ClipboardContent c = new ClipboardContent();
        c.putString(model.program());
        Clipboard.getSystemClipboard().setContent(c);
        model.copied();
    }

    @FXML
    public void saveAs() {
        if (!model.hasProgram()) return;
        Path file = saveChooser.apply(getRoot().getScene() == null ? null : getRoot().getScene().getWindow(), model.fileNameProperty().get());
        if (file != null) model.save(file);
    }

    @FXML
    public void verify() {
        if (model.scenario() != null && model.hasProgram()) verify.verify(model.scenario(), model.runIndex());
    }

    // ---------------------------------------------------------------------------------------------- view

    private void initListeners() {
        messages.localeProperty().addListener((obs, was, now) -> showLineCount());
        heading.textProperty().bind(model.headingProperty());
        status.textProperty().bind(model.statusProperty());
        model.tokensProperty().addListener((obs, was, now) -> showProgram());
        model.programProperty().addListener((obs, was, now) -> showProgram());
        copy.disableProperty().bind(model.programProperty().isEmpty());
        save.disableProperty().bind(model.programProperty().isEmpty());
        runVerify.disableProperty().bind(model.programProperty().isEmpty().or(verify.runningProperty()));
    }

    private void showProgram() {
        List<PythonTokenizer.Token> tokens = model.tokensProperty().get();
        String program = model.program();
        code.getChildren().clear();
        if (!tokens.isEmpty()) {
            for (PythonTokenizer.Token t : tokens) {
                Text text = new Text(t.text());
                text.getStyleClass().addAll("code-text", t.kind().styleClass());
                code.getChildren().add(text);
            }
        } else if (!program.isEmpty()) {
            Text plain = new Text(program);
            plain.getStyleClass().add("code-text");
            code.getChildren().add(plain);
        }
        long lines = program.isEmpty() ? 0 : program.lines().count();
        StringBuilder nums = new StringBuilder();
        for (long i = 1; i <= lines; i++) nums.append(i).append(i < lines ? "\n" : "");
        lineNumbers.setText(nums.toString());
        showLineCount();
        codeScroll.setVvalue(0);
    }

    /** What a screen reader says for the code: how many lines it has. */
    private void showLineCount() {
        long lines = model.program().isEmpty() ? 0 : model.program().lines().count();
        codeScroll.setAccessibleText(messages.format("code.accessible", lines));
    }

    private static Path chooseFile(Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Python", "*.py"));
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }
}
