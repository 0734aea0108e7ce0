package org.gatherlab.app.shell;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The main window's split between the side panel (the scenario editor and the classroom's tabs) and the comparison
 * area: the panel starts at a readable width and keeps it when the window grows (the comparison area takes the rest);
 * it can be hidden, giving the comparison the whole width, and comes back where it was.
 *
 * <p>In presenter mode the panel is a drawer: the editor closes when the mode comes on (the timeline takes the width;
 * a classroom tab the class is reading stays), opened by
 * the menus and keys that show one of its tabs, and then at most {@value #DRAWER_SHARE} of the window, so the timeline
 * keeps the rest; when the mode goes off the panel is as it was before.
 *
 * <p>While a class session is docked beside the timeline the panel is held closed ({@link #holdClosed()}): presenter
 * mode going on or off leaves it as it is (closed, unless the teacher opened it by its own toggle meanwhile), so the
 * timeline keeps what the session's panel leaves it in both modes; {@link #release} brings it back after.
 */
final class EditorSplit {
    /** The largest share of the width the side panel takes in presenter mode. */
    static final double DRAWER_SHARE = 0.36;
    /** The panel's narrowest outside presenter mode: the editor's six fields and the tab strip. */
    static final double MIN_WIDTH = 504;

    private final SplitPane split;
    private final TabPane side;
    private double editorDivider = 0.45;
    private boolean drawer;
    private boolean shownBeforeDrawer = true;
    private double maxWidthBeforeDrawer;
    /** A class session is docked: presenter mode no longer opens the panel (see {@link #holdClosed()}). */
    private boolean held;

    EditorSplit(SplitPane split, TabPane side) {
        this.split = split;
        this.side = side;
        SplitPane.setResizableWithParent(side, false);
        split.widthProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                double w = split.getWidth();
                if (w <= 0) return;
                split.widthProperty().removeListener(this);
                // The editor's readable width and the tab strip down the panel's left edge.
                double editorWidth = Math.max(MIN_WIDTH, Math.min(w * 0.4 + 34, 714));
                split.setDividerPositions(editorWidth / w);
            }
        });
        split.widthProperty().addListener(o -> {
            if (drawer) side.setMaxWidth(split.getWidth() * DRAWER_SHARE);
        });
    }

    boolean editorShown() { return split.getItems().contains(side); }

    boolean tabShown(Tab tab) { return editorShown() && side.getSelectionModel().getSelectedItem() == tab; }

    /** Shows or hides the side panel; returns whether it is shown now. */
    boolean toggle() {
        boolean show = !editorShown();
        if (show) show();
        else hide();
        return show;
    }

    /** Shows the panel (if hidden) on the given tab. */
    void show(Tab tab) {
        side.getSelectionModel().select(tab);
        if (!editorShown()) show();
    }

    private void show() {
        double divider = drawer ? DRAWER_SHARE : editorDivider;
        split.getItems().addFirst(side);
        split.setDividerPositions(divider);
    }

    private void hide() {
        if (!drawer) editorDivider = split.getDividerPositions()[0];
        split.getItems().remove(side);
    }

    /**
     * Closes the panel and keeps it closed through presenter mode's changes (a class session docks beside the
     * timeline); true if the teacher had it open: shown now, or to come back when presenter mode goes off.
     */
    boolean holdClosed() {
        boolean wanted = editorShown() || (drawer && shownBeforeDrawer);
        if (editorShown()) hide();
        held = true;
        return wanted;
    }

    /**
     * The session has ended: presenter mode opens and closes the panel again; {@code reopen} brings it back as the
     * teacher had it (now outside presenter mode; when presenter mode goes off in it, as a drawer stays closed).
     */
    void release(boolean reopen) {
        held = false;
        if (!reopen) return;
        if (drawer) shownBeforeDrawer = true;
        else if (!editorShown()) show();
    }

    /**
     * Presenter mode on: the panel becomes a narrow drawer, closed; off: the panel as it was (while held, as it is
     * now: closed unless the teacher opened it during the session).
     */
    void setDrawer(boolean on) {
        if (on == drawer) return;
        if (on) {
            shownBeforeDrawer = editorShown();
            // The editor closes; a lesson's question or code the class is reading stays, narrower.
            boolean keep = shownBeforeDrawer && side.getSelectionModel().getSelectedIndex() > 0;
            if (shownBeforeDrawer) hide();
            maxWidthBeforeDrawer = side.getMaxWidth();
            side.setMinWidth(0);
            side.setMaxWidth(split.getWidth() * DRAWER_SHARE);
            drawer = true;
            if (keep) show();
        } else {
            drawer = false;
            boolean shownNow = editorShown();
            if (shownNow) split.getItems().remove(side);
            side.setMinWidth(MIN_WIDTH);
            side.setMaxWidth(maxWidthBeforeDrawer);
            if (held ? shownNow : shownBeforeDrawer) show();
        }
    }
}
