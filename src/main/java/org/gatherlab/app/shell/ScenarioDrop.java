package org.gatherlab.app.shell;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** A scenario file dropped on the window is opened (one {@code .json} file; anything else is not accepted). */
final class ScenarioDrop {
    private ScenarioDrop() {}

    static void install(Node target, DocumentModel documents) {
        target.setOnDragOver(e -> {
            if (droppedScenario(e.getDragboard()) != null) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        target.setOnDragDropped(e -> {
            Path dropped = droppedScenario(e.getDragboard());
            e.setDropCompleted(dropped != null);
            e.consume();
            if (dropped != null) documents.open(dropped);
        });
    }

    private static Path droppedScenario(Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) return null;
        Path p = board.getFiles().get(0).toPath();
        return p.getFileName().toString().endsWith(".json") ? p : null;
    }
}
