package org.gatherlab.app.run;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import org.gatherlab.app.fx.AfterLayout;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.timeline.ViewportModel;
import org.gatherlab.report.Values;

/**
 * Play/pause, step back/forward, the scrub slider and time readout, the speed choice, zoom, and Stop
 * while real runs stream in ({@code run/playback-bar.fxml}). Every control binds to or calls {@link PlaybackModel} /
 * {@link ComparisonModel}.
 */
final class PlaybackBar extends UiPart<VBox> {
    private static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");

    private final ComparisonModel model;
    private final PlaybackModel playback;
    private final ViewportModel viewport;
    private final Messages messages;
    private final ToggleGroup speeds = new ToggleGroup();
    private boolean syncing, syncingSpeed;

    @FXML private Button play;
    @FXML private Button back;
    @FXML private Button forward;
    @FXML private Slider scrub;
    @FXML private Label readout;
    @FXML private HBox speedBox;
    @FXML private Label liveBadge;
    @FXML private Button stop;
    @FXML private HBox firstRow;
    @FXML private HBox secondRow;
    @FXML private ToggleButton legendToggle;

    PlaybackBar(ComparisonModel model, ViewportModel viewport) {
        super("run/playback-bar.fxml", model.messages());
        this.model = model;
        this.playback = model.playback();
        this.viewport = viewport;
        this.messages = model.messages();
        createSpeeds();
        initListeners();
        AfterLayout.install(getRoot(), this::wrapToFit);
    }

    /**
     * One row when everything fits in it (the scrub bar at its narrowest), else the speeds and what follows them on a
     * second row. Worked out from the items' widths, whichever row they are in, so the choice is stable.
     */
    private void wrapToFit() {
        VBox root = getRoot();
        double width = root.getWidth();
        if (width <= 0) return;
        Insets bar = root.getInsets(), row = firstRow.getInsets();
        double need = bar.getLeft() + bar.getRight() + row.getLeft() + row.getRight() + 2;
        int n = 0;
        for (HBox r : new HBox[] {firstRow, secondRow}) {
            for (Node c : r.getChildren()) {
                if (!c.isManaged()) continue;
                need += Math.ceil(c == scrub ? c.minWidth(-1) : Math.max(c.minWidth(-1), c.prefWidth(-1)));   // as HBox sizes them
                n++;
            }
        }
        need += firstRow.getSpacing() * Math.max(0, n - 1);
        boolean wrap = need > width;
        if (wrap == secondRow.isManaged()) return;
        if (wrap) {
            int from = firstRow.getChildren().indexOf(speedBox);
            var tail = List.copyOf(firstRow.getChildren().subList(from, firstRow.getChildren().size()));
            firstRow.getChildren().removeAll(tail);
            secondRow.getChildren().setAll(tail);
        } else {
            var tail = List.copyOf(secondRow.getChildren());
            secondRow.getChildren().clear();
            firstRow.getChildren().addAll(tail);
        }
        secondRow.setManaged(wrap);
        secondRow.setVisible(wrap);
    }

    /** One toggle per preset speed; the scrub bar gives way first, never the speed labels. */
    private void createSpeeds() {
        double[] values = PlaybackModel.SPEEDS;
        for (int i = 0; i < values.length; i++) {
            ToggleButton b = new ToggleButton(speedText(values[i]));
            b.setUserData(values[i]);
            b.setToggleGroup(speeds);
            b.getStyleClass().addAll("speed-button", i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setMinWidth(Region.USE_PREF_SIZE);
            speedBox.getChildren().add(b);
        }
        applyWords();
    }

    /** What the FXML cannot word: the speeds' tooltips and the play button, which says what it will do. */
    private void applyWords() {
        Words w = messages.words();
        for (var t : speeds.getToggles()) {
            ToggleButton b = (ToggleButton) t;
            String speed = speedText((Double) b.getUserData());
            b.setTooltip(new Tooltip(w.format("playback.speed.tip", speed)));
            b.setAccessibleText(w.format("playback.speed.button", speed));
        }
        showPlaying(playback.isPlaying());
    }

    private void initListeners() {
        messages.localeProperty().addListener(o -> applyWords());
        play.setOnAction(e -> playback.togglePlay());

        var idle = Bindings.or(playback.emptyProperty(), model.liveProperty());
        play.disableProperty().bind(idle);
        back.disableProperty().bind(idle);
        forward.disableProperty().bind(idle);
        scrub.disableProperty().bind(idle);
        stop.visibleProperty().bind(model.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        liveBadge.visibleProperty().bind(model.liveProperty());
        liveBadge.managedProperty().bind(liveBadge.visibleProperty());

        playback.playingProperty().addListener((obs, was, now) -> showPlaying(now));

        scrub.maxProperty().bind(Bindings.max(1e-9, playback.endMsProperty()));
        playback.playheadMsProperty().addListener((obs, was, now) -> {
            syncing = true;
            scrub.setValue(now.doubleValue());
            syncing = false;
        });
        scrub.valueProperty().addListener((obs, was, now) -> {
            if (!syncing) playback.scrub(now.doubleValue());
        });
        readout.textProperty().bind(Bindings.createStringBinding(
                () -> model.isLive() ? messages.text("playback.readout.live") : messages.format("playback.readout",
                        Values.ms(Math.round(playback.getPlayheadMs() * 10) / 10.0), Values.ms(Math.round(playback.getEndMs() * 10) / 10.0)),
                playback.playheadMsProperty(), playback.endMsProperty(), model.liveProperty(), messages.localeProperty()));

        speeds.selectedToggleProperty().addListener((obs, was, now) -> {
            if (syncingSpeed) return;
            if (now != null) playback.setSpeed((Double) now.getUserData());
            else if (was != null) speeds.selectToggle(was);      // clicking the chosen speed keeps it chosen
        });
        playback.speedProperty().addListener((obs, was, now) -> selectSpeed(now.doubleValue()));
        selectSpeed(playback.getSpeed());
    }

    /** Shows or folds the legend (the comparison binds it to the legend). */
    ToggleButton legendToggle() { return legendToggle; }

    @FXML private void stepBack() { playback.stepBack(); }

    @FXML private void stepForward() { playback.stepForward(); }

    @FXML private void zoomOut() { viewport.zoomOut(); }

    @FXML private void zoomIn() { viewport.zoomIn(); }

    @FXML private void fit() { viewport.fit(); }

    @FXML private void stop() { model.stop(); }

    private void showPlaying(boolean playing) {
        ((FontIcon) play.getGraphic()).setIconLiteral(playing ? "mdmz-pause" : "mdmz-play_arrow");
        String text = messages.text(playing ? "playback.pause" : "playback.play");
        play.setTooltip(new Tooltip(text));
        play.setAccessibleText(text);
        play.pseudoClassStateChanged(PLAYING, playing);
    }

    /** Shows the model's speed; one that is not a preset (a presenter's slow motion) selects none. */
    private void selectSpeed(double speed) {
        syncingSpeed = true;
        try {
            speeds.selectToggle(speeds.getToggles().stream().filter(t -> (Double) t.getUserData() == speed).findFirst().orElse(null));
        } finally {
            syncingSpeed = false;
        }
    }

    static String speedText(double x) {
        return (x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%s", x)) + "×";
    }
}
