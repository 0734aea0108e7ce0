package org.gatherlab.app.run;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import org.gatherlab.app.timeline.ViewportModel;
import org.gatherlab.report.Values;

/**
 * Play/pause, step back/forward, the scrub slider and time readout, the speed choice, zoom, and Stop
 * while real runs stream in. Every control binds to or calls {@link PlaybackModel} / {@link ComparisonModel}.
 */
final class PlaybackBar extends HBox {
    private final ComparisonModel model;
    private final PlaybackModel playback;
    private final ViewportModel viewport;

    final Button play = iconButton("mdmz-play_arrow", "Play / pause (Space)");
    final Button back = iconButton("mdmz-skip_previous", "Step to the previous event (,)");
    final Button forward = iconButton("mdmz-skip_next", "Step to the next event (.)");
    final Slider scrub = new Slider(0, 1, 0);
    final Label readout = new Label();
    final ToggleGroup speeds = new ToggleGroup();
    final Button stop = iconButton("mdmz-stop_circle", "Stop the real-time run (within 100 ms)");
    final Label liveBadge = new Label("● LIVE");
    private boolean syncing, syncingSpeed;

    PlaybackBar(ComparisonModel model, ViewportModel viewport) {
        this.model = model;
        this.playback = model.playback();
        this.viewport = viewport;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("playback-bar");
        setMinWidth(0);   // in a narrow window the bar is cut at its right end, never pushed over the editor
        play.setId("play");
        back.setId("step-back");
        forward.setId("step-forward");
        stop.setId("stop");
        stop.getStyleClass().remove(Styles.BUTTON_ICON);
        stop.getStyleClass().add("stop-button");
        stop.setText("Stop");
        scrub.setId("scrub");
        scrub.getStyleClass().add("scrub");
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.setMaxWidth(Double.MAX_VALUE);
        scrub.setMinWidth(60);
        readout.getStyleClass().add("time-readout");
        readout.setId("time-readout");
        liveBadge.getStyleClass().add("live-badge");

        HBox speedBox = new HBox();
        double[] values = PlaybackModel.SPEEDS;
        for (int i = 0; i < values.length; i++) {
            ToggleButton b = new ToggleButton(speedText(values[i]));
            b.setUserData(values[i]);
            b.setToggleGroup(speeds);
            b.getStyleClass().addAll("speed-button", i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setTooltip(new Tooltip("Play back at " + speedText(values[i]) + " real time"));
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);   // the scrub bar gives way first, never the speed labels
            speedBox.getChildren().add(b);
        }
        speedBox.setId("speed");

        Button zoomOut = iconButton("mdmz-zoom_out", "Zoom out (−, ctrl+wheel)");
        Button zoomIn = iconButton("mdmz-zoom_in", "Zoom in (+, ctrl+wheel)");
        Button fit = iconButton("mdmz-zoom_out_map", "Fit the whole time axis (0)");
        zoomOut.setOnAction(e -> viewport.zoomOut());
        zoomIn.setOnAction(e -> viewport.zoomIn());
        fit.setOnAction(e -> viewport.fit());

        getChildren().addAll(play, back, forward, scrub, readout, speedBox, new Separator(Orientation.VERTICAL), zoomOut, zoomIn, fit,
                liveBadge, stop);
    }

    private void initListeners() {
        play.setOnAction(e -> playback.togglePlay());
        back.setOnAction(e -> playback.stepBack());
        forward.setOnAction(e -> playback.stepForward());
        stop.setOnAction(e -> model.stop());

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
        showPlaying(playback.isPlaying());

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
                () -> model.isLive() ? "live" : Values.ms(Math.round(playback.getPlayheadMs() * 10) / 10.0)
                        + " / " + Values.ms(Math.round(playback.getEndMs() * 10) / 10.0) + " ms",
                playback.playheadMsProperty(), playback.endMsProperty(), model.liveProperty()));

        speeds.selectedToggleProperty().addListener((obs, was, now) -> {
            if (syncingSpeed) return;
            if (now != null) playback.setSpeed((Double) now.getUserData());
            else if (was != null) speeds.selectToggle(was);      // clicking the chosen speed keeps it chosen
        });
        playback.speedProperty().addListener((obs, was, now) -> selectSpeed(now.doubleValue()));
        selectSpeed(playback.getSpeed());
    }

    private void showPlaying(boolean playing) {
        ((FontIcon) play.getGraphic()).setIconLiteral(playing ? "mdmz-pause" : "mdmz-play_arrow");
        play.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("playing"), playing);
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

    private static Button iconButton(String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
