package org.gatherlab.app.fx;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The app's current language, observable, one for the whole app, the classroom included: views and models listen
 * to {@link #localeProperty()} and re-word themselves in place when it changes (View ▸ Language). It starts from the
 * settings, or else the system's language, and the shell remembers every switch in the settings. The words of the
 * current language are {@link #words()}; the shorthands {@link #text}, {@link #format} and {@link #count} read them.
 * Pure {@code javafx.base}: works without the toolkit.
 */
public final class Messages {
    private final ReadOnlyObjectWrapper<Locale> locale;

    public Messages(Locale initial) {
        locale = new ReadOnlyObjectWrapper<>(this, "locale", Words.supported(initial));
    }

    /** English, whatever the system says (tests that assert English texts). */
    public static Messages english() { return new Messages(Words.ENGLISH); }

    /** Follows the system: Spanish on a Spanish system, else English. */
    public static Messages system() { return new Messages(Locale.getDefault(Locale.Category.DISPLAY)); }

    // ---------------------------------------------------------------------------------------------- properties

    /** {@link Words#ENGLISH} or {@link Words#SPANISH}. */
    public ReadOnlyObjectProperty<Locale> localeProperty() { return locale.getReadOnlyProperty(); }

    public Locale locale() { return locale.get(); }

    /** The words of the current language. */
    public Words words() { return Words.of(locale.get()); }

    public List<Locale> supported() { return Words.SUPPORTED; }

    // ---------------------------------------------------------------------------------------------- commands

    /** Switches the language (to English for a language the app does not speak); listeners re-word. */
    public void setLocale(Locale l) {
        Objects.requireNonNull(l, "locale");
        locale.set(Words.supported(l));
    }

    // ---------------------------------------------------------------------------------------------- shorthands

    public String text(String key) { return words().text(key); }

    public String text(Words.Msg msg) { return words().text(msg); }

    public String format(String key, Object... args) { return words().format(key, args); }

    public String count(String key, long n, Object... more) { return words().count(key, n, more); }

    /**
     * "English", "Español": a language's name in that language (how a language menu names it), from that language's
     * own bundle: the JDK's locale names are not in the packaged image (no {@code jdk.localedata}), where
     * {@code getDisplayLanguage} would say "Spanish".
     */
    public static String nativeName(Locale l) {
        return Words.of(l).text("language.name");
    }
}
