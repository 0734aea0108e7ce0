package org.gatherlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.gatherlab.scenario.ScenarioFields.*;

/**
 * The task list of {@code src/site/markdown/scenario-contract.md#task-fields}: each task's fields, unique names, and
 * the task-level cancel rule.
 */
final class TaskRules {
    private static final BigDecimal MAX_DURATION = BigDecimal.valueOf(MAX_DURATION_MS);

    private final Problems problems;
    private final ValueChecks checks;
    /** The first sequential run, if any: it forbids {@code cancelAtMs} on every task. */
    private final JsonPath sequentialRun;
    private final Map<String, Integer> indexByName = new HashMap<>();

    /** Whether an invoke-all, invoke-any or structured run forbids {@code cancelAtMs} on every task. */
    private final boolean handlelessJavaRun;

    TaskRules(Problems problems, JsonPath sequentialRun) {
        this(problems, sequentialRun, false);
    }

    TaskRules(Problems problems, JsonPath sequentialRun, boolean handlelessJavaRun) {
        this.handlelessJavaRun = handlelessJavaRun;
        this.problems = problems;
        this.checks = new ValueChecks(problems);
        this.sequentialRun = sequentialRun;
    }

    /** The tasks, or null when anything about them is wrong (the problems say what). */
    List<TaskSpec> readAll(JsonNode value, JsonPath path) {
        if (!value.isArray()) {
            problems.add(path, "must be a list, got " + JsonText.show(value));
            return null;
        }
        int before = problems.count();
        if (value.isEmpty()) problems.add(path, "must have at least 1 task");
        if (value.size() > MAX_TASKS) problems.add(path, "must have at most " + MAX_TASKS + " tasks, got " + value.size());
        List<TaskSpec> tasks = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonPath taskPath = path.index(i);
            tasks.add(read(value.get(i), taskPath, i));
            problems.fieldDone(taskPath, value.get(i));
        }
        return problems.count() == before ? tasks : null;
    }

    private TaskSpec read(JsonNode node, JsonPath path, int index) {
        if (!node.isObject()) {
            problems.add(path, "must be an object, got " + JsonText.show(node));
            return null;
        }
        int before = problems.count();
        BigDecimal duration = validDuration(node.get(DURATION_MS));
        String name = null;
        TaskKind kind = TaskKind.IO;
        Double durationMs = null;
        double failureRate = 0;
        Double failAtMs = null;
        Double cancelAtMs = null;
        for (var field : node.properties()) {
            JsonPath fieldPath = path.field(field.getKey());
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case NAME -> name = name(value, fieldPath, index);
                case KIND -> kind = checks.choice(value, fieldPath, List.of(TaskKind.values()), TaskKind::json);
                case DURATION_MS -> durationMs = checks.number(value, fieldPath, BigDecimal.ZERO, MAX_DURATION);
                case FAILURE_RATE -> {
                    Double rate = checks.number(value, fieldPath, BigDecimal.ZERO, BigDecimal.ONE);
                    if (rate != null) failureRate = rate;
                }
                // Without a usable durationMs the upper bound is unknown; durationMs's own problem says why.
                case FAIL_AT_MS -> failAtMs = duration == null
                        ? checks.number(value, fieldPath, BigDecimal.ZERO, null)
                        : checks.number(value, fieldPath, BigDecimal.ZERO, duration,
                                DURATION_MS + " (" + JsonText.number(duration) + ")");
                case CANCEL_AT_MS -> {
                    cancelAtMs = checks.number(value, fieldPath, BigDecimal.ZERO, null);
                    if (cancelAtMs != null && sequentialRun != null) {
                        problems.add(fieldPath, "not allowed in a file with a sequential run (" + sequentialRun
                                + "): a sequential run awaits each body directly, so there is no task object to cancel");
                    }
                    if (cancelAtMs != null && handlelessJavaRun) {
                        problems.add(fieldPath, "not allowed in a file that has an invoke-all, invoke-any or structured run "
                                + "(those APIs hand out no handle to cancel one task)");
                    }
                }
                default -> { } // unknown fields are allowed, and kept when the file is saved again
            }
            problems.fieldDone(fieldPath, value);
        }
        if (!node.has(NAME)) problems.add(path.field(NAME), "is required");
        if (!node.has(DURATION_MS)) problems.add(path.field(DURATION_MS), "is required");
        if (problems.count() != before) return null;
        return new TaskSpec(name, kind, durationMs, failureRate, failAtMs, cancelAtMs);
    }

    private String name(JsonNode value, JsonPath path, int index) {
        String name = checks.string(value, path);
        if (name == null) return null;
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > MAX_NAME_LENGTH) {
            problems.add(path, "must be 1 to " + MAX_NAME_LENGTH + " characters, got " + length);
            return null;
        }
        Integer first = indexByName.putIfAbsent(name, index);
        if (first != null) {
            problems.add(path, "must be unique, " + JsonText.show(value) + " is also the name of " + TASKS + "[" + first + "]");
            return null;
        }
        return name;
    }

    /** durationMs when it is valid (no problem reported here: the field's own check does that in document order). */
    private static BigDecimal validDuration(JsonNode value) {
        if (value == null || !value.isNumber() || (value.isFloatingPointNumber() && !value.isBigDecimal()
                && !Double.isFinite(value.doubleValue()))) {
            return null;
        }
        BigDecimal exact = value.decimalValue();
        return exact.signum() >= 0 && exact.compareTo(MAX_DURATION) <= 0 ? exact : null;
    }
}
