package org.gatherlab.app.run;

import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gatherlab.app.fx.AfterLayout;

/**
 * Where the outcome cards go: in a column beside the timeline while the timeline keeps at least
 * {@value #TIMELINE_MIN_EM} em of width beside it, else in a row under it, side by side (a 1024-pixel window with the
 * editor open, a projector with the classroom's drawer open), so the timeline keeps the width and no card is squeezed
 * into a sliver. The choice is worked out from the column's width, not from where the cards are now, so it is stable.
 */
final class OutcomePlacement {
    /** The timeline's narrowest beside the column, in em of the view's text (336 px at 14 px, 672 in presenter mode). */
    static final double TIMELINE_MIN_EM = 24;
    /**
     * The column's widest, in px: a wider column would take the timeline's width (presenter mode at 1024 px: the
     * timeline keeps 62 %); dragged wider than this the divider stops.
     */
    static final double COLUMN_MAX = 380;
    /** The share of the height the row of cards starts with under the timeline. */
    static final double ROW_SHARE = 0.3;

    private final SplitPane split;
    private final ScrollPane scroll;
    private final VBox column;
    private final HBox row = new HBox();
    private final Labeled probe;
    private boolean below;
    private boolean shown = true;

    /** {@code probe}: a label in the view's own text size (the status line), which presenter mode scales. */
    OutcomePlacement(SplitPane split, ScrollPane scroll, VBox column, Labeled probe) {
        this.split = split;
        this.probe = probe;
        this.scroll = scroll;
        this.column = column;
        row.setId(column.getId());
        row.getStyleClass().setAll(column.getStyleClass());
        row.getStyleClass().add("outcome-row");
        row.setAccessibleText(column.getAccessibleText());
        row.accessibleTextProperty().bind(column.accessibleTextProperty());
        scroll.setMaxWidth(COLUMN_MAX);
        AfterLayout.install(split, this::check);
    }

    /** The cards, shown wherever they are now. */
    void setCards(List<Node> cards) {
        for (Node card : cards) HBox.setHgrow(card, Priority.ALWAYS);   // in the row, the cards share its width (timeline.css)
        current().getChildren().setAll(cards);
    }

    boolean below() { return below; }

    /**
     * Whether the cards are on screen. Off, the timeline takes their room: a class session docked beside the
     * timeline leaves it half the width, where the row of cards under it would show a cut strip, and each run's
     * heading on the timeline says its outcome anyway.
     */
    void setShown(boolean on) {
        if (on == shown) return;
        shown = on;
        if (on) {
            split.getItems().add(scroll);
            divide();
        } else {
            split.getItems().remove(scroll);
        }
    }

    private Pane current() { return below ? row : column; }

    private void check() {
        double width = split.getWidth();
        if (width <= 0) return;
        double em = probe.getFont().getSize();
        double besideColumn = Math.max(scroll.minWidth(-1), 0) + 8;   // the column at its narrowest, and the divider
        boolean want = width - besideColumn < TIMELINE_MIN_EM * em;
        if (want == below) return;
        List<Node> cards = List.copyOf(current().getChildren());
        current().getChildren().clear();
        below = want;
        scroll.setContent(current());
        scroll.setFitToHeight(false);
        current().getChildren().setAll(cards);
        SplitPane.setResizableWithParent(scroll, !below);
        scroll.setMaxWidth(below ? Double.MAX_VALUE : COLUMN_MAX);
        split.setOrientation(below ? Orientation.VERTICAL : Orientation.HORIZONTAL);
        divide();
    }

    private void divide() {
        double width = split.getWidth();
        if (width <= 0) return;                                      // not laid out yet: check() divides once it is
        double column = Math.min(COLUMN_MAX, Math.max(scroll.minWidth(-1), scroll.prefWidth(-1)));
        split.setDividerPositions(below ? 1 - ROW_SHARE : Math.max(0.3, 1 - (column + 8) / width));
    }

}
