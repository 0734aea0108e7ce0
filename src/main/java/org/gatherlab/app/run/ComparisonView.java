package org.gatherlab.app.run;

import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.Primitive;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.app.timeline.TimelineLegend;

/**
 * The comparison on screen: the playback bar on top, the timeline (all runs on one time axis) with the
 * outcome panels in a column beside it, the legend and a status line below.
 *
 * <p>The view's one animation timer is the model's clock: each frame it calls
 * {@link ComparisonModel#pulse(long)} (which takes in live events and advances playback) and then asks the
 * timeline to render, which repaints only when something changed. The timer runs while the view is in a
 * scene.
 */
public final class ComparisonView extends BorderPane {
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running"), LIVE = PseudoClass.getPseudoClass("live");

    private final ComparisonModel model;
    private final Messages messages;
    private final TimelineCanvas timeline = new TimelineCanvas();
    private final VBox cards = new VBox();
    private final Label status = new Label();
    private final PlaybackBar bar;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) { frame(now); }
    };

    /** Worded in the model's language ({@link ComparisonModel#messages()}), and again when it changes. */
    public ComparisonView(ComparisonModel model) {
        this.model = model;
        this.messages = model.messages();
        this.bar = new PlaybackBar(model, timeline.viewport());
        createView();
        initListeners();
        setMinWidth(0);
    }

    /** The timeline (tests read its last frame; the main window may give it focus). */
    public TimelineCanvas timeline() { return timeline; }

    public ComparisonModel model() { return model; }

    /** One frame by hand (tests drive the view without waiting for pulses). */
    public void frame(long nowNanos) {
        model.pulse(nowNanos);
        timeline.render(model.timelineRuns(), model.layoutPlayheadMs(), model.getHighlightedTask(), messages.words());
    }

    private void createView() {
        getStyleClass().add("comparison-view");
        getStylesheets().add(ComparisonView.class.getResource("/assets/css/timeline.css").toExternalForm());
        setId("comparison-view");
        timeline.setId("timeline");

        cards.getStyleClass().add("outcome-list");
        cards.setId("outcomes");
        ScrollPane column = new ScrollPane(cards);
        column.setFitToWidth(true);
        column.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        column.getStyleClass().add("outcome-column");
        column.setMinWidth(240);
        column.setPrefWidth(340);
        column.setFocusTraversable(false);

        SplitPane split = new SplitPane(timeline, column);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(column, false);

        status.getStyleClass().add("status-line");
        status.setId("status");
        status.setMaxWidth(Double.MAX_VALUE);

        setTop(bar);
        setCenter(split);
        setBottom(new VBox(new TimelineLegend(timeline, messages), status));
    }

    private void initListeners() {
        status.textProperty().bind(model.statusProperty());
        model.runningProperty().addListener((o, was, now) -> pseudoClassStateChanged(RUNNING, now));
        model.liveProperty().addListener((o, was, now) -> pseudoClassStateChanged(LIVE, now));
        model.runs().addListener((ListChangeListener<RunViewModel>) c -> rebuildCards());
        rebuildCards();
        messages.localeProperty().addListener(o -> rebuildCards());

        timeline.setDescriber(model::describe);
        timeline.setOnLaneClicked(this::laneClicked);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
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
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) timer.start(); else timer.stop();
        });
    }

    private void laneClicked(Frame.Hit hit) {
        if (hit.kind() != Primitive.LaneKind.TASK) return;
        List<org.gatherlab.app.timeline.TimelineRun> runs = model.timelineRuns();
        if (hit.run() < runs.size()) model.toggleHighlight(runs.get(hit.run()).lanes().lanes().get(hit.index()).name());
    }

    private void rebuildCards() {
        cards.getChildren().setAll(model.runs().stream()
                .map(r -> new OutcomeCard(r, messages.words(), model.highlightedTaskProperty(), model::toggleHighlight)).toList());
        cards.setAccessibleText(messages.text("comparison.outcomes.accessible"));
    }
}
