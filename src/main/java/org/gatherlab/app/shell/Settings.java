package org.gatherlab.app.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between sessions (theme, language, recent files, last folder). The app uses
 * {@link java.util.prefs}; a run with {@code -Dgatherlab.home=DIR} (tests, portable use) keeps them in
 * {@code DIR/settings.properties} instead, and tests of the models use {@link #inMemory()}.
 */
public interface Settings {
    /** How often unsaved work is autosaved, in whole seconds ({@value #AUTOSAVE_MIN_SECONDS} to {@value #AUTOSAVE_MAX_SECONDS}). */
    String AUTOSAVE_SECONDS = "autosaveSeconds";
    int AUTOSAVE_DEFAULT_SECONDS = 5;
    int AUTOSAVE_MIN_SECONDS = 1;
    int AUTOSAVE_MAX_SECONDS = 600;

    String get(String key, String fallback);

    void put(String key, String value);

    /**
     * The autosave interval: the setting {@value #AUTOSAVE_SECONDS} (no menu item; e.g. {@code autosaveSeconds=2} in
     * {@code settings.properties}), kept within its bounds; {@value #AUTOSAVE_DEFAULT_SECONDS} when absent or not a
     * number. At most this much editing is lost when the app is killed.
     */
    default int autosaveSeconds() {
        try {
            int s = Integer.parseInt(get(AUTOSAVE_SECONDS, "").strip());
            return Math.clamp(s, AUTOSAVE_MIN_SECONDS, AUTOSAVE_MAX_SECONDS);
        } catch (NumberFormatException e) {
            return AUTOSAVE_DEFAULT_SECONDS;
        }
    }

    static Settings preferences(Preferences node) {
        return new Settings() {
            @Override
            public String get(String key, String fallback) { return node.get(key, fallback); }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    System.getLogger(Settings.class.getName()).log(System.Logger.Level.WARNING, "could not store settings", e);
                }
            }
        };
    }

    static Settings inMemory() {
        Map<String, String> values = new HashMap<>();
        return new Settings() {
            @Override
            public String get(String key, String fallback) { return values.getOrDefault(key, fallback); }

            @Override
            public void put(String key, String value) { values.put(key, value); }
        };
    }

    /** A properties file, rewritten (atomically) on every change; small, so written on the calling thread. */
    static Settings file(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (NoSuchFileException absent) {
            // first start
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read settings " + file, e);
        }
        return new Settings() {
            @Override
            public synchronized String get(String key, String fallback) { return props.getProperty(key, fallback); }

            @Override
            public synchronized void put(String key, String value) {
                props.setProperty(key, value);
                try {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
                    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                        props.store(out, "GatherLab settings");
                    }
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    System.getLogger(Settings.class.getName()).log(System.Logger.Level.WARNING, "could not store settings in " + file, e);
                }
            }
        };
    }
}
