package org.gatherlab.app.fx;

import javafx.css.PseudoClass;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/** What every dialog of the app gets: its owner, the app's stylesheet (tokens, pseudo-classes) and icon. */
public final class Dialogs {
    public static final String STYLESHEET = "/assets/css/app.css";
    /** Where the app's text colours depart from the theme's for contrast; loaded after {@link #STYLESHEET}. */
    public static final String COLOURS = "/assets/css/colours.css";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private Dialogs() {}

    public static <R> Dialog<R> prepare(Dialog<R> dialog, Window owner) {
        if (owner != null) dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().addAll(UiPart.resource(STYLESHEET), UiPart.resource(COLOURS));
        dialog.getDialogPane().getStyleClass().add("gl-dialog");
        // A dialog has a scene of its own: it takes the owner's theme (the root's :dark) for colours.css.
        boolean dark = owner != null && owner.getScene() != null && owner.getScene().getRoot().getPseudoClassStates().contains(DARK);
        dialog.getDialogPane().pseudoClassStateChanged(DARK, dark);
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) stage.getIcons().setAll(appIcons());
        return dialog;
    }

    /** The window icon, in the sizes drawn. */
    public static List<Image> appIcons() { return IconHolder.ICONS; }

    /** Loaded once, on first use (which is on the FX thread). */
    private static final class IconHolder {
        static final List<Image> ICONS = List.of(new Image(UiPart.resource("/assets/icons/gatherlab-256.png")),
                new Image(UiPart.resource("/assets/icons/gatherlab-64.png")),
                new Image(UiPart.resource("/assets/icons/gatherlab-32.png")));
    }
}
