package org.gatherlab.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** Help ▸ Keyboard Shortcuts (read off the menus, so it cannot drift from them) and Help ▸ About. */
final class HelpDialogs {
    /** Keys that belong to a part of the window rather than to a menu. */
    private static final List<String[]> LOCAL_KEYS = List.of(
            new String[] {"Task table", "Enter / F2 / type", "Edit the focused cell (typing replaces its text)"},
            new String[] {"Task table", "Tab / Shift+Tab", "Commit and edit the next / previous field"},
            new String[] {"Task table", "Esc", "Cancel the edit"},
            new String[] {"Task table", "Insert / Ctrl+I", "Add a task"},
            new String[] {"Task table", "Ctrl+D", "Duplicate the selected tasks"},
            new String[] {"Task table", "Delete", "Delete the selected tasks"},
            new String[] {"Task table", "Alt+Up / Alt+Down", "Move the selected tasks"},
            new String[] {"Run list", "Alt+Up / Alt+Down", "Move the selected run"},
            new String[] {"Run list", "Delete", "Remove the selected run"},
            new String[] {"Run list", "Enter", "Go to the run's options"},
            new String[] {"Problems", "Enter / double-click", "Go to the field the problem names"},
            new String[] {"Anywhere", "Alt + underlined letter", "Menus and labelled fields"});

    private HelpDialogs() {}

    static void showShortcuts(Window owner, MenuBar menus) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (String[] line : rows(menus)) {
            Label where = new Label(line[0]);
            where.getStyleClass().add("shortcut-where");
            where.setMinWidth(Region.USE_PREF_SIZE);
            Label keys = new Label(line[1]);
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(line[2]);
            what.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, where, keys, what);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.setPrefViewportWidth(grid.prefWidth(-1) + 8);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        Dialogs.prepare(alert, owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Every command has a key");
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.showAndWait();
    }

    static List<String[]> rows(MenuBar menus) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : menus.getMenus()) collect(menu, plain(menu.getText()), rows);
        rows.addAll(LOCAL_KEYS);
        return rows;
    }

    private static void collect(Menu menu, String where, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) collect(sub, where, rows);
            else if (item.getAccelerator() != null) {
                rows.add(new String[] {where, item.getAccelerator().getDisplayText(), plain(item.getText())});
            }
        }
    }

    private static String plain(String text) { return text == null ? "" : text.replace("_", ""); }

    static void showAbout(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        Dialogs.prepare(alert, owner);
        alert.setTitle("About GatherLab");
        alert.setHeaderText("GatherLab");
        ImageView logo = new ImageView(Dialogs.appIcons().get(1));
        alert.setGraphic(logo);
        Label text = new Label("""
                See what asyncio.gather and its relatives really do.

                Set up tasks, press Run, and watch sequential, concurrent and CPU-bound runs unfold side by side: \
                what each strategy returned or raised, and what happened to every task.

                The engine is a tick-exact simulation of CPython 3.11 asyncio.""");
        text.setWrapText(true);
        text.setMaxWidth(460);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
