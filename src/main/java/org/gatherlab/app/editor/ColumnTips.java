package org.gatherlab.app.editor;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Tooltips on a table's column headers: they go on the header nodes (which carry the column's id) once the table's
 * skin made them; one tooltip per column, whose text a language switch changes.
 */
final class ColumnTips {
    private static final String TIP = "gatherlab.headerTip";

    private ColumnTips() {}

    /** Installs the columns' tooltips whenever the table gets a skin. */
    static void install(TableView<?> table) {
        table.skinProperty().addListener((o, a, b) -> {
            for (TableColumn<?, ?> column : table.getColumns()) {
                Object tip = column.getProperties().get(TIP);
                var header = column.getId() == null ? null : table.lookup("#" + column.getId());
                if (tip instanceof Tooltip t && header != null) Tooltip.install(header, t);
            }
        });
    }

    static void set(TableColumn<?, ?> column, String text) {
        if (column.getProperties().get(TIP) instanceof Tooltip tip) tip.setText(text);
        else column.getProperties().put(TIP, new Tooltip(text));
    }
}
