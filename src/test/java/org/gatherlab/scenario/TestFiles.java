package org.gatherlab.scenario;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Small scenario texts for tests, and the problems a text produces. */
final class TestFiles {
    static final String LABEL = "lesson.gather.json";
    static final String TASK_A = "{\"name\": \"A\", \"durationMs\": 300}";
    static final String GATHER = "{\"strategy\": \"gather\"}";

    private TestFiles() {}

    static String scenario(String tasks, String runs) {
        return "{\"format\": \"gatherlab/scenario@1\", \"tasks\": [" + tasks + "], \"runs\": [" + runs + "]}";
    }

    static String withTask(String task) { return scenario(task, GATHER); }

    static String withRun(String run) { return scenario(TASK_A, run); }

    /** A top-level field added to an otherwise valid scenario. */
    static String withTop(String field) {
        return "{\"format\": \"gatherlab/scenario@1\", " + field + ", \"tasks\": [" + TASK_A + "], \"runs\": [" + GATHER + "]}";
    }

    /** Every problem of a text that must be refused, as printed ("file: path: message"). */
    static List<String> problems(String text) {
        try {
            ScenarioFiles.parse(text, LABEL);
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        return fail("expected the scenario to be refused:\n" + text);
    }

    static List<String> problems(byte[] bytes) {
        try {
            ScenarioFiles.parse(bytes, LABEL);
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        return fail("expected the scenario to be refused");
    }

    /** The single problem of a text, asserting there is exactly one. */
    static String problem(String text) {
        List<String> all = problems(text);
        if (all.size() != 1) fail("expected one problem, got " + all);
        return all.getFirst();
    }

    static ScenarioDocument parse(String text) {
        try {
            return ScenarioFiles.parse(text, LABEL);
        } catch (ScenarioException e) {
            return fail("expected a valid scenario, got:\n" + e.getMessage());
        }
    }
}
