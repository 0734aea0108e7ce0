package org.gatherlab.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
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

import org.gatherlab.app.fx.Dialogs;
import org.gatherlab.app.fx.Words;

/** Help ▸ Keyboard Shortcuts (read off the menus, so it cannot drift from them) and Help ▸ About. */
final class HelpDialogs {
    /** Keys that belong to a part of the window rather than to a menu: where, keys, what (bundle keys). */
    private static final List<String[]> LOCAL_KEYS = List.of(
            new String[] {"keys.where.tasks", "keys.tasks.edit.keys", "keys.tasks.edit"},
            new String[] {"keys.where.tasks", "keys.tasks.next.keys", "keys.tasks.next"},
            new String[] {"keys.where.tasks", "keys.tasks.cancel.keys", "keys.tasks.cancel"},
            new String[] {"keys.where.tasks", "keys.tasks.add.keys", "keys.tasks.add"},
            new String[] {"keys.where.tasks", "keys.tasks.duplicate.keys", "keys.tasks.duplicate"},
            new String[] {"keys.where.tasks", "keys.tasks.delete.keys", "keys.tasks.delete"},
            new String[] {"keys.where.tasks", "keys.move.keys", "keys.tasks.move"},
            new String[] {"keys.where.runs", "keys.move.keys", "keys.runs.move"},
            new String[] {"keys.where.runs", "keys.runs.remove.keys", "keys.runs.remove"},
            new String[] {"keys.where.runs", "keys.runs.options.keys", "keys.runs.options"},
            new String[] {"keys.where.problems", "keys.problems.go.keys", "keys.problems.go"},
            new String[] {"keys.where.comparison", "keys.play.keys", "keys.play"},
            new String[] {"keys.where.comparison", "keys.step.keys", "keys.step"},
            new String[] {"keys.where.comparison", "keys.highlight.keys", "keys.highlight"},
            new String[] {"keys.where.timeline", "keys.zoom.keys", "keys.zoom"},
            new String[] {"keys.where.timeline", "keys.fit.keys", "keys.fit"},
            new String[] {"keys.where.timeline", "keys.pan.keys", "keys.pan"},
            new String[] {"keys.where.timeline", "keys.scroll.keys", "keys.scroll"},
            new String[] {"keys.where.anywhere", "keys.mnemonic.keys", "keys.mnemonic"},
            new String[] {"keys.where.anywhere", "keys.focus.keys", "keys.focus"});

    private HelpDialogs() {}

    static void showShortcuts(Window owner, MenuBar menus, Words w) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (String[] line : rows(menus, w)) {
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
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(w.text("keys.title"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", close(w));
        Dialogs.prepare(alert, owner);
        alert.setTitle(w.text("keys.title"));
        alert.setHeaderText(w.text("keys.header"));
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().getStyleClass().add("shortcuts-dialog");
        // Wide enough for the longest line in either language (up to most of the screen), measured with the
        // dialog's CSS: the first pass gives the scroll pane its skin (which takes in the grid), the second styles the grid.
        alert.getDialogPane().applyCss();
        grid.applyCss();
        double room = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() * 0.9 - 60;
        scroll.setPrefViewportWidth(Math.min(room, grid.prefWidth(-1) + 16));
        alert.setResizable(true);
        alert.showAndWait();
    }

    static List<String[]> rows(MenuBar menus, Words w) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : menus.getMenus()) collect(menu, plain(menu.getText()), rows);
        for (String[] keys : LOCAL_KEYS) rows.add(new String[] {w.text(keys[0]), w.text(keys[1]), w.text(keys[2])});
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

    static void showAbout(Window owner, Words w) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", close(w));
        Dialogs.prepare(alert, owner);
        alert.setTitle(w.text("about.title"));
        alert.setHeaderText("GatherLab");
        ImageView logo = new ImageView(Dialogs.appIcons().get(1));
        alert.setGraphic(logo);
        Label text = new Label(w.text("about.text"));
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setFocusTraversable(true);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    /** The toolkit's own {@code ButtonType.CLOSE} is worded in the JVM's language, not the app's. */
    private static ButtonType close(Words w) {
        return new ButtonType(w.text("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
