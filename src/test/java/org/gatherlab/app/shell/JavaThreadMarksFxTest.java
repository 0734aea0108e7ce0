package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.Primitive;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.app.timeline.TimelineStyle;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Java comparison in the real main window: {@code structured} (A fails, the scope interrupts a sleeper and two CPU
 * loops that ignore it), {@code invoke-all} with a deadline on two pool threads, and {@code cf-allof} on one carrier, so
 * the timeline shows carrier and pool-thread lines, delivered and ignored interrupt bolts. At 1280×800 and 1920×1080,
 * light and dark, normal and presenter, each saved as {@code target/screenshots/java-threads-*.png} to be looked at.
 * What can be checked without eyes is: every run has its marks in the frame, and each mark's ink (the timeline's text
 * colour) stands out from the ground it is drawn on at 4.5:1 in every theme.
 */
@ExtendWith(ApplicationExtension.class)
class JavaThreadMarksFxTest {
    private static final int[][] SIZES = {{1280, 800}, {1920, 1080}};

    static {
        System.setProperty("testfx.setup.timeout", System.getProperty("testfx.setup.timeout", "60000"));
    }

    static Scenario scenario() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300), TaskSpec.cpu("D", 200));
        return Scenario.of("Java threads", tasks, List.of(
                RunSpec.of(Strategy.STRUCTURED),
                RunSpec.of(Strategy.INVOKE_ALL).withThreads(JavaThreads.PLATFORM).withCores(2).withTimeoutMs(250.0),
                RunSpec.of(Strategy.CF_ALLOF).withCores(1)));
    }

    private GatherLabApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = FxAppUnderTest.started(stage, "gatherlab-java-threads");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void theThreadMarksOfAJavaComparisonAreDrawnAndReadable(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        robot.interact(() -> app.editor().load(scenario()));
        waitUntil(() -> app.editor().validProperty().get() && app.editor().runs().size() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#headline-3").tryQuery().isPresent());
        List<String> problems = new ArrayList<>();
        try {
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                robot.interact(() -> app.appearance().setTheme(theme));
                for (boolean presenter : new boolean[] {false, true}) {
                    robot.interact(() -> {
                        app.classroom().presenter().setOn(presenter);
                        stage.setFullScreen(false);
                    });
                    for (int[] size : SIZES) {
                        String name = "java-threads-" + size[0] + "x" + size[1] + "-" + (presenter ? "presenter" : "normal") + "-"
                                + theme.name().toLowerCase(Locale.ROOT);
                        robot.interact(() -> {
                            stage.setWidth(size[0]);
                            stage.setHeight(size[1]);
                        });
                        settle(robot);
                        robot.interact(() -> problems.addAll(check(name)));
                        shot(name + ".png");
                    }
                }
            }
        } finally {
            robot.interact(() -> {
                app.classroom().presenter().setOn(false);
                app.appearance().setTheme(Theme.LIGHT);
                stage.setWidth(1280);
                stage.setHeight(800);
            });
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Each run's carrier or pool-thread lines are there, the interrupts are too, and their ink reads on the ground. */
    private List<String> check(String where) {
        List<String> out = new ArrayList<>();
        TimelineCanvas timeline = (TimelineCanvas) stage.getScene().getRoot().lookup(".comparison-host .timeline");
        Frame f = timeline.getFrame();
        TimelineStyle s = timeline.timelineStyleProperty().get();
        // Every run with a task on screen (presenter mode's larger lanes scroll the later runs out of the window).
        for (int run : f.all(Primitive.Bar.class).stream().filter(b -> b.kind() == Primitive.LaneKind.TASK).mapToInt(Primitive.Bar::run).distinct().toArray()) {
            if (f.all(Primitive.HeldLine.class).stream().noneMatch(l -> l.run() == run)) out.add(where + ": run " + (run + 1) + " has no thread line");
        }
        List<Primitive.InterruptMark> bolts = f.all(Primitive.InterruptMark.class);
        if (bolts.stream().noneMatch(Primitive.InterruptMark::delivered)) out.add(where + ": no delivered interrupt (structured interrupts C's sleep)");
        if (bolts.stream().allMatch(Primitive.InterruptMark::delivered)) out.add(where + ": no ignored interrupt (B's and D's CPU loops)");
        double contrast = ContrastFxTest.ratio(s.text(), s.background());
        if (contrast < 4.5) out.add(where + ": the marks' ink on the ground is " + String.format(Locale.ROOT, "%.2f", contrast) + ":1");
        return out;
    }

    private static void settle(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(40);
        }
    }

    private void shot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Screenshots.write(image, Screenshots.dir().resolve(name));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(10, condition);
    }
}
