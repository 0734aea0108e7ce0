package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.gatherlab.app.classroom.live.LiveClassModel;
import org.gatherlab.app.classroom.live.LiveClassroom;
import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.fx.Words;
import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.live.ClassSession.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's "done when", end to end, in English and in Spanish: the teacher opens lesson 01 from the lesson list
 * (Ctrl+L, ↓, Enter), turns presenter mode on (P) and starts a class session (C) in the real window (headless); three
 * browser windows (headless Chromium through Selenium) open the address, type the code the projector shows, answer
 * differently and see "answer received"; the projector shows 3 joined and 3 answered, Show results shows the split
 * (the three predictions counted per choice), Reveal marks the answers and plays lesson 01's run on the timeline
 * beside them, and the phones see the reveal.
 *
 * <p>One Chromium process serves the three students: each window opens the server at its own loopback address
 * (127.0.0.1, .2, .3), so each is its own origin with its own stored student token and the server sees three clients,
 * as it would see three phones. Screenshots: the teacher's screen at each step,
 * {@code target/screenshots/live-done-<step>-1280x800-presenter-<language>.png}, and the first student's phone
 * (360×740) after answering and after the reveal, {@code live-done-phone-<step>-360x740-<language>.png}. Skipped
 * (and says so) without Chromium.
 */
