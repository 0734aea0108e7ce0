package org.gatherlab.app.editor;

import atlantafx.base.controls.CustomTextField;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.Strategy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * The selected run's options ({@code editor/run-options.fxml}), in the scenario file's own names. An option the
 * strategy does not have is disabled (and the model sets it back to its default when the strategy changes), never
 * kept and silently ignored.
 */
final class RunOptionsPane extends UiPart<GridPane> {
    @FXML private Label strategyLabel;
    @FXML private ChoiceBox<Strategy> strategyChoice;
    @FXML private Label returnExceptionsLabel;
    @FXML private CheckBox returnExceptionsCheck;
    @FXML private Label returnWhenLabel;
    @FXML private ChoiceBox<ReturnWhen> returnWhenChoice;
    @FXML private Label onExitLabel;
    @FXML private ChoiceBox<OnExit> onExitChoice;
    @FXML private Label timeoutLabel;
    @FXML private CustomTextField timeoutField;
    @FXML private Label cancelAtLabel;
    @FXML private CustomTextField cancelAtField;
    @FXML private Label limitLabel;
    @FXML private CustomTextField limitField;
    @FXML private Label cpuLabel;
    @FXML private ChoiceBox<CpuMode> cpuChoice;
    @FXML private Label workersLabel;
    @FXML private CustomTextField workersField;
    @FXML private Label threadsLabel;
    @FXML private ChoiceBox<JavaThreads> threadsChoice;
    @FXML private Label coresLabel;
    @FXML private CustomTextField coresField;
    @FXML private Label joinerLabel;
    @FXML private ChoiceBox<ScopeJoiner> joinerChoice;

    private final ScenarioEditorModel model;
    private final Messages messages;
    /** The index of the run the list has selected (-1: none). */
    private final IntSupplier selected;
    private final Map<RunField, ProblemField> textFields = new EnumMap<>(RunField.class);
    private final Map<Label, RunField> labels = new LinkedHashMap<>();
    private final Map<RunField, Node> controls = new EnumMap<>(RunField.class);
    /** The run a text field is being edited for: taken when it gains the focus, so a commit on leaving it goes there. */
    private int fieldRun = -1;
    private boolean updating;

    RunOptionsPane(ScenarioEditorModel model, Messages messages, IntSupplier selected) {
        super("editor/run-options.fxml", messages);
        this.model = model;
        this.messages = messages;
        this.selected = selected;
        createView();
        initListeners();
    }

    /** Puts the focus on one option of the selected run. */
    void focus(RunField field) { controls.get(field).requestFocus(); }

    private void createView() {
        choices(strategyChoice, Strategy.values(), Strategy::json);
        choices(returnWhenChoice, ReturnWhen.values(), ReturnWhen::name);
        choices(onExitChoice, OnExit.values(), OnExit::json);
        choices(cpuChoice, CpuMode.values(), CpuMode::json);
        choices(threadsChoice, JavaThreads.values(), JavaThreads::json);
        choices(joinerChoice, ScopeJoiner.values(), ScopeJoiner::json);
        label(strategyLabel, strategyChoice, RunField.STRATEGY);
        label(returnExceptionsLabel, returnExceptionsCheck, RunField.RETURN_EXCEPTIONS);
        label(returnWhenLabel, returnWhenChoice, RunField.RETURN_WHEN);
        label(onExitLabel, onExitChoice, RunField.ON_EXIT);
        label(timeoutLabel, timeoutField, RunField.TIMEOUT_MS);
        label(cancelAtLabel, cancelAtField, RunField.CANCEL_AT_MS);
        label(limitLabel, limitField, RunField.LIMIT);
        label(cpuLabel, cpuChoice, RunField.CPU);
        label(workersLabel, workersField, RunField.WORKERS);
        label(threadsLabel, threadsChoice, RunField.THREADS);
        label(coresLabel, coresField, RunField.CORES);
        label(joinerLabel, joinerChoice, RunField.JOINER);
        textFields.put(RunField.TIMEOUT_MS, text(timeoutField, RunField.TIMEOUT_MS));
        textFields.put(RunField.CANCEL_AT_MS, text(cancelAtField, RunField.CANCEL_AT_MS));
        textFields.put(RunField.LIMIT, text(limitField, RunField.LIMIT));
        textFields.put(RunField.WORKERS, text(workersField, RunField.WORKERS));
        textFields.put(RunField.CORES, text(coresField, RunField.CORES));
        applyWords();
    }

    /** Each option's help, on its label's tooltip and as its control's accessible help. */
    void applyWords() {
        Words w = messages.words();
        for (var e : labels.entrySet()) {
            e.getKey().setTooltip(new Tooltip(e.getValue().help(w)));
            e.getKey().getLabelFor().setAccessibleHelp(e.getValue().help(w));
        }
    }

    private ProblemField text(CustomTextField field, RunField runField) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (now) fieldRun = selected.getAsInt();
        });
        return new ProblemField(field, runField.json(), messages,
                t -> model.editRun(field.isFocused() || fieldRun < 0 ? selected.getAsInt() : fieldRun, runField, t));
    }

    private void label(Label label, Node control, RunField field) {
        label.setLabelFor(control);
        control.setAccessibleText(field.json());
        labels.put(label, field);
        controls.put(field, control);
    }

    private static <E extends Enum<E>> void choices(ChoiceBox<E> box, E[] values, Function<E, String> spelling) {
        box.setItems(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) { return e == null ? "" : spelling.apply(e); }

            @Override
            public E fromString(String s) { throw new UnsupportedOperationException(); }
        });
    }

    private void initListeners() {
        onPick(strategyChoice, model::setStrategy);
        onPick(returnWhenChoice, model::setReturnWhen);
        onPick(onExitChoice, model::setOnExit);
        onPick(cpuChoice, model::setCpu);
        onPick(threadsChoice, model::setThreads);
        onPick(joinerChoice, model::setJoiner);
        returnExceptionsCheck.selectedProperty().addListener((obs, old, now) -> {
            if (!updating) model.setReturnExceptions(selected.getAsInt(), now);
        });
    }

    private interface RunEdit<E> { void apply(int run, E value); }

    /** A choice the user makes edits the selected run; one that {@link #show} puts in does not. */
    private <E> void onPick(ChoiceBox<E> box, RunEdit<E> edit) {
        box.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) edit.apply(selected.getAsInt(), now);
        });
    }

    /**
     * Puts a run's options into the form, enabling only those its strategy has; {@code replaced}: the scenario was
     * replaced, so what was typed into the old one's fields goes.
     */
    void show(RunRow row, boolean replaced) {
        RunRow.State s = row.state();
        RunSpec run = s.run();
        updating = true;
        try {
            strategyChoice.setValue(run.strategy());
            returnExceptionsCheck.setSelected(run.returnExceptions());
            returnWhenChoice.setValue(run.returnWhen());
            onExitChoice.setValue(run.onExit());
            cpuChoice.setValue(run.cpu());
            threadsChoice.setValue(run.threads());
            joinerChoice.setValue(run.joiner());
            for (var e : textFields.entrySet()) e.getValue().show(s.text(e.getKey()), s.problem(e.getKey()), e.getKey().help(messages.words()), replaced);
        } finally {
            updating = false;
        }
        for (var e : labels.entrySet()) {
            if (e.getValue() != RunField.STRATEGY) enable(e.getKey(), e.getKey().getLabelFor(), e.getValue().appliesTo(run));
        }
    }

    private static void enable(Label label, Node control, boolean applies) {
        label.setDisable(!applies);
        control.setDisable(!applies);
    }
}
