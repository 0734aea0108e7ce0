package org.gatherlab.app.shell;

import static org.gatherlab.app.fx.FxCalls.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.gatherlab.app.classroom.live.LiveClassModel;
import org.gatherlab.live.ClassSession.Phase;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "done when", once, on a real display (run under Xvfb, not a unit test): the app opens lesson 01 from
 * the lesson list, goes to presenter mode and starts a class session with the keys a teacher presses (Ctrl+L,
 * ↓, Enter, P, C); three Chromium browsers driven by Selenium join with the code the projector shows and answer
 * differently; Show results shows the split; Reveal plays the run beside it. Screenshots of the whole screen
 * ({@code import -window root}) and of each student's page go to DIR.
 *
 * <pre>
 * xvfb-run -s '-screen 0 1280x800x24' java -cp CLASSES org.gatherlab.app.shell.LiveClassDemo DIR en|es [contrast]
 * </pre>
 */
public final class LiveClassDemo {
    private LiveClassDemo() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String lang = args[1];
        boolean highContrast = args.length > 2 && args[2].equals("contrast");
        Files.createDirectories(dir);
        Path home = Files.createTempDirectory("gatherlab-demo");
        Files.writeString(home.resolve("settings.properties"), LanguageSetting.KEY + "=" + lang + "\n");
        System.setProperty(GatherLabApp.HOME_PROPERTY, home.toString());
        System.setProperty(GatherLabApp.WINDOW_PROPERTY, "1280x800");

        GatherLabApp app = new GatherLabApp();
        Stage[] main = new Stage[1];
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> {
            main[0] = new Stage();
            app.start(main[0]);
            started.complete(null);
        });
        started.get(120, TimeUnit.SECONDS);
        pause(3000);

        // The teacher: Ctrl+L, down into the lesson list, Enter; close the list; P (presenter); C (class session).
        fx(() -> main[0].requestFocus());
        keys(KeyCode.CONTROL, KeyCode.L);
        pause(2000);
        keys(KeyCode.DOWN);
        keys(KeyCode.ENTER);
        pause(2000);
        fx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) if (w instanceof Stage s && s != main[0]) s.hide();
            main[0].requestFocus();
        });
        pause(1000);
        keys(KeyCode.P);
        pause(1500);
        if (!highContrast) keys(KeyCode.H);
        keys(KeyCode.C);
        LiveClassModel model = app.live().model();
        waitFor(() -> model.state() == LiveClassModel.State.OPEN);
        pause(1500);
        screen(dir, "app-join-" + lang);

        String joinUrl = fx(() -> model.server().joinUrl().toString());
        List<WebDriver> students = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                WebDriver b = browser(lang);
                students.add(b);
                b.get(joinUrl);
                wait(b).until(d -> !d.findElement(By.id("code")).getDomProperty("value").isEmpty());
                b.findElement(By.id("code")).sendKeys(Keys.ENTER);
                wait(b).until(d -> d.findElement(By.id("quiz-view")).isDisplayed());
                // Three different predictions.
                b.findElement(By.id("c-when-" + i)).click();
                b.findElement(By.id("c-what-" + (i == 2 ? 1 : 0))).click();
                b.findElement(By.id("c-cancelled-" + (i % 2))).click();
                b.findElement(By.id("send")).click();
                wait(b).until(d -> d.findElement(By.id("status")).getText().contains(lang.equals("es") ? "Respuesta recibida" : "Answer received"));
                ((ChromeDriver) b).executeScript("document.getElementById('status').scrollIntoView({block: 'center'})");
                Files.write(dir.resolve("student-" + (i + 1) + "-answered-" + lang + ".png"), ((ChromeDriver) b).getScreenshotAs(OutputType.BYTES));
            }
            waitFor(() -> model.answeredProperty().get() == 3);
            pause(1000);
            screen(dir, "app-counts-" + lang);

            press("#live-results", main[0]);
            waitFor(() -> model.phaseProperty().get() == Phase.RESULTS);
            pause(1500);
            screen(dir, "app-split-" + lang);

            press("#live-reveal", main[0]);
            waitFor(() -> model.phaseProperty().get() == Phase.REVEALED);
            pause(6000);                     // presenter mode plays the run in slow motion
            screen(dir, "app-reveal-" + lang);
            WebDriver first = students.getFirst();
            wait(first).until(d -> d.findElement(By.id("reveal")).isDisplayed());
            ((ChromeDriver) first).executeScript("document.getElementById('reveal').scrollIntoView()");
            Files.write(dir.resolve("student-1-revealed-" + lang + ".png"), ((ChromeDriver) first).getScreenshotAs(OutputType.BYTES));
        } finally {
            for (WebDriver b : students) b.quit();
            fx(() -> {
                app.live().shutdown();
                return null;
            });
            Platform.exit();
        }
        System.exit(0);
    }

    private static WebDriver browser(String lang) throws Exception {
        Path profile = Files.createTempDirectory("gatherlab-demo-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--lang=" + lang, "--window-size=412,900", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", lang));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static WebDriverWait wait(WebDriver b) { return new WebDriverWait(b, Duration.ofSeconds(30)); }

    private static void press(String id, Stage stage) throws Exception {
        fx(() -> {
            ((Button) stage.getScene().getRoot().lookup(id)).fire();
            return null;
        });
    }

    private static void keys(KeyCode... chord) throws Exception {
        fx(() -> {
            Robot r = new Robot();
            for (KeyCode k : chord) r.keyPress(k);
            for (int i = chord.length - 1; i >= 0; i--) r.keyRelease(chord[i]);
            return null;
        });
        pause(400);
    }

    private static void screen(Path dir, String name) throws Exception {
        Process p = new ProcessBuilder("import", "-window", "root", dir.resolve(name + ".png").toString()).inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException("import failed");
        System.out.println("screenshot " + dir.resolve(name + ".png"));
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (!fx(condition)) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("timed out");
            pause(200);
        }
    }

    private static void pause(long ms) throws InterruptedException { Thread.sleep(ms); }
}
