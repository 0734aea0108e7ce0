package org.gatherlab.app.run;

import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.LegendEntries;
import org.gatherlab.app.timeline.Primitive;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.app.timeline.TimelineLegend;
import org.gatherlab.app.timeline.TimelineRun;

/**
 * The comparison on screen ({@code run/comparison.fxml}): the playback bar on top, the timeline (all runs on one
 * time axis) with the outcome panels in a column beside it, the legend and a status line below.
 *
 * <p>The view's one animation timer is the model's clock: each frame it calls
 * {@link ComparisonModel#pulse(long)} (which takes in live events and advances playback) and then asks the
 * timeline to render, which repaints only when something changed. The timer runs while the view is in a
 * scene.
 */
public final class ComparisonView extends UiPart<BorderPane> {
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running"), LIVE = PseudoClass.getPseudoClass("live"),
            STALE = PseudoClass.getPseudoClass("stale");

    private final ComparisonModel model;
    private final Messages messages;
    private TimelineEdits edits;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) { frame(now); }
    };

    @FXML private TimelineCanvas timeline;
    @FXML private VBox cards;
    @FXML private VBox bottom;
    @FXML private Label status;
    @FXML private VBox top;
    @FXML private Label staleNote;
    @FXML private SplitPane center;
    @FXML private ScrollPane cardScroll;
    private final OutcomePlacement placement;
    private final BooleanProperty cardsShown = new javafx.beans.property.SimpleBooleanProperty(this, "cardsShown", true);
    private final TimelineLegend legend;
    /** The runs the legend was last worked out for, and when (a live run's runs change every frame). */
    private List<TimelineRun> legendRuns;
    private long legendAtNanos;
    private static final long LEGEND_EVERY_NANOS = 250_000_000L;
    /** The legend just folded or came back: its room is weighed again after the next layout, not on stale heights. */
    private boolean legendSettling;

    /** Worded in the model's language ({@link ComparisonModel#messages()}), and again when it changes. */
    public ComparisonView(ComparisonModel model) {
        super("run/comparison.fxml", model.messages());
        this.model = model;
        this.messages = model.messages();
        BorderPane root = getRoot();
        root.getStylesheets().add(resource("/assets/css/timeline.css"));
        PlaybackBar bar = new PlaybackBar(model, timeline.viewport());
        top.getChildren().addFirst(bar.getRoot());
        legend = new TimelineLegend(timeline, messages);
        bottom.getChildren().addFirst(legend.getRoot());
        bar.legendToggle().selectedProperty().bindBidirectional(legend.shownProperty());
        timeline.setCorner(legend.foldedNote());
        // The toggle says the legend is wanted but folded for room (timeline.css: a dashed frame), not plainly shown.
        PseudoClass folded = PseudoClass.getPseudoClass("folded-for-room");
        legend.foldedNote().visibleProperty().addListener((o, was, now) -> bar.legendToggle().pseudoClassStateChanged(folded, now));
        // The legend's room is weighed again once the timeline has its new height (the legend folded or back).
        timeline.heightProperty().addListener(o -> legendSettling = false);
        placement = new OutcomePlacement(center, cardScroll, cards, status);
        cardsShown.addListener((o, was, now) -> placement.setShown(now));
        initListeners();
    }

    /**
     * Edits the scenario from the timeline: drags and clicks on task end markers, and on the selected (highlighted)
     * task Alt+←/→ (duration), F (failure) and K (kind).
     */
    public void editWith(TimelineEdits edits) {
        timeline.setEndEditor(edits);
        this.edits = edits;
    }

    /** The timeline (tests read its last frame; the main window may give it focus). */
    public TimelineCanvas timeline() { return timeline; }

    public ComparisonModel model() { return model; }

    /** Whether the legend is on screen (the playback bar's toggle; the window remembers it). */
    public BooleanProperty legendShownProperty() { return legend.shownProperty(); }

    /** Whether the outcome cards are on screen (off while a class session is docked beside the timeline). */
    public BooleanProperty cardsShownProperty() { return cardsShown; }

    /** What the legend lists now (tests). */
    public LegendEntries legendEntries() { return legend.entries(); }

    /** One frame by hand (tests drive the view without waiting for pulses). */
    public void frame(long nowNanos) {
        model.pulse(nowNanos);
        List<TimelineRun> runs = model.timelineRuns();
        timeline.render(runs, model.layoutPlayheadMs(), model.getHighlightedTask(), messages.words());
        updateLegend(runs, nowNanos);
        weighLegend(runs);
    }

    /**
     * The legend folds itself while its row would leave the timeline one whole run fewer (a short projector: at
     * 1280x720 in presenter mode its 36 px are the difference between two runs whole and three), and comes back when
     * the height allows. Weighed on the height the timeline has with the legend folded, so the answer does not flip.
     */
    private void weighLegend(List<TimelineRun> runs) {
        if (legendSettling || timeline.getHeight() <= 0 || runs.isEmpty()) return;
        double row = legend.getRoot().prefHeight(bottom.getWidth() > 0 ? bottom.getWidth() : -1);
        double without = timeline.getHeight() + (legend.onScreen() ? legend.getRoot().getHeight() : 0);
        boolean tight = timeline.wholeRunsIn(without, runs) > timeline.wholeRunsIn(without - row, runs);
        if (tight == legend.tightProperty().get()) return;
        boolean before = legend.onScreen();
        legend.tightProperty().set(tight);
        legendSettling = legend.onScreen() != before;
    }

    /** The legend lists what these runs use: worked out when they change, at most four times a second while they stream. */
    private void updateLegend(List<TimelineRun> runs, long nowNanos) {
        if (runs == legendRuns) return;
        boolean streaming = runs.stream().anyMatch(r -> r.status() == TimelineRun.Status.LIVE);
        if (streaming && legendRuns != null && nowNanos - legendAtNanos < LEGEND_EVERY_NANOS) return;
        legendRuns = runs;
        legendAtNanos = nowNanos;
        LegendEntries entries = LegendEntries.of(runs);
        if (!entries.equals(legend.entries())) legend.show(entries);
    }

    private void initListeners() {
        BorderPane root = getRoot();
        status.textProperty().bind(model.statusProperty());
        model.runningProperty().addListener((o, was, now) -> root.pseudoClassStateChanged(RUNNING, now));
        model.liveProperty().addListener((o, was, now) -> root.pseudoClassStateChanged(LIVE, now));
        // Out of date: the note names the problem, and :stale dims the timeline and the cards (timeline.css).
        staleNote.textProperty().bind(model.staleReasonProperty());
        staleNote.visibleProperty().bind(model.staleProperty());
        staleNote.managedProperty().bind(model.staleProperty());
        model.staleProperty().addListener((o, was, now) -> root.pseudoClassStateChanged(STALE, now));
        model.runs().addListener((ListChangeListener<RunViewModel>) c -> rebuildCards());
        rebuildCards();
        messages.localeProperty().addListener(o -> rebuildCards());

        timeline.setDescriber(model::describe);
        timeline.setOnLaneClicked(this::laneClicked);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (edits != null && editKey(e)) {
                e.consume();
                return;
            }
            switch (e.getCode()) {
                case SPACE -> model.playback().togglePlay();
                case COMMA -> model.playback().stepBack();
                case PERIOD -> model.playback().stepForward();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null) timer.start(); else timer.stop();
        });
    }

    /** Alt+←/→, F and K on the selected task; false when the key is another or no task is selected. */
    private boolean editKey(KeyEvent e) {
        if (e.isControlDown() || e.isMetaDown() || e.isShortcutDown()) return false;
        return switch (e.getCode()) {
            case LEFT, KP_LEFT -> e.isAltDown() && edits.nudgeSelected(-1, e.isShiftDown());
            case RIGHT, KP_RIGHT -> e.isAltDown() && edits.nudgeSelected(+1, e.isShiftDown());
            case F -> !e.isAltDown() && edits.toggleFailureOfSelected();
            case K -> !e.isAltDown() && edits.toggleKindOfSelected();
            default -> false;
        };
    }

    private void laneClicked(Frame.Hit hit) {
        if (hit.kind() != Primitive.LaneKind.TASK) return;
        List<TimelineRun> runs = model.timelineRuns();
        if (hit.run() < runs.size()) model.toggleHighlight(runs.get(hit.run()).lanes().lanes().get(hit.index()).name());
    }

    /** Cards are worded once, in the language they were made in: a switch makes new ones. */
    private void rebuildCards() {
        placement.setCards(model.runs().stream()
                .map(r -> (javafx.scene.Node) new OutcomeCard(r, messages.words(), model.highlightedTaskProperty(), model::toggleHighlight).getRoot()).toList());
    }
}
