package org.gatherlab.app.shell;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

import org.gatherlab.app.fx.AfterLayout;

/**
 * The main toolbar fits its window instead of hiding items behind an overflow button: when every item with its words
 * would not fit (a 1024-pixel projector, presenter mode's large text, the longer Spanish words), the secondary items
 * show their icon only (their words stay in the tooltip and the accessible text); Run keeps its word. The full
 * width is worked out from the items' widths plus the words the icon-only ones leave out, so the choice does not
 * depend on the state it chose (no flicker at the edge).
 */
final class ToolbarFit {
    private final ToolBar bar;
    private final List<Labeled> secondary;
    private boolean compact;

    ToolbarFit(ToolBar bar, List<Labeled> secondary) {
        this.bar = bar;
        this.secondary = new ArrayList<>(secondary);
        AfterLayout.install(bar, this::check);
    }

    /** One more secondary item (the classroom's Export, docked after the window is made). */
    void add(Labeled item) {
        secondary.add(item);
        if (compact) item.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Whether the secondary items show their icon only now. */
    boolean compact() { return compact; }

    private void check() {
        double width = bar.getWidth();
        if (width <= 0) return;
        boolean want = fullWidth() > width;
        if (want == compact) return;
        compact = want;
        for (Labeled l : secondary) l.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
    }

    /** The width every item needs with its words shown (2 px to spare for rounding). */
    private double fullWidth() {
        Insets in = bar.getInsets();
        double spacing = bar.lookup(".container") instanceof HBox box ? box.getSpacing() : 0;
        double sum = in.getLeft() + in.getRight() + 2;
        int n = 0;
        for (Node item : bar.getItems()) {
            if (!item.isManaged()) continue;
            sum += Math.ceil(Math.max(item.minWidth(-1), item.prefWidth(-1)));
            n++;
        }
        sum += spacing * Math.max(0, n - 1);
        if (compact) for (Labeled l : secondary) if (l.isManaged()) sum += words(l) + l.getGraphicTextGap();
        return sum;
    }

    private static double words(Labeled l) {
        String text = l.getText() == null ? "" : l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
        Text t = new Text(text);
        t.setFont(l.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth());
    }
}
