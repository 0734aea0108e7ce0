package org.gatherlab.app.shell;

import java.util.Locale;

import org.gatherlab.app.fx.Messages;

/** The app's language in the settings: the one chosen last (View ▸ Language), or else the system's. */
public final class LanguageSetting {
    private LanguageSetting() {}

    /** The settings key: {@code en} or {@code es}; absent: follow the system. */
    public static final String KEY = "language";

    /** The language stored in the settings (else the system's), and every later switch stored there. */
    public static Messages remembered(Settings settings) {
        String stored = settings.get(KEY, "");
        Messages m = stored.isBlank() ? Messages.system() : new Messages(Locale.forLanguageTag(stored.strip()));
        m.localeProperty().addListener((o, was, now) -> settings.put(KEY, now.toLanguageTag()));
        return m;
    }
}
