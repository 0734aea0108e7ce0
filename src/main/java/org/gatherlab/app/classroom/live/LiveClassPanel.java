package org.gatherlab.app.classroom.live;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.live.ClassSession.Phase;

/**
 * The teacher's screen of a class session ({@code classroom/live/live-class.fxml}): the lesson, the round and
 * phase, how many joined and answered; the join card while the class joins (a strip once it is past joining), the
 * split after Show results, the rule at the reveal; the steps (Show results, Second round, Reveal), Export CSV and End session. While it is in a
 * window it pulses the model once a frame, so counts follow the class live.
 */
public final class LiveClassPanel extends UiPart<BorderPane> {
    public static final String STYLESHEET = "/assets/css/live-class.css";
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    /** The split is on show: the counts step back (the bars carry them), leaving the room to the bars and the rule. */
    private static final PseudoClass SPLIT = PseudoClass.getPseudoClass("split");

    /** Picks the CSV file to write (null: cancelled). */
    @FunctionalInterface
    public interface PathChooser {
        Path choose(Window owner, String suggestedName);
    }

    private final LiveClassModel model;
    private final JoinView join;
    private final JoinStrip strip;
    private final DistributionView distribution;
    private final AnimationTimer frames;
    private PathChooser chooser = LiveClassPanel::chooseFile;
    private BooleanSupplier confirmEnd = () -> true;

    @FXML private Label phase;
    @FXML private Label lessonTitle;
    @FXML private Label counts;
    @FXML private StackPane body;
    @FXML private Button results;
    @FXML private Button round2;
    @FXML private Button reveal;
    @FXML private ToggleButton lookAt;
    @FXML private Button csv;
    @FXML private Button end;
    @FXML private Label message;

    public LiveClassPanel(LiveClassModel model, Messages messages) {
        super("classroom/live/live-class.fxml", messages);
        this.model = Objects.requireNonNull(model, "model");
        this.join = new JoinView(model, messages);
        this.strip = new JoinStrip(model, messages);
        this.distribution = new DistributionView(model, messages);
        ClassroomStyles.style(getRoot(), "live-class-panel");
        getRoot().getStylesheets().add(UiPart.resource(STYLESHEET));
        body.getChildren().setAll(join.getRoot(), strip.getRoot(), distribution.getRoot());
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) { model.pulse(); }
        };
        bind(messages);
    }

    private void bind(Messages messages) {
        phase.textProperty().bind(Bindings.createStringBinding(() -> model.phaseTextProperty().get().isEmpty()
                ? messages.text("live.title") : messages.text("live.title") + " \u00b7 " + model.phaseTextProperty().get(),
                model.phaseTextProperty(), messages.localeProperty()));
        lessonTitle.textProperty().bind(model.titleProperty());
        counts.textProperty().bind(model.countsTextProperty());
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(FAILED, now));
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        // One of three in the body: the join card, the strip it folds into, or the split.
        var shown = model.distributionShownProperty();
        shown.addListener((o, was, now) -> getRoot().pseudoClassStateChanged(SPLIT, now));
        join.getRoot().visibleProperty().bind(model.joinShownProperty());
        strip.getRoot().visibleProperty().bind(shown.not().and(model.joinShownProperty().not()).and(model.phaseProperty().isNotNull()));
        distribution.getRoot().visibleProperty().bind(shown);
        for (var part : new javafx.scene.Node[] {join.getRoot(), strip.getRoot(), distribution.getRoot()}) part.managedProperty().bind(part.visibleProperty());
        // Only the steps the session allows now.
        results.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canShowResults(), model.phaseProperty()));
        round2.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canSecondRound(), model.phaseProperty(), model.roundProperty()));
        reveal.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canReveal(), model.phaseProperty()));
        csv.disableProperty().bind(model.phaseProperty().isNull());
        // After the reveal there is no step left to take: the buttons go, leaving the room to the answers.
        for (Button step : new Button[] {results, round2, reveal}) {
            step.visibleProperty().bind(model.phaseProperty().isNotEqualTo(Phase.REVEALED));
            step.managedProperty().bind(step.visibleProperty());
        }
        // Where to look on the timeline: after the reveal, below the rule, when the teacher points at the run.
        lookAt.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.REVEALED));
        lookAt.managedProperty().bind(lookAt.visibleProperty());
        distribution.lookAtShownProperty().bindBidirectional(lookAt.selectedProperty());
        end.disableProperty().bind(model.phaseProperty().isNull().and(model.stateProperty().isNotEqualTo(LiveClassModel.State.STARTING)));
        // Pulsing only while shown: a closed panel costs nothing.
        getRoot().sceneProperty().addListener((o, was, now) -> {
            if (now != null) frames.start();
            else frames.stop();
        });
    }

    public LiveClassModel model() { return model; }

    public void setPathChooser(PathChooser chooser) { this.chooser = Objects.requireNonNull(chooser); }

    /** Asked before End session ends it (the app asks in a dialog; tests say yes). */
    public void setConfirmEnd(BooleanSupplier confirmEnd) { this.confirmEnd = Objects.requireNonNull(confirmEnd); }

    /** The keyboard's first stop: the step the teacher most likely takes next. */
    public void focusNextStep() {
        Button next = model.phaseProperty().get() == Phase.VOTING ? results : model.canReveal() ? reveal : csv;
        next.requestFocus();
    }

    JoinView join() { return join; }

    JoinStrip strip() { return strip; }

    DistributionView distribution() { return distribution; }

    // ---------------------------------------------------------------------------------------------- handlers

    @FXML private void showResults() { model.showResults(); }

    @FXML private void secondRound() { model.secondRound(); }

    @FXML private void reveal() { model.reveal(); }

    @FXML private void exportCsv() {
        Window owner = getRoot().getScene() == null ? null : getRoot().getScene().getWindow();
        Path file = chooser.choose(owner, model.suggestedCsvName());
        if (file != null) model.exportCsv(file);
    }

    @FXML private void end() {
        if (confirmEnd.getAsBoolean()) model.close();
    }

    private static Path chooseFile(Window owner, String suggested) {
        FileChooser c = new FileChooser();
        c.setInitialFileName(suggested);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = c.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }
}
