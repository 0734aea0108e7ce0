package org.gatherlab.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.gatherlab.app.fx.Screenshots;

/**
 * The student page (and the teacher's) in a real browser: Debian's headless Chromium driven by Selenium through
 * Debian's chromedriver (never a downloaded one). Join, answer, "answer received", the vote closing, the reveal, in
 * English on a 360 px phone and in Spanish on a laptop; screenshots in {@code target/screenshots/}. Without Chromium
 * the test is skipped, and says so.
 */
class StudentPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private LiveServer server;
    private WebDriver browser;
    private Path profile;

    @BeforeAll
    static void needsChromium() {
        boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!there) System.err.println("StudentPageBrowserTest SKIPPED: install chromium and chromium-driver (apt-get) to run it");
        assumeTrue(there, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void start(boolean nicknames) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        server = LiveServer.start(new ClassSession(ClassSessionTest.lesson01(), nicknames, Limits.CLASSROOM.sharedAddress()),
                loopback, 0, loopback);
    }

    private WebDriver open(String language, int width, int height) throws IOException {
        profile = Files.createTempDirectory("gatherlab-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--lang=" + language, "--window-size=" + width + "," + height, "--hide-scrollbars", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // The window's size includes what the browser draws around the page: grow it until the page itself is width x height.
        browser.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) ((ChromeDriver) browser).executeScript("return window.innerWidth");
        long innerHeight = (Long) ((ChromeDriver) browser).executeScript("return window.innerHeight");
        browser.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
        return browser;
    }

    private WebDriverWait waiting() { return new WebDriverWait(browser, Duration.ofSeconds(10)); }

    private WebElement byId(String id) { return browser.findElement(By.id(id)); }

    private void waitForText(String id, String part) {
        waiting().until(d -> d.findElement(By.id(id)).getText().contains(part));
    }

    private void shot(String name) throws IOException {
        Path file = Screenshots.dir().resolve(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page at the window's width (the window grows to the page's height for the picture, then shrinks back). */
    private void fullShot(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        long height = (Long) ((ChromeDriver) browser).executeScript("return document.documentElement.scrollHeight");
        long chrome = before.getHeight() - (Long) ((ChromeDriver) browser).executeScript("return window.innerHeight");
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(6000, height + chrome)));
        shot(name);
        browser.manage().window().setSize(before);
    }

    private void pick(String question, int choice) {
        byId("c-" + question + "-" + choice).click();
    }

    @Test
    void aPhoneJoinsAnswersAndFollowsTheRoundsToTheRevealInEnglish() throws Exception {
        start(true);
        open("en-US", 360, 740);
        long width = (Long) ((ChromeDriver) browser).executeScript("return window.innerWidth");
        assertEquals(360, width, "the page is laid out for a 360 px wide phone");

        // A wrong code first: refused, said next to the field.
        browser.get(server.studentUrl().toString());
        waiting().until(d -> d.findElement(By.id("nickname-row")).isDisplayed());
        assertEquals("Join the class", byId("join-title").getText());
        byId("code").sendKeys(server.session().code().digits().equals("000000") ? "111111" : "000000");
        byId("code").sendKeys(Keys.ENTER);
        waitForText("join-error", "not this class");
        assertEquals("true", byId("code").getAttribute("aria-invalid"));
        shot("student-wrong-code-360x740-en");

        // The QR code's link fills the code in.
        browser.get(server.joinUrl().toString());
        waiting().until(d -> d.findElement(By.id("code")).getDomProperty("value").equals(server.session().code().digits()));
        assertFalse(browser.getCurrentUrl().contains("#code"), "the code leaves the address bar");
        byId("nickname").sendKeys("<b>Ana</b>");
        shot("student-join-360x740-en");
        byId("code").sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("quiz-view")).isDisplayed());
        assertEquals("gather doesn't cancel the others", byId("lesson-title").getText());
        assertEquals(3, browser.findElements(By.cssSelector("#tasks tbody tr")).size());
        waitForText("status", "Round 1");
        waiting().until(d -> (Boolean) ((ChromeDriver) d).executeScript("const i = document.getElementById('picture'); return i.complete && i.naturalWidth > 0"));
        fullShot("student-quiz-360x740-en-full");

        // Sending with a question left out names it; nothing is sent.
        pick("when", 0);
        byId("send").click();
        waitForText("answer-error", "question 2, question 3");
        assertEquals(0, server.session().teacherView().answered());

        // The keyboard alone can answer: focus a choice, arrows move within the group.
        byId("c-what-0").sendKeys(Keys.SPACE);
        byId("c-what-0").sendKeys(Keys.ARROW_DOWN);
        assertTrue(byId("c-what-1").isSelected());
        pick("cancelled", 0);
        byId("send").click();
        waitForText("status", "Answer received (round 1)");
        assertEquals(1, server.session().teacherView().answered());
        ((ChromeDriver) browser).executeScript("document.getElementById('status').scrollIntoView({block: 'center'})");
        shot("student-answered-360x740-en");

        server.session().showResults();
        waitForText("status", "The vote is closed");
        assertFalse(byId("c-when-0").isEnabled(), "no answers while the class discusses");
        server.session().secondRound();
        waitForText("status", "Round 2");
        assertTrue(byId("c-when-0").isEnabled());
        server.session().reveal();
        waiting().until(d -> d.findElement(By.id("reveal")).isDisplayed());
        assertTrue(byId("rule").getText().startsWith("gather passes the first exception"), byId("rule").getText());
        assertEquals(3, browser.findElements(By.cssSelector("#reveal-marks li")).size());
        waiting().until(d -> (Boolean) ((ChromeDriver) d).executeScript("const i = document.getElementById('picture'); return i.complete && i.naturalWidth > 0"));
        ((ChromeDriver) browser).executeScript("document.getElementById('reveal').scrollIntoView()");
        shot("student-revealed-360x740-en");
        fullShot("student-revealed-360x740-en-full");

        // The teacher's page shows the nickname as text: no element was made from it.
        browser.get(server.teacherUrl().toString());
        waiting().until(d -> d.findElements(By.cssSelector("#names li")).size() == 1);
        assertEquals("<b>Ana</b>", browser.findElement(By.cssSelector("#names li")).getText());
        assertTrue(browser.findElements(By.cssSelector("#names b")).isEmpty());
        assertFalse(browser.getCurrentUrl().contains("k="), "the teacher key leaves the address bar");
    }

    @Test
    void aLaptopInSpanishJoinsAndAnswersAndTheTeachersPageShowsTheSplit() throws Exception {
        start(false);
        open("es-ES", 1280, 800);
        browser.get(server.studentUrl().toString());
        waiting().until(d -> d.findElement(By.id("join-title")).getText().equals("Únete a la clase"));
        assertEquals("es", byId("main").findElement(By.xpath("/html")).getAttribute("lang"));
        assertFalse(byId("nickname-row").isDisplayed(), "no nickname field unless the teacher asked for nicknames");
        shot("student-join-1280x800-es");
        byId("code").sendKeys(server.session().code().digits());
        byId("code").sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("quiz-view")).isDisplayed());
        assertEquals("gather no cancela a las demás", byId("lesson-title").getText());
        assertTrue(byId("c-what-0").findElement(By.xpath("..")).getText().startsWith("lanza") || byId("c-what-0").findElement(By.xpath("..")).getText().startsWith("devuelve"));
        pick("when", 1);
        pick("what", 1);
        pick("cancelled", 1);
        byId("send").click();
        waitForText("status", "Respuesta recibida (ronda 1)");
        ((ChromeDriver) browser).executeScript("document.getElementById('status').scrollIntoView()");
        shot("student-answered-1280x800-es");

        // Two more students, by API, answer differently; the teacher's page shows the split once results are on.
        for (int i = 0; i < 2; i++) {
            String token = server.session().join(server.session().code().digits(), null).token();
            server.session().answer(token, 1, new ClassSession.Answer(i, 0, i == 0 ? 0 : 2));
        }
        byId("lesson-title").isDisplayed();
        ((ChromeDriver) browser).executeScript("window.open('about:blank', '_blank')");
        List<String> tabs = List.copyOf(browser.getWindowHandles());
        browser.switchTo().window(tabs.get(1));
        browser.get(server.teacherUrl().toString());
        waitForText("counts", "3 dentro");
        waitForText("counts", "3 han respondido");
        assertEquals(0, browser.findElements(By.cssSelector(".dist-row")).size(), "the split stays hidden while the class votes");
        shot("teacher-join-1280x800-es");
        byId("results").click();
        waiting().until(d -> d.findElements(By.cssSelector(".dist-row")).size() == 3 + 4 + 4);
        shot("teacher-results-1280x800-es");
        byId("reveal").click();
        waiting().until(d -> d.findElements(By.cssSelector(".dist-row.right")).size() == 3);
        fullShot("teacher-revealed-1280x800-es-full");
        // Back on the student's tab the reveal arrived on its own.
        browser.switchTo().window(tabs.get(0));
        waiting().until(d -> d.findElement(By.id("reveal")).isDisplayed());
        assertEquals("La regla", browser.findElement(By.cssSelector("#reveal h3")).getText());
        // Switching language is one click and keeps everything.
        browser.findElement(By.cssSelector("[data-lang='en']")).click();
        waitForText("reveal-title", "The answer");
        ((ChromeDriver) browser).executeScript("document.getElementById('reveal').scrollIntoView()");
        shot("student-revealed-1280x800-en");
    }
}
