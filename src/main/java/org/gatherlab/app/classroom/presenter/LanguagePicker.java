package org.gatherlab.app.classroom.presenter;

import java.util.Locale;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import org.gatherlab.app.fx.Messages;

/** English / Español: switches the app's language ({@link Messages#setLocale}). Each language is named in itself. */
public final class LanguagePicker extends ComboBox<Locale> {
    private final Messages messages;

    public LanguagePicker(Messages messages) {
        this.messages = messages;
        setId("language-picker");
        getStyleClass().add("language-picker");
        getItems().setAll(messages.supported());
        StringConverter<Locale> names = new StringConverter<>() {
            @Override public String toString(Locale l) { return l == null ? "" : Messages.nativeName(l); }

            @Override public Locale fromString(String s) { return null; }
        };
        setConverter(names);
        setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(Locale l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : Messages.nativeName(l));
            }
        });
        setValue(messages.locale());
        valueProperty().addListener((obs, was, now) -> {
            if (now != null) messages.setLocale(now);
        });
        messages.localeProperty().addListener((obs, was, now) -> {
            setValue(now);
            setAccessibleText(messages.text("language.accessible"));
        });
        setAccessibleText(messages.text("language.accessible"));
    }
}
