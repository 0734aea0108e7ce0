package org.gatherlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.Family;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunOption;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.Strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.gatherlab.scenario.ScenarioFields.*;

/**
 * The run list of {@code src/site/markdown/scenario-contract.md#run-fields}: each run's options, and which options its
 * strategy allows.
 */
final class RunRules {
    /** The Python family's own options: a run of a family without one refuses it with "{strategy} has no such option". */
    private static final List<String> PYTHON_ONLY = List.of(RETURN_EXCEPTIONS, RETURN_WHEN, LIMIT, CPU, WORKERS, ON_EXIT);
    private static final String ONLY_JAVA = "only the Java strategies (" + String.join(", ",
            Strategy.java().stream().map(Strategy::json).toList()) + ")";
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final Problems problems;
    private final ValueChecks checks;

    RunRules(Problems problems) {
        this.problems = problems;
        this.checks = new ValueChecks(problems);
    }

    /** Where the first run with strategy {@code sequential} is, or null; looked up before the tasks are checked. */
    static JsonPath firstSequentialRun(JsonNode runs, JsonPath path) {
        if (runs == null || !runs.isArray()) return null;
        for (int i = 0; i < runs.size(); i++) {
            if (strategyOf(runs.get(i)) == Strategy.SEQUENTIAL) return path.index(i);
        }
        return null;
    }

    /** Whether some run is invoke-all, invoke-any or structured: those hand out no handle to cancel one task. */
    static boolean hasHandlelessJavaRun(JsonNode runs) {
        if (runs == null || !runs.isArray()) return false;
        for (int i = 0; i < runs.size(); i++) {
            Strategy s = strategyOf(runs.get(i));
            if (s == Strategy.INVOKE_ALL || s == Strategy.INVOKE_ANY || s == Strategy.STRUCTURED) return true;
        }
        return false;
    }

