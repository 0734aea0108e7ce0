package org.gatherlab.app.classroom.code;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;
import org.gatherlab.verify.ReportComparison;

/**
 * Verify with real Python, shown ({@code classroom/code/verify.fxml}): the verdict (with the CPython version), and a
 * grid of field → engine value | CPython value; a differing field has the {@code :differs} pseudo-class and a ≠ glyph
 * (equal ones an = glyph), so the difference never rests on colour alone. Where python3 is missing, how to get it.
 */
public final class VerifyView extends UiPart<VBox> {
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    private static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final VerifyModel model;
    private final Messages messages;

    @FXML private Label heading;
    @FXML private Label version;
    @FXML private ProgressIndicator progress;
    @FXML private Label message;
    @FXML private Label detail;
    @FXML private ScrollPane gridScroll;
    @FXML private GridPane grid;

    public VerifyView(VerifyModel model, Messages messages) {
        super("classroom/code/verify.fxml");
        this.model = model;
        this.messages = messages;
        ClassroomStyles.style(getRoot(), "verify-view");
        initListeners();
        rebuild();
        showState();
    }

    public GridPane grid() { return grid; }

    private void initListeners() {
        messages.localeProperty().addListener((obs, was, now) -> rebuild());
        heading.textProperty().bind(model.headingProperty());
        message.textProperty().bind(model.messageProperty());
        detail.textProperty().bind(model.detailProperty());
        version.textProperty().bind(model.pythonVersionProperty());
        model.stateProperty().addListener((obs, was, now) -> showState());
        model.messageProperty().addListener((obs, was, now) -> showState());
        model.detailProperty().addListener((obs, was, now) -> showState());
        model.rows().addListener((ListChangeListener<ReportComparison.Row>) c -> rebuild());
    }

    private void showState() {
        VerifyModel.State s = model.state();
        progress.setVisible(s == VerifyModel.State.RUNNING);
        progress.setManaged(s == VerifyModel.State.RUNNING);
        boolean problem = s == VerifyModel.State.NO_PYTHON || s == VerifyModel.State.NO_JDK || s == VerifyModel.State.TOO_OLD || s == VerifyModel.State.FAILED;
        VBox root = getRoot();
        root.pseudoClassStateChanged(PROBLEM, problem);
        root.pseudoClassStateChanged(MATCH, s == VerifyModel.State.MATCH);
        root.pseudoClassStateChanged(DIFFERS, s == VerifyModel.State.DIFFERS);
        boolean hasDetail = !model.detailProperty().get().isEmpty();
        detail.setVisible(hasDetail);
        detail.setManaged(hasDetail);
        boolean rows = !model.rows().isEmpty();
        gridScroll.setVisible(rows);
        gridScroll.setManaged(rows);
        String glyph = switch (s) {
            case MATCH -> "✓ ";
            case DIFFERS -> "≠ ";
            case NO_PYTHON, NO_JDK, TOO_OLD, FAILED -> "⚠ ";
            default -> "";
        };
        message.setAccessibleText(glyph + model.messageProperty().get());
        message.setGraphic(glyph.isEmpty() ? null : glyphLabel(glyph.strip(), s));
    }

    private static Label glyphLabel(String glyph, VerifyModel.State s) {
        Label l = new Label(glyph);
        l.getStyleClass().addAll("verify-glyph", "verify-glyph-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return l;
    }

    private void rebuild() {
        Words m = messages.words();
        grid.getChildren().clear();
        grid.add(header(""), 0, 0);
        grid.add(header(m.text("verify.col.field")), 1, 0);
        grid.add(header(m.text("verify.col.engine")), 2, 0);
        grid.add(header(m.text(VerifyModel.keyFor(model.family(), "verify.col.cpython", "verify.java.col.jdk"))), 3, 0);
        int row = 1;
        for (ReportComparison.Row r : model.rows()) {
            Label mark = cell(r.differs() ? "≠" : "=", "verify-mark", r.differs());
            Label field = cell(r.field(), "verify-field", r.differs());
            field.setWrapText(false);
            field.setMinWidth(Region.USE_PREF_SIZE);
            Label engine = cell(r.engine(), "verify-value", r.differs());
            Label cpython = cell(r.cpython(), "verify-value", r.differs());
            // Short values never wrap ("gather" split over two lines reads badly); long ones (lists) do.
            for (Label v : new Label[] {engine, cpython}) if (v.getText().length() <= 16) v.setMinWidth(Region.USE_PREF_SIZE);
            String said = m.format(r.differs() ? VerifyModel.keyFor(model.family(), "verify.row.differs", "verify.java.row.differs")
                    : VerifyModel.keyFor(model.family(), "verify.row.same", "verify.java.row.same"), r.field(), r.engine(), r.cpython());
            for (Label l : new Label[] {mark, field, engine, cpython}) l.setAccessibleText(said);
            grid.addRow(row++, mark, field, engine, cpython);
        }
        showState();
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("verify-col-header");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label cell(String text, String styleClass, boolean differs) {
        Label l = new Label(text);
        l.getStyleClass().addAll("verify-cell", styleClass);
        l.pseudoClassStateChanged(DIFFERS, differs);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }
}
