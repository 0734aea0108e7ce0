package org.gatherlab.app.classroom.presenter;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.run.PlaybackModel;
import org.gatherlab.app.timeline.TimelineCanvas;

/**
 * The presenter's keys on the main window (space, arrows, +/-, R, P, ?, L, [ ], H) and what presenter mode does to it:
 * full screen, slow motion, bigger text and timelines, the keys overlay above the content.
 */
public final class PresenterKeys {
    private final PresenterMode presenter;
    private final KeysOverlay keys;
    private final PlaybackModel playback;
    /** The line full screen shows for a moment when presenter mode comes on, in the window's language now. */
    private final Supplier<String> exitHint;

    public PresenterKeys(PresenterMode presenter, KeysOverlay keys, PlaybackModel playback, Supplier<String> exitHint) {
        this.presenter = presenter;
        this.keys = keys;
        this.playback = playback;
        this.exitHint = exitHint;
    }

    /** The main window's content with the keys overlay above it: the root to give the main scene. */
    public StackPane layer(Node mainRoot) {
        StackPane layered = new StackPane(mainRoot, keys.getRoot());
        PresenterStyler.bind(layered, presenter);
        scaleTimelines(mainRoot);
        return layered;
    }

    /**
     * CSS scales the text of the main window, not the timeline's canvas: every timeline under {@code root} is
     * bound to presenter mode's scale (1 when off), so its lanes, labels and markers grow with the rest.
     */
    void scaleTimelines(Node root) {
        for (Node n : root.lookupAll(".timeline")) {
            if (n instanceof TimelineCanvas t && !t.scaleProperty().isBound()) t.scaleProperty().bind(presenter.effectiveScaleProperty());
        }
    }

    /**
     * Installs the keys on the main window's scene, so they work wherever the focus is (except where it types text);
     * {@code rerun} runs the scenario again (R), {@code lessons} shows the lesson list (L).
     */
    public void install(Scene mainScene, Runnable rerun, Runnable lessons) {
        ClassroomStyles.install(mainScene);
        if (mainScene.getRoot() != null) scaleTimelines(mainScene.getRoot());
        presenter.onProperty().addListener((o, was, on) -> {
            // Container skins (the split pane holding the comparison) exist only once the window has shown.
            scaleTimelines(mainScene.getRoot());
            Stage main = (Stage) mainScene.getWindow();
            // P leaves presenter mode; Esc must not, as it closes the key list and clears a search (JavaFX's own
            // English hint "Press ESC to exit full-screen mode" would also be wrong in Spanish).
            main.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            main.setFullScreenExitHint(exitHint.get());
            main.setFullScreen(on);
            playback.setSpeed(on ? presenter.slowMotionSpeedProperty().get() : 1);
        });
        new KeyMap()
                .on(Shortcut.PLAY_PAUSE, playback::togglePlay)
                .on(Shortcut.STEP_BACK, playback::stepBack)
                .on(Shortcut.STEP_FORWARD, playback::stepForward)
                .on(Shortcut.SLOWER, () -> playback.setSpeed(nextSpeed(playback.getSpeed(), -1)))
                .on(Shortcut.FASTER, () -> playback.setSpeed(nextSpeed(playback.getSpeed(), +1)))
                .on(Shortcut.RERUN, rerun)
                .on(Shortcut.PRESENTER, presenter::toggle)
                .on(Shortcut.SHOW_KEYS, keys::toggle)
                .on(Shortcut.LESSONS, lessons)
                .on(Shortcut.SMALLER, presenter::smaller)
                .on(Shortcut.BIGGER, presenter::bigger)
                .on(Shortcut.HIGH_CONTRAST, presenter::toggleHighContrast)
                .install(mainScene);
    }

    private static double nextSpeed(double now, int direction) {
        double[] speeds = PlaybackModel.SPEEDS;
        int i = 0;
        while (i < speeds.length - 1 && speeds[i] < now) i++;
        return speeds[Math.max(0, Math.min(speeds.length - 1, i + direction))];
    }
}
