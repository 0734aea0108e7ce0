package org.gatherlab.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.gatherlab.app.fx.FxBackgroundWork;
import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.Primitive;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.report.Lanes;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison in a real (headless) window: live real runs, playback controls, highlighting, screenshots. */
class ComparisonViewFxTest extends ApplicationTest {
    private ComparisonModel model;
    private ComparisonView view;

    /**
     * Building the window on a loaded 2-core machine (a load average of 20 while other builds run) took over TestFX's
     * default setup time: the margin is for the load, as in the app's other window tests, not for this test's work.
     */
    @org.junit.jupiter.api.BeforeAll
    static void patientSetup() {
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Override public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new ComparisonModel(new FxBackgroundWork("gatherlab-engine"));
        view = new ComparisonView(model);
        stage.setScene(new Scene(view.getRoot(), 1280, 800));
        stage.show();
    }

    private <T> T fx(java.util.concurrent.Callable<T> read) {
        AtomicReference<T> out = new AtomicReference<>();
        interact(() -> {
            try {
                out.set(read.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out.get();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** The text of the showing tooltip, or "". */
    private String tooltipText() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElse("");
    }

    private Path screenshot(String name) {
        return fx(() -> Screenshots.save(view.getRoot().getScene().getRoot(), name));
    }

    /**
     * What the window shows while gather() streams in is read on the FX thread as it happens: the moment run 2 starts
     * (a listener on its state: every run passes through RUNNING), and the picture at the first pulse after it. Polling
     * from the test thread for "RUNNING with events" missed it under load: gather runs for ~300 ms of real time, and
     * a pulse takes in every message that arrived since the last, so a stalled FX thread may see Started and Finished
     * in one go.
     */
    @Test void aRealRunOfTheContractExampleGrowsLiveThenShowsEveryOutcome() throws Exception {
        List<String> atStart = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<Path> liveShot = new AtomicReference<>();
        javafx.scene.Scene scene = fx(() -> view.getRoot().getScene());
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> {
            scene.removePostLayoutPulseListener(firstPulse[0]);
            try {
                liveShot.set(Screenshots.save(scene.getRoot(), "comparison-real-live-light.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        interact(() -> {
            model.run(TypicalComparisons.contractExample(), ClockKind.REAL);
            model.runs().get(1).stateProperty().addListener((o, was, now) -> {
                if (now != RunViewModel.State.RUNNING) return;
                // gather() starts streaming: the sequential panel is complete, the comparison is live, Stop offered.
                atStart.add("sequential " + model.runs().get(0).getState());
                atStart.add("live " + model.isLive());
                atStart.add("stop shown " + lookup("#stop").query().isVisible());
                scene.addPostLayoutPulseListener(firstPulse[0]);
            });
        });
        waitUntil(() -> liveShot.get() != null);
        assertEquals(List.of("sequential DONE", "live true", "stop shown true"), atStart, "as gather() starts streaming in");
        Path live = liveShot.get();

        waitUntil(() -> !model.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        Path done = screenshot("comparison-real-light.png");
        assertTrue(Files.size(live) > 10_000 && Files.size(done) > 10_000);

        assertEquals(List.of("1 · sequential", "2 · gather()", "3 · gather() · 2 processes"),
                fx(() -> lookup(".card-title").queryAllAs(Label.class).stream().map(Label::getText).toList()));
        String sequential = fx(() -> lookup("#headline-1").queryAs(Label.class).getText());
        String gather = fx(() -> lookup("#headline-2").queryAs(Label.class).getText());
        // Real times: never before the awaits' own (sequential waits A's 300 ms then B's 100; gather B's 100), and
        // whatever later the machine's load made them ("at 4" failed as "at 515.1 ms" under a load average of 20).
        assertTrue(raisedAtMs(sequential) >= 400, sequential);
        assertTrue(raisedAtMs(gather) >= 100, gather);
        // The timeline's model: three panels, each with the caller's raise marked.
        Frame frame = fx(() -> view.timeline().getFrame());
        assertEquals(3, frame.all(Primitive.PanelHeader.class).size());
        assertEquals(3, frame.all(Primitive.CallerLine.class).stream().filter(c -> c.kind() == Lanes.MarkKind.RAISED).count());
        assertFalse(fx(() -> lookup("#stop").query().isVisible()));
    }

    /** The time in "✗ raised TaskFailed (B) at 412.5 ms" (the headline's words are checked by its shape). */
    private static double raisedAtMs(String headline) {
        var m = java.util.regex.Pattern.compile("(?s)✗ raised TaskFailed \\(B\\) at ([0-9,]+(?:\\.[0-9]+)?) ms.*").matcher(headline);
        assertTrue(m.matches(), headline);
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    @Test void aJavaRaceHasItsSectionInTheOutcomeCardAndTheComputingLaneIsTheThreads() throws Exception {
        var tasks = List.of(org.gatherlab.engine.TaskSpec.io("A", 100), org.gatherlab.engine.TaskSpec.io("B", 100),
                org.gatherlab.engine.TaskSpec.cpu("C", 100));
        var pool = org.gatherlab.engine.RunSpec.of(org.gatherlab.engine.Strategy.INVOKE_ANY)
                .withThreads(org.gatherlab.engine.JavaThreads.PLATFORM).withCores(1);
        var carriers = org.gatherlab.engine.RunSpec.of(org.gatherlab.engine.Strategy.INVOKE_ALL).withCores(1);
        interact(() -> model.run(org.gatherlab.engine.Scenario.of("invokeAny race", tasks, List.of(pool, carriers)), ClockKind.VIRTUAL));
        waitUntil(() -> !model.isRunning() && !model.playback().isPlaying());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = fx(() -> lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertTrue(texts.contains("Races on the JDK: either order may happen"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("B got a pool thread at 100 ms")), texts.toString());
        Frame frame = fx(() -> view.timeline().getFrame());
        assertEquals(List.of("pool threads", "carriers"), frame.all(Primitive.LaneLabel.class).stream()
                .filter(l -> l.kind() == Primitive.LaneKind.LOOP).map(Primitive.LaneLabel::text).toList());
        assertTrue(Files.size(screenshot("comparison-java-race-light.png")) > 10_000);
    }

    @Test void timelineColoursComeFromTheStylesheetAndFollowTheTheme() throws Exception {
        interact(() -> model.run(TypicalComparisons.contractExample(), ClockKind.VIRTUAL));
        waitUntil(() -> !model.isRunning());
        var light = fx(() -> view.timeline().timelineStyleProperty().get());
        assertEquals(javafx.scene.paint.Color.web("#D55E00"), light.computing(), "Okabe-Ito vermillion");
        assertEquals(javafx.scene.paint.Color.web("#56B4E9"), light.sleeping(), "Okabe-Ito sky blue");
        assertTrue(org.gatherlab.app.timeline.TimelineStyle.luminance(light.background()) > 0.9, "light theme: " + light.background());
        interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        waitUntil(() -> org.gatherlab.app.timeline.TimelineStyle.luminance(view.timeline().timelineStyleProperty().get().background()) < 0.2);
        assertEquals(light.computing(), fx(() -> view.timeline().timelineStyleProperty().get().computing()), "states keep their colours");
        interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test void virtualPlaybackStepsPausesAndHighlightsATaskInEveryRun() throws Exception {
        interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        interact(() -> model.run(TypicalComparisons.contractExample(), ClockKind.VIRTUAL));
        waitUntil(() -> !model.isRunning() && !model.playback().isPlaying());
        assertEquals(400.0, fx(() -> model.playback().getPlayheadMs()), "played to the end of the longest run");

        clickOn("#step-back");
        assertEquals(300.0, fx(() -> model.playback().getPlayheadMs()), "A succeeds at 300 in gather()");
        clickOn("#step-back");
        clickOn("#step-back");
        assertEquals(100.0, fx(() -> model.playback().getPlayheadMs()));
        clickOn("#step-forward");
        assertEquals(200.0, fx(() -> model.playback().getPlayheadMs()));
        clickOn("#speed .toggle-button");              // 0.1×: the rest of the story takes seconds, not a blink
        assertEquals(0.1, fx(() -> model.playback().getSpeed()));
        // Play, then pause: the playing state's changes as they happen. The story has 200 ms left (2 s at 0.1×); a
        // loaded machine once took longer than that between the two clicks, the story ended by itself and the second
        // click rightly replayed it from the start. Either way the button toggled; paused, the playhead is short of the end.
        List<Boolean> playing = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> model.playback().playingProperty().addListener((o, was, now) -> playing.add(now)));
        clickOn("#play");
        clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        if (playing.equals(List.of(true, false))) {
            assertTrue(fx(() -> model.playback().getPlayheadMs()) < 400, "paused before the end");
        } else {
            assertEquals(List.of(true, false, true), playing, "played, ended by itself, replayed");
            interact(() -> model.playback().pause());
        }
        assertFalse(fx(() -> model.playback().isPlaying()));
        interact(() -> model.playback().scrub(250));
        WaitForAsyncUtils.waitForFxEvents();

        // Click task B's lane in the gather() panel: B lights up in all three runs.
        Point2D at = fx(() -> {
            Primitive.LaneLabel b = view.timeline().getFrame().all(Primitive.LaneLabel.class).stream()
                    .filter(l -> l.run() == 1 && l.kind() == Primitive.LaneKind.TASK && l.index() == 1).findFirst().orElseThrow();
            return view.timeline().localToScreen(400, b.y() + b.h() / 2);
        });
        // Hovering shows the lane's events up to the playhead.
        moveTo(at);
        waitUntil(() -> tooltipText().startsWith("B · io 100 ms · gather()"));
        assertTrue(fx(this::tooltipText).contains("100 ms  failed"), fx(this::tooltipText));
        clickOn(at);
        assertEquals("B", fx(model::getHighlightedTask));
        waitUntil(() -> view.timeline().getFrame().all(Primitive.Highlight.class).size() == 3);
        assertEquals("✗ raised TaskFailed (B) at 100 ms", fx(() -> lookup("#headline-2").queryAs(Label.class).getText()));
        assertEquals("… awaiting: the playhead has not reached the await's end", fx(() -> lookup("#headline-1").queryAs(Label.class).getText()));
        screenshot("comparison-virtual-dark.png");

        // Keys on the timeline: zoom in, then fit again.
        clickOn(at);                                   // focus (and clear the highlight)
        type(KeyCode.EQUALS);
        assertFalse(fx(() -> view.timeline().viewport().isFit()));
        type(KeyCode.DIGIT0);
        assertTrue(fx(() -> view.timeline().viewport().isFit()));
        interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }
}
