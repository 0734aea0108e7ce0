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

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
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

    final Button play = iconButton("mdmz-play_arrow");
    final Button back = iconButton("mdmz-skip_previous");
    final Button forward = iconButton("mdmz-skip_next");
    final Slider scrub = new Slider(0, 1, 0);
    final Label readout = new Label();
    final ToggleGroup speeds = new ToggleGroup();
    final Button stop = iconButton("mdmz-stop_circle");
    final Label liveBadge = new Label();
    private final Button zoomOut = iconButton("mdmz-zoom_out");
    private final Button zoomIn = iconButton("mdmz-zoom_in");
    private final Button fit = iconButton("mdmz-zoom_out_map");
    private final HBox speedBox = new HBox();
    private final Messages messages;
    private boolean syncing, syncingSpeed;

    PlaybackBar(ComparisonModel model, ViewportModel viewport) {
        this.model = model;
        this.playback = model.playback();
        this.viewport = viewport;
        this.messages = model.messages();
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
        scrub.setId("scrub");
        scrub.getStyleClass().add("scrub");
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.setMaxWidth(Double.MAX_VALUE);
        scrub.setMinWidth(60);
        readout.getStyleClass().add("time-readout");
        readout.setId("time-readout");
        liveBadge.getStyleClass().add("live-badge");

        double[] values = PlaybackModel.SPEEDS;
        for (int i = 0; i < values.length; i++) {
            ToggleButton b = new ToggleButton(speedText(values[i]));
            b.setUserData(values[i]);
            b.setToggleGroup(speeds);
            b.getStyleClass().addAll("speed-button", i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);

            b.setMinWidth(Region.USE_PREF_SIZE);   // the scrub bar gives way first, never the speed labels
            speedBox.getChildren().add(b);
        }
        speedBox.setId("speed");
        applyWords();

        zoomOut.setOnAction(e -> viewport.zoomOut());
        zoomIn.setOnAction(e -> viewport.zoomIn());
        fit.setOnAction(e -> viewport.fit());

        getChildren().addAll(play, back, forward, scrub, readout, speedBox, new Separator(Orientation.VERTICAL), zoomOut, zoomIn, fit,
                liveBadge, stop);
    }

    /** Tooltips and accessible texts: every icon-only button has both. */
    private void applyWords() {
        Words w = messages.words();
        label(back, w.text("playback.back"));
        label(forward, w.text("playback.forward"));
        label(stop, w.text("playback.stop.tip"));
        stop.setText(w.text("playback.stop"));
        liveBadge.setText(w.text("playback.live.badge"));
        liveBadge.setAccessibleText(w.text("playback.live.accessible"));
        label(zoomOut, w.text("playback.zoomOut"));
        label(zoomIn, w.text("playback.zoomIn"));
        label(fit, w.text("playback.fit"));
        scrub.setAccessibleText(w.text("playback.scrub"));
        scrub.setTooltip(new Tooltip(w.text("playback.scrub.tip")));
        speedBox.setAccessibleText(w.text("playback.speed.accessible"));
        for (var t : speeds.getToggles()) {
            ToggleButton b = (ToggleButton) t;
            String speed = speedText((Double) b.getUserData());
            b.setTooltip(new Tooltip(w.format("playback.speed.tip", speed)));
            b.setAccessibleText(w.format("playback.speed.button", speed));
        }
        showPlaying(playback.isPlaying());
    }

    private static void label(Button b, String text) {
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
    }

    private void initListeners() {
        messages.localeProperty().addListener(o -> applyWords());
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

    private void showPlaying(boolean playing) {
        ((FontIcon) play.getGraphic()).setIconLiteral(playing ? "mdmz-pause" : "mdmz-play_arrow");
        label(play, messages.text(playing ? "playback.pause" : "playback.play"));
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

    private static Button iconButton(String icon) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        return b;
    }
}