@ExtendWith(ApplicationExtension.class)
class LiveClassDoneWhenFxTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private GatherLabApp app;
    private Stage stage;
    private WebDriver browser;
    private Path profile;

    @BeforeAll
    static void setUp() {
        boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!there) System.err.println("LiveClassDoneWhenFxTest SKIPPED: install chromium and chromium-driver (apt-get) to run it");
        assumeTrue(there, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        // The whole app's first frame on a loaded 2-core machine: the margin is for the load, not for this test's work.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = FxAppUnderTest.started(stage, "gatherlab-live-done");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) browser.quit();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void inEnglish(FxRobot robot) throws Exception {
        walk(robot, Words.ENGLISH, Theme.LIGHT, "en-US");
    }

    @Test
    void inSpanish(FxRobot robot) throws Exception {
        walk(robot, Words.SPANISH, Theme.DARK, "es-ES");
    }

    private void walk(FxRobot robot, Locale language, Theme theme, String browserLanguage) throws Exception {
        String lang = language.getLanguage();
        Words w = Words.of(language);
        robot.interact(() -> {
            app.messages().setLocale(language);
            app.appearance().setTheme(theme);
        });

        // The teacher: lesson 01 from the lesson list, presenter mode, the class session.
        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(this::lessonsShown);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        var lesson01 = LessonLibrary.builtIn().lessons().getFirst();
        waitUntil(() -> app.classroom().currentLesson() != null && app.classroom().currentLesson().id().equals(lesson01.id()));
        robot.interact(stage::requestFocus);
        robot.type(KeyCode.P);
        waitUntil(() -> app.classroom().presenter().isOn());
        // Presenter mode goes full screen, which here is the headless screen (1920x1080); the projector is 1280x800.
        robot.interact(() -> {
            stage.setFullScreen(false);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        robot.type(KeyCode.C);
        LiveClassroom live = app.live();
        LiveClassModel model = live.model();
        waitUntil(() -> model.state() == LiveClassModel.State.OPEN && live.isDocked());
        assertEquals(1280, stage.getScene().getWidth(), 0.5);
        assertEquals(800, stage.getScene().getHeight(), 0.5);
        assertTrue(app.classroom().presenter().isOn());
        shot("join", lang);

        // Three students: the address and the code as the projector shows them.
        String code = text("#live-code").replace(" ", "");
        assertTrue(code.matches("[0-9]{6}"), code);
        int port = model.server().port();
        assertTrue(text("#live-address").contains(":" + port), text("#live-address"));
        open(browserLanguage);
        List<String> windows = new ArrayList<>();
        String received = lang.equals("es") ? "Respuesta recibida" : "Answer received";
        for (int i = 0; i < 3; i++) {
            if (i == 0) windows.add(browser.getWindowHandle());
            else windows.add(browser.switchTo().newWindow(WindowType.WINDOW).getWindowHandle());
            if (i == 0) phoneSize();
            browser.get("http://127.0.0." + (i + 1) + ":" + port + "/");
            waiting().until(d -> d.findElement(By.id("code")).isDisplayed());
            browser.findElement(By.id("code")).sendKeys(code);
            browser.findElement(By.id("code")).sendKeys(Keys.ENTER);
            waiting().until(d -> d.findElement(By.id("quiz-view")).isDisplayed());
            // Three different predictions: when 100 / 200 / 300 ms, what the first, second, first; cancelled none, A and C, none.
            browser.findElement(By.id("c-when-" + i)).click();
            browser.findElement(By.id("c-what-" + (i % 2))).click();
            browser.findElement(By.id("c-cancelled-" + (i % 2))).click();
            browser.findElement(By.id("send")).click();
            waiting().until(d -> d.findElement(By.id("status")).getText().contains(received));
            if (i == 0) {
                ((ChromeDriver) browser).executeScript("document.getElementById('status').scrollIntoView({block: 'center'})");
                phoneShot("answered", lang);
            }
        }

        // The projector: three joined, three answered; then the split.
        String counts = w.count("live.joined", 3) + " \u00b7 " + w.count("live.answered", 3);
        waitUntil(() -> counts.equals(label("#live-counts").getText()));
        assertEquals(3, model.session().teacherView().joined(), "the server sees three students");
        shot("counts", lang);
        robot.clickOn("#live-results");
        waitUntil(() -> model.phaseProperty().get() == Phase.RESULTS);
        List<String> bars = texts(".live-bar-count");
        // When: one vote each for 100, 200 and 300 ms; what: two for the first choice, one for the second; cancelled the same.
        int when = model.session().quiz().choices(org.gatherlab.live.Question.WHEN);
        int what = model.session().quiz().choices(org.gatherlab.live.Question.WHAT);
        for (int i = 0; i < 3; i++) assertEquals(w.count("live.votes", 1, 33), bars.get(i), "when " + i + ": " + bars);
        assertEquals(w.count("live.votes", 2, 67), bars.get(when), "what 0: " + bars);
        assertEquals(w.count("live.votes", 1, 33), bars.get(when + 1), "what 1: " + bars);
        assertEquals(w.count("live.votes", 2, 67), bars.get(when + what), "cancelled 0: " + bars);
        assertEquals(w.count("live.votes", 1, 33), bars.get(when + what + 1), "cancelled 1: " + bars);
        shot("split", lang);

        // Reveal: the answers marked beside the class's bars, the rule, and the run on the timeline beside them.
        robot.clickOn("#live-reveal");
        waitUntil(() -> model.phaseProperty().get() == Phase.REVEALED);
        waitUntil(() -> !app.comparison().runs().isEmpty()
                && app.comparison().runs().stream().allMatch(r -> r.getState() == org.gatherlab.app.run.RunViewModel.State.DONE));
        assertEquals(3, texts(".live-choice-text").stream().filter(t -> t.startsWith("\u2713")).count(), "one answer marked per question");
        assertTrue(robot.lookup("#live-rule").query().isVisible());
        Node timeline = robot.lookup(".comparison-host .timeline").query();
        Bounds t = timeline.localToScene(timeline.getLayoutBounds());
        Bounds p = live.panel().getRoot().localToScene(live.panel().getRoot().getLayoutBounds());
        assertTrue(t.getMaxX() <= p.getMinX() + 1 && t.getWidth() >= 0.45 * 1280, "the run plays beside the answers: " + t + " " + p);
        // Presenter mode plays the run in slow motion: the picture once the playhead has reached the run's end.
        var playback = app.comparison().playback();
        waitUntil(() -> playback.getEndMs() > 0 && playback.getPlayheadMs() >= playback.getEndMs());
        shot("reveal", lang);

        browser.switchTo().window(windows.getFirst());
        waiting().until(d -> d.findElement(By.id("reveal")).isDisplayed());
        assertEquals(3, browser.findElements(By.cssSelector("#reveal-marks li")).size());
        ((ChromeDriver) browser).executeScript("document.getElementById('reveal').scrollIntoView()");
        phoneShot("revealed", lang);

        robot.interact(() -> {
            live.panel().setConfirmEnd(() -> true);
            model.close();
            app.classroom().presenter().setOn(false);
            stage.setFullScreen(false);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    // ---------------------------------------------------------------------------------------------- the browser

    /** One headless Chromium; its windows are the students. */
    private void open(String language) throws IOException {
        profile = Files.createTempDirectory("gatherlab-chromium-done-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--lang=" + language, "--window-size=412,900", "--hide-scrollbars", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    /** The first student's window: a page of 360×740, a phone's (the window's size includes what the browser draws). */
    private void phoneSize() {
        browser.manage().window().setSize(new Dimension(360, 740));
        long innerWidth = (Long) ((ChromeDriver) browser).executeScript("return window.innerWidth");
        long innerHeight = (Long) ((ChromeDriver) browser).executeScript("return window.innerHeight");
        browser.manage().window().setSize(new Dimension(2 * 360 - (int) innerWidth, 2 * 740 - (int) innerHeight));
    }

    private WebDriverWait waiting() { return new WebDriverWait(browser, Duration.ofSeconds(30)); }

    private void phoneShot(String step, String lang) throws IOException {
        Path file = Screenshots.dir().resolve("live-done-phone-" + step + "-360x740-" + lang + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    // ---------------------------------------------------------------------------------------------- the window

    private Label label(String id) {
        return (Label) stage.getScene().getRoot().lookup(id);
    }

    private String text(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> label(id).getText()).get(10, TimeUnit.SECONDS);
    }

    private List<String> texts(String selector) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : stage.getScene().getRoot().lookupAll(selector)) out.add(((Labeled) n).getText());
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    private boolean lessonsShown() {
        var side = (javafx.scene.control.TabPane) stage.getScene().getRoot().lookup("#side-panel");
        return side != null && side.getParent() != null && "lessons-tab".equals(side.getSelectionModel().getSelectedItem().getId());
    }

    private void shot(String step, String lang) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Screenshots.write(image, Screenshots.dir().resolve("live-done-" + step + "-1280x800-presenter-" + lang + ".png"));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(30, condition);
    }
}
