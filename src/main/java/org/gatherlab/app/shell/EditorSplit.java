package org.gatherlab.app.shell;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The main window's split between the editor and the comparison area: the editor starts at a readable width and
 * keeps it when the window grows (the comparison area takes the rest); it can be hidden, giving the comparison the
 * whole width, and comes back where it was.
 */
final class EditorSplit {
    private final SplitPane split;
    private final Node editor;
    private double editorDivider = 0.45;

    EditorSplit(SplitPane split, Node editor) {
        this.split = split;
        this.editor = editor;
        SplitPane.setResizableWithParent(editor, false);
        split.widthProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                double w = split.getWidth();
                if (w <= 0) return;
                split.widthProperty().removeListener(this);
                double editorWidth = Math.max(470, Math.min(w * 0.4, 680));
                split.setDividerPositions(editorWidth / w);
            }
        });
    }

    boolean editorShown() { return split.getItems().contains(editor); }

    /** Shows or hides the editor; returns whether it is shown now. */
    boolean toggle() {
        boolean show = !editorShown();
        if (show) {
            double[] dividers = {editorDivider};
            split.getItems().add(0, editor);
            split.setDividerPositions(dividers);
        } else {
            editorDivider = split.getDividerPositions()[0];
            split.getItems().remove(editor);
        }
        return show;
    }
}
