package org.gatherlab.app.classroom.code;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;

/**
 * The code panel: the generated CPython 3.11 program for the selected run, syntax-highlighted (styled {@link Text}
 * nodes in a {@link TextFlow}, CSS classes {@code code-keyword}, {@code code-string}, ...), with line numbers, Copy,
 * Save As, and Verify with real Python (the {@link VerifyView} below the code).
 */
public final class CodePanel extends BorderPane {
    private final CodeModel model;
    private final VerifyModel verify;
    private final Messages messages;
    private BiFunction<Window, String, Path> saveChooser = CodePanel::chooseFile;

    private final Label heading = new Label();
    private final Button copy = new Button();
    private final Button save = new Button();
    private final Button runVerify = new Button();
    private final Label status = new Label();
    private final TextFlow code = new TextFlow();
    private final Text lineNumbers = new Text();
    private final ScrollPane codeScroll = new ScrollPane();
    private final VerifyView verifyView;

    public CodePanel(CodeModel model, VerifyModel verify, Messages messages) {
        this.model = model;
        this.verify = verify;
        this.messages = messages;
        this.verifyView = new VerifyView(verify, messages);
        createView();
        initListeners();
        reword();
        showProgram();
    }

    /** Replaces the Save As file chooser (tests; or the app's own remembered folder). */
    public void setSaveChooser(BiFunction<Window, String, Path> chooser) { this.saveChooser = Objects.requireNonNull(chooser); }

    /** The highlighted program (tests read its Text nodes). */
    public TextFlow codeFlow() { return code; }

    public VerifyView verifyView() { return verifyView; }

    // ---------------------------------------------------------------------------------------------- commands

    public void copyToClipboard() {
        if (!model.hasProgram()) return;
        ClipboardContent c = new ClipboardContent();
        c.putString(model.program());
        Clipboard.getSystemClipboard().setContent(c);
        model.copied();
    }

    public void saveAs() {
        if (!model.hasProgram()) return;
        Path file = saveChooser.apply(getScene() == null ? null : getScene().getWindow(), model.fileNameProperty().get());
        if (file != null) model.save(file);
    }

    public void verify() {
        if (model.scenario() != null && model.hasProgram()) verify.verify(model.scenario(), model.runIndex());
    }

    // ---------------------------------------------------------------------------------------------- view

    private void createView() {
        ClassroomStyles.style(this, "code-panel");
        heading.getStyleClass().add("code-heading");
        heading.setId("code-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        copy.setId("copy-code");
        save.setId("save-code");
        runVerify.setId("verify");
        runVerify.getStyleClass().add("accent");
        for (Button b : List.of(copy, save, runVerify)) {
            b.setMnemonicParsing(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(8, 6, copy, save, runVerify);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, heading, buttons);
        bar.getStyleClass().add("code-toolbar");

        code.getStyleClass().add("code-flow");
        lineNumbers.getStyleClass().add("code-line-numbers");
        TextFlow numbers = new TextFlow(lineNumbers);
        numbers.getStyleClass().add("code-gutter");
        HBox codeRow = new HBox(numbers, code);
        codeRow.getStyleClass().add("code-content");
        codeScroll.setContent(codeRow);
        codeScroll.getStyleClass().add("code-scroll");
        codeScroll.setId("code-scroll");
        codeScroll.setFocusTraversable(true);
        status.getStyleClass().add("code-status");
        status.setMaxWidth(Double.MAX_VALUE);
        BorderPane codeArea = new BorderPane(codeScroll);
        codeArea.setBottom(status);

        SplitPane split = new SplitPane(codeArea, verifyView);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        split.getStyleClass().add("code-split");
        setTop(bar);
        setCenter(split);
    }

    private void initListeners() {
        messages.localeProperty().addListener((obs, was, now) -> reword());
        heading.textProperty().bind(model.headingProperty());
        status.textProperty().bind(model.statusProperty());
        model.tokensProperty().addListener((obs, was, now) -> showProgram());
        model.programProperty().addListener((obs, was, now) -> showProgram());
        copy.setOnAction(e -> copyToClipboard());
        save.setOnAction(e -> saveAs());
        runVerify.setOnAction(e -> verify());
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
        codeScroll.setAccessibleText(messages.format("code.accessible", lines));
        codeScroll.setVvalue(0);
    }

    private void reword() {
        Words m = messages.words();
        copy.setText(m.text("code.copy"));
        copy.setAccessibleText(m.text("code.copy.accessible"));
        save.setText(m.text("code.save"));
        save.setAccessibleText(m.text("code.save.accessible"));
        runVerify.setText(m.text("code.verify"));
        runVerify.setAccessibleText(m.text("code.verify.accessible"));
        long lines = model.program().isEmpty() ? 0 : model.program().lines().count();
        codeScroll.setAccessibleText(m.format("code.accessible", lines));
    }

    private static Path chooseFile(Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Python", "*.py"));
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }
}
