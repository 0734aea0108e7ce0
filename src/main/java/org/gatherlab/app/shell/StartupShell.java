package org.gatherlab.app.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;

/**
 * What the window shows in its first frame, while the main window is built: the menu bar's titles, the toolbar's
 * band, the status bar's band, in the theme's colours ({@value #STYLESHEET}), so that the window appears at once and
 * the real one fills it in the next frames without a jump of colour. A handful of plain nodes built in code: the
 * first frame waits for nothing the empty window would not (no FXML, no controls' skins beyond six labels, no icon
 * font). Nothing here reacts to input; the app replaces it as soon as the main window is built (see
 * {@link GatherLabApp}).
 */
final class StartupShell {
    static final String STYLESHEET = "/assets/css/startup.css";
    private static final String[] MENUS = {"menu.file", "menu.edit", "menu.run", "menu.view", "menu.classroom", "menu.help"};

    private StartupShell() {}

    static BorderPane of(Words words) {
        HBox menus = new HBox();
        menus.getStyleClass().add("startup-menus");
        for (String key : MENUS) {
            Label title = new Label(words.text(key).replace("_", ""));   // the mnemonic's marker, as a menu shows it
            title.getStyleClass().add("startup-menu");
            menus.getChildren().add(title);
        }
        Region toolbar = new Region();
        toolbar.getStyleClass().add("startup-toolbar");
        Region status = new Region();
        status.getStyleClass().add("startup-status");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("startup-shell");
        root.setTop(new VBox(menus, toolbar));
        root.setBottom(status);
        root.getStylesheets().add(UiPart.resource(STYLESHEET));
        return root;
    }
}
