package org.gatherlab.app.editor;

import java.util.List;

import org.gatherlab.engine.Scenario;
import org.gatherlab.scenario.Problem;

/**
 * One ended check of the editor's scenario ({@link ScenarioEditorModel#checkedProperty()}).
 *
 * @param revision the editor's revision the check began at
 * @param replaced how many times the scenario or its task list had been replaced whole (New, Open, a lesson,
 *                 Generate) when the check began: a change of it means a new scenario, not an edit
 * @param scenario the scenario it checked, as it was then
 * @param problems every problem, the fields' drafts' included (empty: the scenario can run)
 * @param current  whether no edit came after the checked one
 */
public record CheckResult(long revision, long replaced, Scenario scenario, List<Problem> problems, boolean current) {
    public CheckResult {
        problems = List.copyOf(problems);
    }

    public boolean valid() { return problems.isEmpty(); }
}
