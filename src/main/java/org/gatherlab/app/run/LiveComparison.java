package org.gatherlab.app.run;

import java.util.Objects;

import org.gatherlab.app.editor.CheckResult;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.engine.Scenario;
import org.gatherlab.scenario.Problem;

/**
 * Keeps the comparison showing the scenario in the editor. Every check that passes hands its scenario to
 * {@link ComparisonModel#update} (which computes it in the background, the latest winning); a check of the current
 * edit that finds a problem leaves the last good picture, marked out of date with the first problem named. A
 * scenario equal to the one shown is not computed again. After the whole scenario (New, Open, a lesson) or its tasks
 * (Generate) were replaced, the next update starts every panel over.
 *
 * <p>Checks already run after every edit ({@link ScenarioEditorModel#checkedProperty()}), so the comparison never
 * runs a scenario the reader would refuse, and a drag is followed at the pace checks take.
 */
public final class LiveComparison {
    private final ComparisonModel comparison;
    private Scenario shown;
    private long replaced = -1;

    public LiveComparison(ScenarioEditorModel editor, ComparisonModel comparison) {
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        editor.checkedProperty().addListener((o, was, now) -> checked(now));
        if (editor.checkedProperty().get() != null) checked(editor.checkedProperty().get());
    }

    private void checked(CheckResult c) {
        if (c == null) return;
        if (!c.valid()) {
            if (c.current()) comparison.markStale(text(c.problems().getFirst()));
            return;
        }
        if (c.current()) comparison.clearStale();
        boolean reset = c.replaced() != replaced;
        if (!reset && c.scenario().equals(shown)) return;
        shown = c.scenario();
        replaced = c.replaced();
        comparison.update(c.scenario(), reset);
    }

    /** {@code tasks[1].durationMs: must be ...}: the file's name is the editor's business, not the picture's. */
    private static String text(Problem p) {
        return p.path().isEmpty() ? p.message() : p.path() + ": " + p.message();
    }
}
