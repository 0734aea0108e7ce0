package org.gatherlab.app.shell;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import org.gatherlab.app.classroom.live.LiveClassroom;
import org.gatherlab.app.fx.Dialogs;
import org.gatherlab.app.fx.FxBackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.app.run.ComparisonView;
import org.gatherlab.app.run.LiveComparison;
import org.gatherlab.app.run.TimelineEdits;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.runtime.CpuTime;
import org.gatherlab.runtime.SystemTime;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.prefs.Preferences;

/**
 * The desktop app's entry point: the toolkit creates it; {@link org.gatherlab.Main} launches it. Builds the
 * models, the main window and the seams between them.
 *
 * <p>System properties, for tests and portable use:
 * <ul>
 *   <li>{@value #HOME_PROPERTY}: the directory for the autosave and, when given, the settings
 *       ({@code settings.properties}) instead of {@code java.util.prefs}; default {@code ~/.gatherlab}.</li>
 *   <li>The language is the settings' {@code language} ({@code en}, {@code es}), else the system's
 *       ({@code -Duser.language=es} for a try): see {@link Messages}.</li>
 *   <li>{@value #WINDOW_PROPERTY}: the window size as {@code WIDTHxHEIGHT} (default 1280×800, or the screen if
 *       smaller).</li>
 * </ul>
 */
public final class GatherLabApp extends Application {
    public static final String HOME_PROPERTY = "gatherlab.home";
    public static final String WINDOW_PROPERTY = "gatherlab.window";
    /**
     * Print "first frame N ms after launch" once the window's first frame is laid out and "full window N ms after
     * launch" once the main window's is, then quit (start-up figures, AOT training).
     */
    public static final String EXIT_AFTER_FIRST_FRAME_PROPERTY = "gatherlab.exitAfterFirstFrame";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    /** The window's title until the documents' title (file, unsaved marker) takes over. */
    private static final String TITLE = "GatherLab";
    /**
     * Launched (not built by a test): the first frame shows {@link StartupShell} and the main window is built after
     * it, so the window appears as soon as the toolkit can draw one. A test that calls {@link #start} gets the whole
     * window at once.
     */
    private static volatile boolean launched;

    private FxBackgroundWork checks;
    private FxBackgroundWork files;
    private Timeline autosave;
    private AppearanceModel appearance;
    private Messages messages;
    private ScenarioEditorModel editor;
    private DocumentModel documents;
    private ComparisonModel comparison;
    private MainWindow window;
    private LiveClassroom live;
    private ClassroomPanel classroom;

    @Override
    public void start(Stage stage) {
        start(stage, launched);
    }