    /** The runs, or null when anything about them is wrong (the problems say what). */
    List<RunSpec> readAll(JsonNode value, JsonPath path) {
        if (!value.isArray()) {
            problems.add(path, "must be a list, got " + JsonText.show(value));
            return null;
        }
        int before = problems.count();
        if (value.isEmpty()) problems.add(path, "must have at least 1 run");
        if (value.size() > ScenarioLimits.MAX_RUNS) problems.add(path, "must have at most " + ScenarioLimits.MAX_RUNS + " runs, got " + value.size());
        List<RunSpec> runs = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonPath runPath = path.index(i);
            runs.add(read(value.get(i), runPath));
            problems.fieldDone(runPath, value.get(i));
        }
        return problems.count() == before ? runs : null;
    }

    private RunSpec read(JsonNode node, JsonPath path) {
        if (!node.isObject()) {
            problems.add(path, "must be an object, got " + JsonText.show(node));
            return null;
        }
        int before = problems.count();
        // Known up front so that an option the strategy forbids is reported where the option is.
        Strategy known = strategyOf(node);
        Strategy strategy = null;
        boolean returnExceptions = false;
        ReturnWhen returnWhen = ReturnWhen.ALL_COMPLETED;
        Double timeoutMs = null;
        Double cancelAtMs = null;
        Integer limit = null;
        CpuMode cpu = CpuMode.LOOP;
        int workers = RunSpec.DEFAULT_WORKERS;
        OnExit onExit = OnExit.DRAIN;
        JavaThreads threads = JavaThreads.VIRTUAL;
        int cores = RunSpec.DEFAULT_CORES;
        ScopeJoiner joiner = ScopeJoiner.AWAIT_ALL_SUCCESSFUL_OR_THROW;
        Family family = known == null ? null : known.family();
        for (var field : node.properties()) {
            JsonPath fieldPath = path.field(field.getKey());
            JsonNode value = field.getValue();
            if (family != null && PYTHON_ONLY.contains(field.getKey()) && !family.takes(RunOption.fromJson(field.getKey()).orElseThrow())) {
                problems.add(fieldPath, known.json() + " has no such option");
                problems.fieldDone(fieldPath, value);
                continue;
            }
            switch (field.getKey()) {
                case STRATEGY -> strategy = checks.choice(value, fieldPath, List.of(Strategy.values()), Strategy::json);
                case RETURN_EXCEPTIONS -> {
                    Boolean v = checks.bool(value, fieldPath);
                    if (v != null) returnExceptions = v;
                    if (v != null && known != null && !known.acceptsReturnExceptions()) {
                        problems.add(fieldPath, "not allowed with strategy " + JsonText.quote(known.json())
                                + ", which has no return_exceptions option");
                    }
                }
                case RETURN_WHEN -> {
                    returnWhen = checks.choice(value, fieldPath, List.of(ReturnWhen.values()), ReturnWhen::name);
                    if (returnWhen != null && known != null && known != Strategy.WAIT) {
                        problems.add(fieldPath, "only allowed with strategy \"wait\", not " + JsonText.quote(known.json()));
                    }
                }
                case TIMEOUT_MS -> timeoutMs = checks.number(value, fieldPath, BigDecimal.ZERO,
                        family == null || family.maxTimeoutMs() == null ? null : BigDecimal.valueOf(family.maxTimeoutMs()));
                case CANCEL_AT_MS -> {
                    if (known != null && !known.takes(RunOption.CANCEL_AT_MS)) problems.add(fieldPath, known.json() + ": interrupting the caller is not modelled");
                    else cancelAtMs = checks.number(value, fieldPath, BigDecimal.ZERO, null);
                }
                case THREADS -> {
                    JavaThreads v = null;
                    if (value.isTextual()) for (JavaThreads t : JavaThreads.values()) if (t.json().equals(value.textValue())) v = t;
                    if (v == null) problems.add(fieldPath, "must be \"platform\" or \"virtual\", got " + JsonText.show(value));
                    else if (known != null && !known.takes(RunOption.THREADS)) problems.add(fieldPath, ONLY_JAVA + " run on threads");
                    else if (known == Strategy.STRUCTURED && v == JavaThreads.PLATFORM)
                        problems.add(fieldPath, "platform is not modelled for structured: a scope starts one platform "
                                + "thread per subtask and the OS time-slices them; use virtual");
                    else threads = v;
                }
                case CORES -> {
                    Integer v = value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 1
                            && value.intValue() <= RunSpec.MAX_CORES ? value.intValue() : null;
                    if (v == null) problems.add(fieldPath, "must be an integer between 1 and " + RunSpec.MAX_CORES
                            + ", got " + JsonText.show(value));
                    else if (known != null && !known.takes(RunOption.CORES)) problems.add(fieldPath, ONLY_JAVA + " run on threads");
                    else cores = v;
                }
                case JOINER -> {
                    ScopeJoiner v = null;
                    if (value.isTextual()) for (ScopeJoiner j : ScopeJoiner.values()) if (j.json().equals(value.textValue())) v = j;
                    if (v == null) problems.add(fieldPath, "must be one of " + String.join(", ",
                            Arrays.stream(ScopeJoiner.values()).map(ScopeJoiner::json).toList())
                            + ", got " + JsonText.show(value));
                    else if (known != null && known != Strategy.STRUCTURED) problems.add(fieldPath, "only structured has a joiner");
                    else joiner = v;
                }
                case LIMIT -> limit = limit(value, fieldPath);
                case CPU -> cpu = checks.choice(value, fieldPath, List.of(CpuMode.values()), CpuMode::json);
                case WORKERS -> {
                    Long v = checks.integer(value, fieldPath, BigDecimal.ONE, BigDecimal.valueOf(MAX_WORKERS));
                    if (v != null) workers = v.intValue();
                }
                case ON_EXIT -> onExit = checks.choice(value, fieldPath, List.of(OnExit.values()), OnExit::json);
                default -> { } // unknown fields are allowed, and kept when the file is saved again
            }
            problems.fieldDone(fieldPath, value);
        }
        if (!node.has(STRATEGY)) problems.add(path.field(STRATEGY), "is required");
        if (problems.count() != before) return null;
        return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, onExit,
                threads, cores, joiner);
    }

    /** The contract only says "at least 1"; the upper bound is what the model can hold. */
    private Integer limit(JsonNode value, JsonPath path) {
        Long v = checks.integer(value, path, BigDecimal.ONE, null);
        if (v == null) return null;
        if (v > Integer.MAX_VALUE) {
            problems.add(path, "must be at most " + INT_MAX + ", got " + JsonText.show(value));
            return null;
        }
        return v.intValue();
    }

    private static Strategy strategyOf(JsonNode run) {
        JsonNode s = run.get(STRATEGY);
        if (s == null || !s.isTextual()) return null;
        for (Strategy strategy : Strategy.values()) if (strategy.json().equals(s.textValue())) return strategy;
        return null;
    }
}
