package org.gatherlab.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario file, printed as {@code src/site/markdown/scenario-contract.md#validation-messages}
 * wants:
 * {@code lesson.gather.json: tasks[2].durationMs: must be between 0 and 3600000, got -5}.
 *
 * @param file     the label the file was read under (usually the path as the user gave it)
 * @param location where in the file
 * @param message  the rule that was broken, with the offending value written as JSON
 */
public record Problem(String file, Location location, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** The location as printed: a JSON path such as {@code runs[0].returnWhen}, or {@code line 3, column 7}. */
    public String path() { return location.toString(); }

    @Override
    public String toString() { return file + ": " + location + ": " + message; }
}
