package org.gatherlab.app.editor;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

import org.gatherlab.app.fx.AfterLayout;

/**
 * A table's columns never narrower than their header's words, measured in the header's own font after each layout
 * pass: presenter mode's larger text (and a language's longer words) widen them, where widths fixed in pixels cut
 * "durationMs" to "duratio…" in presenter mode's drawer. Where the columns are wider together than the table, the table
 * scrolls sideways rather than cutting a header. A column whose width the code fixes (min = max) is left alone.
 *
 * <p>A column's preferred width (from the FXML, for the normal 11.5 px header text) grows with the text too, once per
 * change of text size, so a width the user dragged is kept until presenter mode (or the language) changes the text.
 */
final class HeaderFit {
    /** Room beside the words: the header cell's borders (at 1280x800 in normal mode all eight columns fit the editor with 2). */
    private static final double SLACK = 2;
    /** The header text's size the FXML's preferred widths are for: 0.885 × 0.93 × 14 px. */
    private static final double BASE_PX = 11.5;
    private static final String BASE_PREF = "headerFit.basePref", FONT_PX = "headerFit.fontPx";

    private HeaderFit() {}

    static void install(TableView<?> table) {
        AfterLayout.install(table, () -> fit(table));
    }

    private static void fit(TableView<?> table) {
        // Only the header row is searched: this runs after every pulse, and a lookup over the whole table walks every
        // cell of every visible row (the header row is the skin's first child, so the lookup finds it before the rows).
        if (!(table.lookup(".column-header-background") instanceof Parent headerRow)) return;
        for (Node n : headerRow.lookupAll(".column-header")) {
            if (!(n instanceof TableColumnHeader header)) continue;
            TableColumnBase<?, ?> column = header.getTableColumn();
            if (column == null || column.getText() == null || column.getText().isEmpty() || column.getMinWidth() == column.getMaxWidth()) continue;
            if (!(header.lookup(".label") instanceof Label label)) continue;
            Text words = new Text(column.getText());
            words.setFont(label.getFont());
            double need = Math.ceil(words.getLayoutBounds().getWidth() + label.snappedLeftInset() + label.snappedRightInset()
                    + header.snappedLeftInset() + header.snappedRightInset() + SLACK);
            double px = label.getFont().getSize();
            if (Math.abs(column.getMinWidth() - need) < 0.5 && column.getProperties().get(FONT_PX) instanceof Double was
                    && Math.abs(was - px) < 0.01) continue;   // nothing changed: no new layout asked for
            double base = (Double) column.getProperties().computeIfAbsent(BASE_PREF, k -> column.getPrefWidth());
            column.getProperties().put(FONT_PX, px);
            column.setMinWidth(need);
            column.setPrefWidth(Math.max(need, Math.round(base * px / BASE_PX)));
        }
    }
}
