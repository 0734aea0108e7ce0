package org.gatherlab.app.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the app remembers: the theme, in a settings file that survives a restart, and the language. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void theThemeIsRememberedAcrossStarts() {
        Path file = dir.resolve("settings.properties");
        AppearanceModel first = new AppearanceModel(Settings.file(file));
        assertEquals(Theme.LIGHT, first.theme());
        first.toggle();
        assertEquals(Theme.DARK, first.theme());

        AppearanceModel next = new AppearanceModel(Settings.file(file));
        assertEquals(Theme.DARK, next.theme());
        next.setTheme(Theme.LIGHT);
        assertEquals(Theme.LIGHT, new AppearanceModel(Settings.file(file)).theme());
    }

    @Test
    void anUnknownStoredThemeFallsBackToLight() {
        Settings s = Settings.inMemory();
        s.put(AppearanceModel.KEY, "sepia");
        assertEquals(Theme.LIGHT, new AppearanceModel(s).theme());
    }

    @Test
    void recentFilesSurviveARestartThroughTheSettingsFile() {
        Path file = dir.resolve("settings.properties");
        RecentFiles recent = new RecentFiles(Settings.file(file));
        recent.add(dir.resolve("a.gather.json"));
        recent.add(dir.resolve("b.gather.json"));
        assertEquals(java.util.List.of(dir.resolve("b.gather.json"), dir.resolve("a.gather.json")),
                new RecentFiles(Settings.file(file)).files());
    }

    @Test
    void languageSwitchesAreRememberedAndTheSystemIsFollowedUntilThen() {
        Settings settings = Settings.inMemory();
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.Category.DISPLAY, Locale.of("es", "AR"));
            Messages m = LanguageSetting.remembered(settings);
            assertEquals(Words.SPANISH, m.locale(), "follows the system");
            List<Locale> heard = new ArrayList<>();
            m.localeProperty().addListener((o, a, b) -> heard.add(b));
            m.setLocale(Locale.ENGLISH);
            assertEquals("en", settings.get(LanguageSetting.KEY, ""));
            assertEquals(List.of(Locale.ENGLISH), heard);
            assertEquals(Words.ENGLISH, LanguageSetting.remembered(settings).locale(), "remembered over the system");
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }

    @Test
    void theAutosaveIntervalIsFiveSecondsUnlessSetWithinItsBounds() {
        Settings s = Settings.inMemory();
        assertEquals(5, s.autosaveSeconds());
        s.put(Settings.AUTOSAVE_SECONDS, " 2 ");
        assertEquals(2, s.autosaveSeconds());
        s.put(Settings.AUTOSAVE_SECONDS, "0");
        assertEquals(1, s.autosaveSeconds());
        s.put(Settings.AUTOSAVE_SECONDS, "86400");
        assertEquals(600, s.autosaveSeconds());
        s.put(Settings.AUTOSAVE_SECONDS, "often");
        assertEquals(5, s.autosaveSeconds());
    }
}
