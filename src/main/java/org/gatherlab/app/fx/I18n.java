package org.gatherlab.app.fx;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The classroom's current language, observable: every classroom model and view listens to {@link #textProperty()}
 * and re-words itself when it changes. It starts from the system's language ({@link #system()}), is switched with
 * {@link #use(Locale)}, or follows the app's own language setting ({@link #follow}). Pure {@code javafx.base}:
 * works without the toolkit.
 */
public final class I18n {
    private final ReadOnlyObjectWrapper<ClassroomText> text;

    public I18n(Locale locale) {
        text = new ReadOnlyObjectWrapper<>(this, "text", ClassroomText.of(locale));
    }

    /** Follows the system: Spanish on a Spanish system, else English. */
    public static I18n system() {
        return new I18n(Locale.getDefault(Locale.Category.DISPLAY));
    }

    /** Follows a language chosen elsewhere, e.g. the main window's {@code Messages.localeProperty()}. */
    public static I18n follow(ObservableValue<Locale> locale) {
        I18n i18n = new I18n(locale.getValue() == null ? Locale.getDefault(Locale.Category.DISPLAY) : locale.getValue());
        locale.addListener((obs, was, now) -> {
            if (now != null) i18n.use(now);
        });
        return i18n;
    }

    // ---------------------------------------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<ClassroomText> textProperty() { return text.getReadOnlyProperty(); }

    /** The words of the current language. */
    public ClassroomText text() { return text.get(); }

    public Locale locale() { return text.get().locale(); }

    public List<Locale> supported() { return ClassroomText.SUPPORTED; }

    // ---------------------------------------------------------------------------------------------- commands

    /** Switches the language (to English when {@code locale}'s language is not supported). */
    public void use(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (ClassroomText.supported(locale).equals(locale())) return;
        text.set(ClassroomText.of(locale));
    }

    /** Shorthands for {@code text().get/format}. */
    public String get(String key) { return text.get().get(key); }

    public String format(String key, Object... args) { return text.get().format(key, args); }
}
