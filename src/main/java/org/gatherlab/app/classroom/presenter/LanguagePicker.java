package org.gatherlab.app.classroom.presenter;

import java.util.Locale;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;

/**
 * English / Español ({@code classroom/presenter/language-picker.fxml}): switches the app's language
 * ({@link Messages#setLocale}). Each language is named in itself.
 */
public final class LanguagePicker extends UiPart<ComboBox<Locale>> {

    public LanguagePicker(Messages messages) {
        super("classroom/presenter/language-picker.fxml", messages);
        ComboBox<Locale> box = getRoot();
        box.getItems().setAll(messages.supported());
        box.setConverter(new StringConverter<>() {
            @Override public String toString(Locale l) { return l == null ? "" : Messages.nativeName(l); }

            @Override public Locale fromString(String s) { return null; }
        });
        box.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(Locale l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : Messages.nativeName(l));
            }
        });
        box.setValue(messages.locale());
        box.valueProperty().addListener((obs, was, now) -> {
            if (now != null) messages.setLocale(now);
        });
        messages.localeProperty().addListener((obs, was, now) -> box.setValue(now));
    }
}
