package org.gatherlab.app.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Application;
import javafx.stage.Stage;

import org.testfx.util.WaitForAsyncUtils;

/** What the TestFX tests of the real window share: a fresh English home at 1280x800, the theme reset, waiting on the FX thread. */
final class FxAppUnderTest {
    private FxAppUnderTest() {}

    /**
     * A fresh home (its own settings and autosave, so no test sees another's recovery file), English whatever the
     * machine's language (tests assert English texts), a 1280x800 window, and no user-agent stylesheet yet.
     */
    static Path englishHomeAt1280x800(String prefix) throws Exception {
        Path home = Files.createTempDirectory(prefix);
        Files.writeString(home.resolve("settings.properties"), LanguageSetting.KEY + "=en\n");
        System.setProperty(GatherLabApp.HOME_PROPERTY, home.toString());
        System.setProperty(GatherLabApp.WINDOW_PROPERTY, "1280x800");
        Application.setUserAgentStylesheet(null);
        return home;
    }

    /**
     * The real app started on TestFX's stage in a fresh English home at 1280x800 ({@link #englishHomeAt1280x800}), its
     * class session's server on any free port (a test must not depend on 8765 being free).
     */
    static GatherLabApp started(Stage stage, String prefix) throws Exception {
        englishHomeAt1280x800(prefix);
        System.setProperty(LiveWiring.PORT_PROPERTY, "0");
        GatherLabApp app = new GatherLabApp();
        app.start(stage);
        return app;
    }

    /** Stops the app and puts back the light theme the next test class expects. */
    static void stop(GatherLabApp app) {
        app.stop();
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
    }

    /** Waits until {@code condition}, read on the FX thread after its pending events, holds. */
    static void waitUntil(long seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
        });
    }
}
