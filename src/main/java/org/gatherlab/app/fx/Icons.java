package org.gatherlab.app.fx;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Ikonli Material 2 icon names the app uses (checked against the ikonli-material2-pack 12.4.0 jar), and the
 * rule for icon-only buttons: a tooltip and an accessible text, always both.
 */
public final class Icons {
    private Icons() {}

    public static final String RUN = "mdmz-play_arrow";
    public static final String RUN_REAL_TIME = "mdmz-timer";
    public static final String STOP = "mdmz-stop";
    public static final String DICE = "mdal-casino";
    public static final String ADD = "mdal-add";
    public static final String DUPLICATE = "mdal-content_copy";
    public static final String DELETE = "mdal-delete";
    public static final String UP = "mdal-arrow_upward";
    public static final String DOWN = "mdal-arrow_downward";
    public static final String GENERATE = "mdmz-playlist_add";
    public static final String NEW = "mdal-insert_drive_file";
    public static final String OPEN = "mdal-folder_open";
    public static final String SAVE = "mdmz-save";
    public static final String PROBLEM = "mdmz-warning";
    public static final String OK = "mdal-check";
    public static final String FAILS = "mdal-flash_on";
    public static final String CPU = "mdmz-memory";
    public static final String IO = "mdal-hourglass_empty";
    public static final String LIGHT = "mdmz-wb_sunny";
    public static final String DARK = "mdmz-nights_stay";
    public static final String KEYBOARD = "mdal-keyboard";
    public static final String INFO = "mdal-info";
    public static final String UNSAVED = "mdal-edit";
    public static final String CHECKING = "mdal-hourglass_top";

    public static FontIcon icon(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("gl-icon");
        return icon;
    }

    /** Gives an icon-only button its tooltip and the same text for screen readers. */
    public static void label(ButtonBase button, String text) {
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
    }
}
