package org.gatherlab.app.fx;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs a check after each layout pass of the scene a node is in (and only while it is in one). For a part that
 * rearranges itself to fit its width (a toolbar going icon-only, a bar taking a second row): the widths it reads are
 * those of the pass just done, whatever changed them (the window, presenter mode's text size, the language), and a
 * change it makes is laid out in the next pass. The check must be cheap and must not change anything when nothing
 * changed, or every pulse would ask for another.
 */
public final class AfterLayout {
    private AfterLayout() {}

    public static void install(Node node, Runnable check) {
        node.sceneProperty().addListener((o, was, now) -> {
            if (was != null) was.removePostLayoutPulseListener(check);
            if (now != null) now.addPostLayoutPulseListener(check);
        });
        Scene scene = node.getScene();
        if (scene != null) scene.addPostLayoutPulseListener(check);
    }
}
