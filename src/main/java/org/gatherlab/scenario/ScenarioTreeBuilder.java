package org.gatherlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunOption;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;

import static org.gatherlab.scenario.ScenarioFields.*;

/**
 * A document as the JSON tree to save: known fields in the contract's order, then the unknown fields the
 * source objects kept, in their order. A field at its default is written only when the source spelled it
 * out (and the run's strategy still allows it), so a scenario made in the app holds only what matters.
 */
final class ScenarioTreeBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Beyond 2^53 not every integer is a double, so such values keep the double's own spelling. */
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    private ScenarioTreeBuilder() {}

    static ObjectNode build(ScenarioDocument document) {
        Scenario scenario = document.scenario();
        SourceObject source = document.root();
        ObjectNode top = NODES.objectNode();
        top.put(FORMAT, Scenario.FORMAT);
        if (!scenario.name().isEmpty() || source.has(NAME)) top.put(NAME, scenario.name());
        if (!scenario.description().isEmpty() || source.has(DESCRIPTION)) top.put(DESCRIPTION, scenario.description());
        if (scenario.seed() != 0 || source.has(SEED)) top.put(SEED, scenario.seed());
        ArrayNode tasks = top.putArray(TASKS);
        for (int i = 0; i < scenario.tasks().size(); i++) {
            tasks.add(task(scenario.tasks().get(i), document.taskSources().get(i)));
        }
        ArrayNode runs = top.putArray(RUNS);
        for (int i = 0; i < scenario.runs().size(); i++) {
            runs.add(run(scenario.runs().get(i), document.runSources().get(i)));
        }
        top.setAll(source.fieldsOutside(TOP));
        return top;
    }

    private static ObjectNode task(TaskSpec task, SourceObject source) {
        ObjectNode node = NODES.objectNode();
        node.put(NAME, task.name());
        if (task.kind() != TaskKind.IO || source.has(KIND)) node.put(KIND, task.kind().json());
        node.set(DURATION_MS, number(task.durationMs()));
        if (task.failureRate() != 0 || source.has(FAILURE_RATE)) node.set(FAILURE_RATE, number(task.failureRate()));
        if (task.failAtMs() != null) node.set(FAIL_AT_MS, number(task.failAtMs()));
        if (task.cancelAtMs() != null) node.set(CANCEL_AT_MS, number(task.cancelAtMs()));
        node.setAll(source.fieldsOutside(TASK));
        return node;
    }

    private static ObjectNode run(RunSpec run, SourceObject source) {
        ObjectNode node = NODES.objectNode();
        node.put(STRATEGY, run.strategy().json());
        // A default the source spelled out is dropped once the strategy no longer allows the option at all.
        if (run.returnExceptions() || (source.has(RETURN_EXCEPTIONS) && run.strategy().acceptsReturnExceptions())) {
            node.put(RETURN_EXCEPTIONS, run.returnExceptions());
        }
        if (run.returnWhen() != ReturnWhen.ALL_COMPLETED || (source.has(RETURN_WHEN) && run.strategy() == Strategy.WAIT)) {
            node.put(RETURN_WHEN, run.returnWhen().name());
        }
        if (run.timeoutMs() != null) node.set(TIMEOUT_MS, number(run.timeoutMs()));
        if (run.cancelAtMs() != null) node.set(CANCEL_AT_MS, number(run.cancelAtMs()));
        if (run.limit() != null) node.put(LIMIT, run.limit());
        if (run.cpu() != CpuMode.LOOP || source.has(CPU)) node.put(CPU, run.cpu().json());
        if (run.workers() != RunSpec.DEFAULT_WORKERS || source.has(WORKERS)) node.put(WORKERS, run.workers());
        if (run.onExit() != OnExit.DRAIN || source.has(ON_EXIT)) node.put(ON_EXIT, run.onExit().json());
        Strategy strategy = run.strategy();
        if (strategy.takes(RunOption.THREADS) && (run.threads() != JavaThreads.VIRTUAL || source.has(THREADS))) {
            node.put(THREADS, run.threads().json());
        }
        if (strategy.takes(RunOption.CORES) && (run.cores() != RunSpec.DEFAULT_CORES || source.has(CORES))) node.put(CORES, run.cores());
        if (strategy.takes(RunOption.JOINER) && (run.joiner() != ScopeJoiner.AWAIT_ALL_SUCCESSFUL_OR_THROW || source.has(JOINER))) {
            node.put(JOINER, run.joiner().json());
        }
        node.setAll(source.fieldsOutside(RUN));
        return node;
    }

    /**
     * Integers without ".0". NaN and infinity have no JSON spelling; they become strings, which the check
     * before saving then refuses ("must be a number, got \"NaN\"") instead of writing a broken file.
     */
    private static JsonNode number(double value) {
        if (!Double.isFinite(value)) return TextNode.valueOf(Double.toString(value));
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) return LongNode.valueOf((long) value);
        return DoubleNode.valueOf(value);
    }
}