    /**
     * With {@code shellFirst} the window shows at once with {@link StartupShell} and the main window is built right
     * after that frame (launched); without, everything is there when this returns (a test building the app).
     */
    void start(Stage stage, boolean shellFirst) {
        Path home = home();
        Settings settings = System.getProperty(HOME_PROPERTY) != null
                ? Settings.file(home.resolve("settings.properties"))
                : Settings.preferences(Preferences.userRoot().node("org/gatherlab"));
        appearance = new AppearanceModel(settings);
        messages = LanguageSetting.remembered(settings);

        Rectangle2D size = windowSize();
        // The shell needs only its own few rules: the theme and the app's stylesheets come with the main window.
        Scene scene = new Scene(StartupShell.of(messages.words(), appearance.theme()), size.getWidth(), size.getHeight());
        if (!stage.titleProperty().isBound()) stage.setTitle(TITLE);   // a test's stage may still be bound to the last app's
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        // Start-up figures and AOT training: say when the first frame and the full main window were laid out, then
        // quit (no recovery question may block it).
        boolean measure = Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME_PROPERTY);
        long since = measure ? launchedAt() : 0;
        Runnable fullWindow = () -> {
            say("full window", since);
            Platform.exit();
        };
        if (shellFirst) {
            stage.show();
            afterNextFrame(scene, () -> {
                if (!stage.isShowing()) return;   // closed while it showed the shell
                if (measure) say("first frame", since);
                build(stage, scene, settings, home);
                if (measure) afterNextFrame(scene, fullWindow);
                else startedUp(settings);
            });
        } else {
            build(stage, scene, settings, home);
            stage.show();
            if (measure) afterNextFrame(scene, () -> {
                say("first frame", since);
                fullWindow.run();
            });
            else startedUp(settings);
        }
    }

    /** The models, the main window and the seams between them, put into the shown scene in place of the shell. */
    private void build(Stage stage, Scene scene, Settings settings, Path home) {
        // Primer (AtlantaFX): the first frame's shell has no control that would need it (see StartupShell).
        Application.setUserAgentStylesheet(appearance.theme().userAgentStylesheet());
        checks = new FxBackgroundWork("gatherlab-check");
        files = new FxBackgroundWork("gatherlab-files");
        // Rerolled seeds are small, so they are easy to read out and type.
        SplittableRandom random = new SplittableRandom();
        LongSupplier seeds = () -> random.nextInt(1, 1_000_000);
        editor = new ScenarioEditorModel(checks, seeds, messages);
        documents = new DocumentModel(editor, files, new FxPrompts(() -> stage, messages), settings, RecoveryStore.open(home), messages);
        // Made before the window: models listen to the language first, so a switch's status message is the window's.
        // Runs have a thread of their own, never closed: a real run still going at exit has nothing to save.
        comparison = new ComparisonModel(new FxBackgroundWork("gatherlab-engine"), messages);
        // The timeline and cards follow every valid edit (virtual clock, in the background); Run replays it.
        new LiveComparison(editor, comparison);
        window = new MainWindow(stage, editor, documents, appearance, messages, seeds, Platform::exit);
        ComparisonView comparisonView = new ComparisonView(comparison);
        comparisonView.editWith(new TimelineEdits(editor, comparison));
        comparisonView.legendShownProperty().bindBidirectional(appearance.legendShownProperty());
        window.showComparison(comparisonView.getRoot(),
                RunActions.of(comparison::run, comparison::stop, comparison.runningProperty(), comparison.statusProperty()));
        // One model, two views: the task selected in the table is the lane selected on the timeline (F, K, Alt+arrows).
        window.editorView().tasks().table().getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) comparison.highlight(row.task().name());
        });

        classroom = new ClassroomPanel(messages, editor, documents, comparison, files, getHostServices());
        window.dock(classroom);
        scene.getStylesheets().addAll(UiPart.resource(Dialogs.STYLESHEET), UiPart.resource(Dialogs.COLOURS));
        scene.setRoot(classroom.layer(window.getRoot()));
        classroom.installKeys(scene, () -> comparison.run(editor.scenario(), window.clock()));
        live = LiveWiring.install(window, classroom, comparisonView, messages);
        showTheme(scene, appearance.theme());
        appearance.themeProperty().addListener((o, old, now) -> {
            Application.setUserAgentStylesheet(now.userAgentStylesheet());
            showTheme(scene, now);
        });
        stage.getIcons().setAll(Dialogs.appIcons());
    }

    /** The main window is up: open what was given, offer a recovery, autosave, focus the tasks. */
    private void startedUp(Settings settings) {
        openGivenFile();
        documents.offerRecovery();
        // How often the working scenario is autosaved when it has unsaved changes (default 5 s).
        autosave = new Timeline(new KeyFrame(Duration.seconds(settings.autosaveSeconds()), e -> documents.autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        window.editorView().focusTasks();
    }

    /** A {@code *.gather.json} the launcher was given (a double-click in a file manager) opens at once. */
    private void openGivenFile() {
        Parameters given = getParameters();   // null when a test builds the app itself
        if (given == null) return;
        var raw = given.getRaw();
        if (raw.size() == 1 && raw.get(0).endsWith(".gather.json")) documents.open(Path.of(raw.get(0)));
    }

    /**
     * Runs {@code then} once the next pulse has laid out the scene (so that frame is on its way to the screen), on the
     * FX thread, outside that pulse.
     */
    private static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** The launch as the OS saw it, in epoch ms (0 when unknown). */
    private static long launchedAt() {
        return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    /**
     * "first frame N ms after launch, CPU M ms": read by src/packaging/firstframe.py and measure.sh. The CPU time (all
     * live threads, from the kernel's scheduler) is taken here, at that moment: read from outside, it would also count
     * the main window's building that follows the first frame at once.
     */
    private static void say(String what, long launched) {
        long ms = launched > 0 ? SystemTime.epochMillis() - launched : -1;
        System.out.println(what + " " + ms + " ms after launch, CPU " + CpuTime.processNanos() / 1_000_000 + " ms");
        System.out.flush();
    }

    /** Not a clean exit by itself: only Quit (after the unsaved-changes question) deletes the autosave. */
    @Override
    public void stop() {
        if (autosave != null) autosave.stop();
        if (live != null) live.shutdown();
        if (checks != null) checks.close();
        if (files != null) files.close();
    }

    /** Called by the launcher with no command-line arguments. */
    public static void launchApp(String[] args) {
        launched = true;
        Application.launch(GatherLabApp.class, args);
    }

    public MainWindow window() { return window; }

    /** The classroom docked in the main window (lessons, predict, code, presenter mode). */
    public ClassroomPanel classroom() { return classroom; }

    public DocumentModel documents() { return documents; }

    public ScenarioEditorModel editor() { return editor; }

    /** The comparison area's model (what Run and Stop drive). */
    public ComparisonModel comparison() { return comparison; }

    public AppearanceModel appearance() { return appearance; }

    /** The live class session (Run ▸ Start class session, key C). */
    public LiveClassroom live() { return live; }

    /** The app's language (View ▸ Language), remembered in the settings. */
    public Messages messages() { return messages; }

    /** {@code :dark} on the root, for the few GatherLab tokens that differ between the themes. */
    private static void showTheme(Scene scene, Theme theme) {
        scene.getRoot().pseudoClassStateChanged(DARK, theme == Theme.DARK);
    }

    private static Path home() {
        String dir = System.getProperty(HOME_PROPERTY);
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".gatherlab");
    }

    private static Rectangle2D windowSize() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = 1280;
        double h = 800;
        String wanted = System.getProperty(WINDOW_PROPERTY);
        if (wanted != null && wanted.matches("\\d+x\\d+")) {
            String[] parts = wanted.split("x");
            w = Double.parseDouble(parts[0]);
            h = Double.parseDouble(parts[1]);
        }
        return new Rectangle2D(0, 0, Math.min(w, screen.getWidth()), Math.min(h, screen.getHeight()));
    }
}
