package org.gatherlab.lessons;

import java.util.List;

/**
 * A lesson (or the lesson index) that cannot be used. Every problem names its file and the JSON path,
 * e.g. {@code assets/lessons/03-x.lesson.json: es.rule: must be a non-empty string}; all problems found
 * are reported together. Unchecked: the built-in lessons ship with the app, so a broken one is a bug.
 */
public final class LessonException extends RuntimeException {
    private final List<String> problems;

    public LessonException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("a LessonException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the file. */
    public List<String> problems() { return problems; }
}
