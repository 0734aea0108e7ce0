package org.gatherlab.app.editor;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.RangeSlider;
import org.gatherlab.app.fx.Dialogs;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.UiPart;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * "Generate tasks…": how many, durations (a RangeSlider, with exact fields beside it), failure rate, I/O:CPU mix
 * and seed. Generate stays disabled while a setting is out of range, and the message says which and why.
 */
public final class GenerateTasksDialog extends UiPart<GridPane> {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    @FXML private Label countLabel;
    @FXML private TextField countField;
    @FXML private Label durationLabel;
    @FXML private TextField minField;
    @FXML private TextField maxField;
    @FXML private RangeSlider durationRange;
    @FXML private Label failureLabel;
    @FXML private Slider failureSlider;
    @FXML private Label failureValue;
    @FXML private Label mixLabel;
    @FXML private Slider mixSlider;
    @FXML private Label mixValue;
    @FXML private Label seedLabel;
    @FXML private TextField seedField;
    @FXML private Button rerollButton;
    @FXML private Label message;

    private final LongSupplier seeds;
    private final Words words;
    private boolean syncing;
    private final javafx.beans.property.ObjectProperty<GenerateSpec> spec = new javafx.beans.property.SimpleObjectProperty<>(this, "spec");

    public GenerateTasksDialog(long seed, LongSupplier seeds, Messages messages) {
        super("editor/generate-tasks.fxml", messages);
        this.seeds = seeds;
        this.words = messages.words();
        seedField.setText(Long.toString(seed));
        createView();
        initListeners();
        validate();
    }

    /** Shows the dialog; the settings when the person pressed Generate. */
    public Optional<GenerateSpec> ask(Window owner, int currentTaskCount) {
        Dialog<GenerateSpec> dialog = Dialogs.prepare(new Dialog<>(), owner);
        dialog.setTitle(words.text("generate.title"));
        dialog.setHeaderText(words.count("generate.header", currentTaskCount));
        dialog.getDialogPane().setContent(getRoot());
        ButtonType generateType = new ButtonType(words.text("generate.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(words.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(generateType, cancelType);
        Button generate = (Button) dialog.getDialogPane().lookupButton(generateType);
        generate.setDefaultButton(true);
        generate.disableProperty().bind(spec.isNull());
        dialog.setResultConverter(button -> button == generateType ? spec.get() : null);
        dialog.setOnShown(e -> countField.requestFocus());
        return dialog.showAndWait();
    }

    /** The settings as they stand, or null while one is invalid (the message says which). */
    public GenerateSpec spec() { return spec.get(); }

    private void createView() {
        countLabel.setLabelFor(countField);
        durationLabel.setLabelFor(minField);
        failureLabel.setLabelFor(failureSlider);
        mixLabel.setLabelFor(mixSlider);
        seedLabel.setLabelFor(seedField);
        Icons.label(rerollButton, words.text("generate.reroll"));
        minField.setText(Long.toString(Math.round(durationRange.getLowValue())));
        maxField.setText(Long.toString(Math.round(durationRange.getHighValue())));
        failureValue.textProperty().bind(Bindings.createStringBinding(
                () -> words.percent(failureSlider.getValue()), failureSlider.valueProperty()));
        mixValue.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(mixSlider.getValue()) + " : " + (100 - Math.round(mixSlider.getValue())), mixSlider.valueProperty()));
    }

    private void initListeners() {
        durationRange.lowValueProperty().addListener((o, a, b) -> fromSlider());
        durationRange.highValueProperty().addListener((o, a, b) -> fromSlider());
        minField.textProperty().addListener((o, a, b) -> fromFields());
        maxField.textProperty().addListener((o, a, b) -> fromFields());
        countField.textProperty().addListener((o, a, b) -> validate());
        seedField.textProperty().addListener((o, a, b) -> validate());
        failureSlider.valueProperty().addListener((o, a, b) -> validate());
        mixSlider.valueProperty().addListener((o, a, b) -> validate());
    }

    private void fromSlider() {
        if (syncing) return;
        syncing = true;
        minField.setText(Long.toString(Math.round(durationRange.getLowValue() / 10) * 10));
        maxField.setText(Long.toString(Math.round(durationRange.getHighValue() / 10) * 10));
        syncing = false;
        validate();
    }

    private void fromFields() {
        if (syncing) return;
        syncing = true;
        try {
            double low = Double.parseDouble(minField.getText().strip());
            double high = Double.parseDouble(maxField.getText().strip());
            if (high > durationRange.getMax()) durationRange.setMax(Math.min(GenerateSpec.MAX_DURATION_MS, Math.ceil(high / 1000) * 1000));
            durationRange.setHighValue(Math.min(high, durationRange.getMax()));
            durationRange.setLowValue(Math.max(0, Math.min(low, durationRange.getHighValue())));
        } catch (NumberFormatException notYet) {
            // validate() names the field
        } finally {
            syncing = false;
        }
        validate();
    }

    @FXML
    private void reroll() { seedField.setText(Long.toString(seeds.getAsLong())); }

    private void validate() {
        GenerateSpec next = null;
        mark(countField, false);
        mark(minField, false);
        mark(maxField, false);
        mark(seedField, false);
        try {
            int count = parse(countField, () -> GenerateSpec.parseCount(countField.getText(), words));
            int min = parse(minField, () -> duration(minField.getText(), words.text("generate.duration.shortest")));
            int max = parse(maxField, () -> duration(maxField.getText(), words.text("generate.duration.longest")));
            long seed = parse(seedField, () -> GenerateSpec.parseSeed(seedField.getText(), words));
            GenerateSpec candidate = new GenerateSpec(count, min, max, round(failureSlider.getValue(), 100), round(mixSlider.getValue() / 100, 100), seed);
            List<String> problems = candidate.problems(words);
            if (!problems.isEmpty()) {
                if (min > max) {
                    mark(minField, true);
                    mark(maxField, true);
                }
                message.setText(String.join("\n", problems));
                return;
            }
            next = candidate;
            message.setText(words.format("generate.summary", words.number(count - candidate.cpuCount()), words.number(candidate.cpuCount()), min, max));
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        } finally {
            spec.set(next);
            message.pseudoClassStateChanged(INVALID, next == null);
        }
    }

    private int duration(String text, String what) {
        String s = text == null ? "" : text.strip();
        try {
            long v = Long.parseLong(s);
            if (v < 0 || v > GenerateSpec.MAX_DURATION_MS) {
                throw new IllegalArgumentException(words.format("generate.problem.duration", what, GenerateSpec.MAX_DURATION_MS, s));
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(words.format("generate.problem.durationNotNumber", what, FieldText.quote(s)));
        }
    }

    private <T> T parse(TextField field, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            mark(field, true);
            throw e;
        }
    }

    private static void mark(TextField field, boolean invalid) { field.pseudoClassStateChanged(INVALID, invalid); }

    private static double round(double v, int steps) { return Math.round(v * steps) / (double) steps; }
}
