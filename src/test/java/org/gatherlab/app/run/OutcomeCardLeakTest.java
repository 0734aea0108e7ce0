package org.gatherlab.app.run;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.engine.ClockKind;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cards of a finished comparison are garbage once the next comparison's cards replace them: nothing long-lived
 * (the highlight, the language) keeps them, their run and its report. Found by the soak: before, every card of the
 * session stayed in memory (0.25 MiB a comparison).
 */
class OutcomeCardLeakTest extends ApplicationTest {
    private ComparisonModel model;
    private ComparisonView view;

    @Override public void start(Stage stage) {
        model = new ComparisonModel(BackgroundWork.direct());
        view = new ComparisonView(model);
        stage.setScene(new Scene(view.getRoot(), 1280, 800));
        stage.show();
    }

    @Test void replacedCardsAreCollected() throws Exception {
        List<WeakReference<Node>> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            interact(() -> {
                model.run(TypicalComparisons.contractExample(), ClockKind.VIRTUAL);
                view.frame(System.nanoTime());
                model.highlight("B");
            });
            interact(() -> lookup(".outcome-card").queryAll().forEach(n -> old.add(new WeakReference<>(n))));
        }
        interact(() -> {
            model.run(TypicalComparisons.contractExample(), ClockKind.VIRTUAL);
            view.frame(System.nanoTime());
        });
        List<Node> showing = new ArrayList<>();
        interact(() -> showing.addAll(lookup(".outcome-card").queryAll()));
        for (int i = 0; i < 20 && old.stream().anyMatch(r -> r.get() != null && !showing.contains(r.get())); i++) {
            System.gc();
            Thread.sleep(50);
        }
        long kept = old.stream().filter(r -> r.get() != null && !showing.contains(r.get())).count();
        assertEquals(0, kept, "cards of earlier comparisons still in memory");
    }
}
