package org.gatherlab.cli;

import java.util.List;

/**
 * Input the command cannot use: exit 2, one line per problem on stderr, no output at all. Each line names
 * where (a file and a JSON path, or an option) and the rule, e.g.
 * {@code lesson.gather.json: tasks[2].durationMs: must be between 0 and 3600000, got -5}.
 */
public final class BadInputException extends Exception {
    private final List<String> problems;

    public BadInputException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("bad input needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public BadInputException(String problem) { this(List.of(problem)); }

    public List<String> problems() { return problems; }
}
