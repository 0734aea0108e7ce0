package org.gatherlab.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file that cannot be used, with every problem found in it (in document order), so a person can
 * fix them all in one pass. Checked, because bad input is expected and must be handled (exit 2, never a
 * partial report).
 */
public final class ScenarioException extends Exception {
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) { this(List.of(problem)); }

    public List<Problem> problems() { return problems; }
}
