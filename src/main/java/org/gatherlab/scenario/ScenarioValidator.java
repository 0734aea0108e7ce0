package org.gatherlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.gatherlab.scenario.ScenarioFields.*;

/**
 * A JSON tree checked against every rule of {@code src/site/markdown/scenario-contract.md#scenario-file}, and turned
 * into a {@link ScenarioDocument}.
 */
final class ScenarioValidator {
    private final JsonTreeReader.ParsedJson parsed;
    private final Problems problems;
    private final ValueChecks checks;

    private ScenarioValidator(JsonTreeReader.ParsedJson parsed, String fileLabel) {
        this.parsed = parsed;
        this.problems = new Problems(fileLabel, parsed.duplicates());
        this.checks = new ValueChecks(problems);
    }

    static ScenarioDocument validate(JsonTreeReader.ParsedJson parsed, String fileLabel) throws ScenarioException {
        return new ScenarioValidator(parsed, fileLabel).validate();
    }

    private ScenarioDocument validate() throws ScenarioException {
        if (!(parsed.root() instanceof ObjectNode top)) {
            problems.add(JsonPath.ROOT, "must be an object, got " + JsonText.show(parsed.root()));
            throw new ScenarioException(problems.all());
        }
        JsonNode format = top.get(FORMAT);
        if (format != null && !(format.isTextual() && Scenario.FORMAT.equals(format.textValue()))) {
            // Another version's fields may mean something else: checking them by this version's rules
            // would only produce misleading problems.
            throw new ScenarioException(new Problem(problems.fileLabel(), JsonPath.ROOT.field(FORMAT),
                    "unsupported format " + JsonText.show(format) + ", expected " + JsonText.quote(Scenario.FORMAT)));
        }
        JsonPath runsPath = JsonPath.ROOT.field(RUNS);
        TaskRules taskRules = new TaskRules(problems, RunRules.firstSequentialRun(top.get(RUNS), runsPath),
                RunRules.hasHandlelessJavaRun(top.get(RUNS)));
        RunRules runRules = new RunRules(problems);

        String name = "";
        String description = "";
        long seed = 0;
        List<TaskSpec> tasks = null;
        List<RunSpec> runs = null;
        for (var field : top.properties()) {
            JsonPath path = JsonPath.ROOT.field(field.getKey());
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case FORMAT -> { } // checked above
                case NAME -> name = checks.string(value, path);
                case DESCRIPTION -> description = checks.string(value, path);
                case SEED -> {
                    Long v = checks.integer(value, path, BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE));
                    if (v != null) seed = v;
                }
                case TASKS -> tasks = taskRules.readAll(value, path);
                case RUNS -> runs = runRules.readAll(value, runsPath);
                default -> { } // unknown fields are allowed, and kept when the file is saved again
            }
            problems.fieldDone(path, value);
        }
        for (String required : List.of(FORMAT, TASKS, RUNS)) {
            if (!top.has(required)) problems.add(JsonPath.ROOT.field(required), "is required");
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems.all());

        Scenario scenario = new Scenario(name, description, seed, tasks, runs);
        return new ScenarioDocument(scenario, SourceObject.owning(top), sources(top.get(TASKS)), sources(top.get(RUNS)));
    }

    private static List<SourceObject> sources(JsonNode list) {
        List<SourceObject> sources = new ArrayList<>(list.size());
        for (JsonNode element : list) sources.add(SourceObject.owning((ObjectNode) element));
        return sources;
    }
}
