package org.gatherlab.app.shell;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

import org.gatherlab.app.fx.Messages;

/** The main window's menus that follow the models: File ▸ Open Recent and View ▸ Language. */
final class WindowMenus {
    private WindowMenus() {}

    /** One item per language, each named in itself; choosing one switches {@link Messages}. */
    static ToggleGroup languages(Menu menu, Messages messages) {
        ToggleGroup group = new ToggleGroup();
        for (Locale l : messages.supported()) {
            RadioMenuItem item = new RadioMenuItem(Messages.nativeName(l));
            item.setUserData(l);
            item.setToggleGroup(group);
            item.setOnAction(e -> messages.setLocale(l));
            menu.getItems().add(item);
        }
        return group;
    }

    /** Ticks the current language. */
    static void showLanguage(ToggleGroup group, Messages messages) {
        for (Toggle t : group.getToggles()) t.setSelected(messages.locale().equals(t.getUserData()));
    }

    /** The recent files, most recent first (the first nine numbered for the keyboard), and Clear; or "none". */
    static void recent(Menu menu, DocumentModel documents, Messages messages) {
        menu.getItems().clear();
        int n = 1;
        for (Path p : documents.recentFiles()) {
            Path parent = p.getParent();
            MenuItem item = new MenuItem((n <= 9 ? "_" + n + "  " : "") + p.getFileName() + (parent == null ? "" : "   —   " + parent));
            item.setOnAction(e -> documents.open(p));
            menu.getItems().add(item);
            n++;
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.text("recent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(messages.text("recent.clear"));
            clear.setOnAction(e -> documents.clearRecentFiles());
            menu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }
}
