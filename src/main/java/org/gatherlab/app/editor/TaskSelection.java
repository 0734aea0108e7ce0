package org.gatherlab.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The task table's selection as the task commands see it: the rows they act on (the selected ones, else the focused
 * one), the column the keyboard is on, and where the selection goes after a command (the same column, scrolled into
 * view only when it is out of sight).
 */
final class TaskSelection {
    private final TableView<TaskRow> table;
    /** The column a command lands on when the keyboard is on none. */
    private final TableColumn<TaskRow, ?> fallback;

    TaskSelection(TableView<TaskRow> table, TableColumn<TaskRow, ?> fallback) {
        this.table = table;
        this.fallback = fallback;
    }

    List<Integer> rows() {
        Collection<Integer> rows = new TreeSet<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) rows.add(p.getRow());
        if (rows.isEmpty() && table.getFocusModel().getFocusedIndex() >= 0) rows.add(table.getFocusModel().getFocusedIndex());
        return new ArrayList<>(rows);
    }

    int lastRow() {
        List<Integer> rows = rows();
        return rows.isEmpty() ? -1 : rows.get(rows.size() - 1);
    }

    /** The column the keyboard is on (read before a command changes the rows, which moves the focus). */
    TableColumn<TaskRow, ?> focusedColumn() {
        TablePosition<?, ?> focused = table.getFocusModel().getFocusedCell();
        TableColumn<TaskRow, ?> column = focused == null ? null : own(focused.getTableColumn());
        return column != null ? column : fallback;
    }

    /** The table's own column that a (raw-typed) table position names, or null. */
    TableColumn<TaskRow, ?> own(TableColumn<?, ?> column) {
        for (TableColumn<TaskRow, ?> c : table.getColumns()) if (c == column) return c;
        return null;
    }

    void select(List<Integer> rows, TableColumn<TaskRow, ?> column) {
        if (rows.isEmpty()) return;
        table.getSelectionModel().clearSelection();
        for (int r : rows) table.getSelectionModel().select(r, column);
        table.getFocusModel().focus(rows.get(rows.size() - 1), column);
        int first = rows.get(0);
        var flow = table.lookup(".virtual-flow");
        if (flow instanceof VirtualFlow<?> vf) {
            var top = vf.getFirstVisibleCell();
            var bottom = vf.getLastVisibleCell();
            if (top == null || bottom == null || first < top.getIndex() || first > bottom.getIndex()) table.scrollTo(Math.max(0, first - 2));
        }
        table.requestFocus();
    }
}
