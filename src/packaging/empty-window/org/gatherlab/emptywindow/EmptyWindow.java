package org.gatherlab.emptywindow;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * A Stage with one Label, the size of GatherLab's window, started as GatherLab starts: a plain
 * {@code main} (not an {@code Application} subclass, which the Java launcher would treat specially)
 * calls {@link Application#launch}. With {@code -Dgatherlab.exitAfterFirstFrame=true} it reports its
 * first frame and quits exactly as GatherLab's {@code GatherLabApp} does, so that
 * src/packaging/firstframe.py times both from the same signal.
 */
public final class EmptyWindow {
    private EmptyWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("GatherLab"), 1280, 800);
            stage.setTitle("GatherLab empty window");
            stage.setScene(scene);
            stage.show();
            if (Boolean.getBoolean("gatherlab.exitAfterFirstFrame")) exitAfterFirstFrame(scene);
        }

        /** GatherLabApp's hook: after the pulse that laid out the first frame, say so and quit. */
        private static void exitAfterFirstFrame(Scene scene) {
            long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> {
                    long ms = started > 0 ? System.currentTimeMillis() - started : -1;
                    System.out.println("first frame " + ms + " ms after launch, CPU " + cpuMillis() + " ms");
                    System.out.flush();
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
        }

        /** As GatherLab's runtime.CpuTime.processNanos: the CPU time of every live thread, from the kernel. */
        private static long cpuMillis() {
            long sum = 0;
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path t : threads) {
                    try {
                        String stat = Files.readString(t.resolve("schedstat"));
                        sum += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
                    } catch (IOException | RuntimeException e) {
                        // ended between listing and reading
                    }
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
            return sum / 1_000_000;
        }
    }
}
