package org.gatherlab.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the app remembers: the theme, in a settings file that survives a restart. */
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
}
