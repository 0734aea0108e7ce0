package org.gatherlab.app.classroom.presenter;

import java.util.Locale;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import org.gatherlab.app.fx.I18n;

/** English / Español: switches the classroom's language ({@link I18n#use}). Each language is named in itself. */
public final class LanguagePicker extends ComboBox<Locale> {
    private final I18n i18n;

    public LanguagePicker(I18n i18n) {
        this.i18n = i18n;
        setId("language-picker");
        getStyleClass().add("language-picker");
        getItems().setAll(i18n.supported());
        StringConverter<Locale> names = new StringConverter<>() {
            @Override public String toString(Locale l) { return l == null ? "" : name(l); }

            @Override public Locale fromString(String s) { return null; }
        };
        setConverter(names);
        setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(Locale l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : name(l));
            }
        });
        setValue(i18n.locale());
        valueProperty().addListener((obs, was, now) -> {
            if (now != null) i18n.use(now);
        });
        i18n.textProperty().addListener((obs, was, now) -> {
            setValue(now.locale());
            setAccessibleText(now.get("language.accessible"));
        });
        setAccessibleText(i18n.get("language.accessible"));
    }

    /** "English", "Español": a language's name in that language. */
    static String name(Locale l) {
        String n = l.getDisplayLanguage(l);
        return n.isEmpty() ? l.getLanguage() : n.substring(0, 1).toUpperCase(l) + n.substring(1);
    }
}
