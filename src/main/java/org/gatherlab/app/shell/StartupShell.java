package org.gatherlab.app.shell;

import javafx.css.PseudoClass;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;

/**
 * What the window shows in its first frame, while the main window is built: the menu bar's titles, the toolbar's
 * band, the status bar's band, in the theme's colours ({@value #STYLESHEET}), so that the window appears at once and
 * the real one fills it in the next frames without a jump of colour. A handful of plain nodes built in code, and no
 * control among them: a control's class loads a user-agent stylesheet (Modena, or the app's Primer, 190 KB of rules
 * matched against every node), which the first frame can do without; the theme is set when the main window is built
 * (see {@link GatherLabApp}). The titles are {@link Text}s, so the stylesheet carries Primer's few colours and its
 * 14 px text size itself, for light and dark. Nothing here reacts to input.
 */
final class StartupShell {
    static final String STYLESHEET = "/assets/css/startup.css";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final String[] MENUS = {"menu.file", "menu.edit", "menu.run", "menu.view", "menu.classroom", "menu.help"};

    private StartupShell() {}

    static BorderPane of(Words words, Theme theme) {
        HBox menus = new HBox();
        menus.getStyleClass().add("startup-menus");
        for (String key : MENUS) {
            Text title = new Text(words.text(key).replace("_", ""));   // the mnemonic's marker, as a menu shows it
            title.getStyleClass().add("startup-menu");
            menus.getChildren().add(title);
        }
        Region toolbar = new Region();
        toolbar.getStyleClass().add("startup-toolbar");
        Region status = new Region();
        status.getStyleClass().add("startup-status");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("startup-shell");
        root.pseudoClassStateChanged(DARK, theme == Theme.DARK);
        root.setTop(new VBox(menus, toolbar));
        root.setBottom(status);
        root.getStylesheets().add(UiPart.resource(STYLESHEET));
        return root;
    }
}
