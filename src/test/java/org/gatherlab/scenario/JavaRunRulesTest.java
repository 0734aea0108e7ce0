package org.gatherlab.scenario;

import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.gatherlab.scenario.TestFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Java strategies' fields and rules of {@code src/site/markdown/java-strategies.md#scenario-file}: exact path and
 * message each.
 */
class JavaRunRulesTest {

    @Test
    void javaRunsReadWithTheirOptionsAndDefaults() {
        var s = parse(scenario(TASK_A, "{\"strategy\": \"cf-allof\"}, {\"strategy\": \"invoke-all\", \"threads\": \"platform\", "
                + "\"cores\": 2, \"timeoutMs\": 250}, {\"strategy\": \"structured\", \"joiner\": \"awaitAll\"}, " + GATHER)).scenario();
        assertEquals(RunSpec.of(Strategy.CF_ALLOF), s.runs().get(0));
        assertEquals(RunSpec.of(Strategy.INVOKE_ALL).withThreads(JavaThreads.PLATFORM).withCores(2).withTimeoutMs(250.0), s.runs().get(1));
        assertEquals(RunSpec.of(Strategy.STRUCTURED).withJoiner(ScopeJoiner.AWAIT_ALL), s.runs().get(2));
        assertEquals("invokeAll(tasks, 250 ms) · fixed pool of 2 platform threads", org.gatherlab.engine.Reports.label(s.runs().get(1)));
    }

    @Test
    void threadsMustBePlatformOrVirtual() {
        assertEquals(LABEL + ": runs[0].threads: must be \"platform\" or \"virtual\", got \"x\"",
                problem(withRun("{\"strategy\": \"cf-allof\", \"threads\": \"x\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "257", "2.5", "\"4\""})
    void coresMustBeAnIntegerBetween1And256(String v) {
        assertEquals(LABEL + ": runs[0].cores: must be an integer between 1 and 256, got " + v,
                problem(withRun("{\"strategy\": \"invoke-any\", \"cores\": " + v + "}")));
    }

    @Test
    void joinerMustBeOneOfTheFactories() {
        assertEquals(LABEL + ": runs[0].joiner: must be one of awaitAllSuccessfulOrThrow, allSuccessfulOrThrow, "
                        + "anySuccessfulResultOrThrow, awaitAll, got \"x\"",
                problem(withRun("{\"strategy\": \"structured\", \"joiner\": \"x\"}")));
    }

    @Test
    void threadsAndCoresAreOnlyForJavaStrategies() {
        String only = "only the Java strategies (cf-allof, cf-anyof, invoke-all, invoke-any, structured) run on threads";
        assertEquals(LABEL + ": runs[0].threads: " + only, problem(withRun("{\"strategy\": \"gather\", \"threads\": \"virtual\"}")));
        assertEquals(LABEL + ": runs[0].cores: " + only, problem(withRun("{\"strategy\": \"wait\", \"cores\": 2}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gather", "cf-allof", "invoke-any"})
    void onlyStructuredHasAJoiner(String strategy) {
        assertEquals(LABEL + ": runs[0].joiner: only structured has a joiner",
                problem(withRun("{\"strategy\": \"" + strategy + "\", \"joiner\": \"awaitAll\"}")));
    }

    @Test
    void structuredOnPlatformThreadsIsNotModelled() {
        assertEquals(LABEL + ": runs[0].threads: platform is not modelled for structured: a scope starts one platform "
                        + "thread per subtask and the OS time-slices them; use virtual",
                problem(withRun("{\"strategy\": \"structured\", \"threads\": \"platform\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"returnExceptions\": true", "\"returnWhen\": \"FIRST_COMPLETED\"", "\"limit\": 2",
            "\"cpu\": \"processes\"", "\"workers\": 2", "\"onExit\": \"cancel\""})
    void pythonOptionsAreRefusedByJavaStrategies(String option) {
        String field = option.substring(1, option.indexOf('"', 1));
        assertEquals(LABEL + ": runs[0]." + field + ": cf-allof has no such option",
                problem(withRun("{\"strategy\": \"cf-allof\", " + option + "}")));
        assertEquals(LABEL + ": runs[0]." + field + ": structured has no such option",
                problem(withRun("{\"strategy\": \"structured\", " + option + "}")));
    }

    @Test
    void interruptingTheCallerIsNotModelled() {
        assertEquals(LABEL + ": runs[0].cancelAtMs: cf-allof: interrupting the caller is not modelled",
                problem(withRun("{\"strategy\": \"cf-allof\", \"cancelAtMs\": 10}")));
    }

    @Test
    void javaTimeoutIsAtMostAnHour() {
        assertEquals(1, problems(withRun("{\"strategy\": \"invoke-all\", \"timeoutMs\": 3600001}")).size());
        assertEquals(3_600_000.0, parse(withRun("{\"strategy\": \"invoke-all\", \"timeoutMs\": 3600000}")).scenario().runs().getFirst().timeoutMs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoke-all", "invoke-any", "structured"})
    void taskCancelAtMsIsNotAllowedWithAHandlelessJavaRun(String strategy) {
        assertEquals(LABEL + ": tasks[0].cancelAtMs: not allowed in a file that has an invoke-all, invoke-any or "
                        + "structured run (those APIs hand out no handle to cancel one task)",
                problem(scenario("{\"name\": \"A\", \"durationMs\": 1, \"cancelAtMs\": 5}",
                        GATHER + ", {\"strategy\": \"" + strategy + "\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cf-allof", "cf-anyof"})
    void completableFuturesCanBeCancelledOneByOne(String strategy) {
        assertEquals(5.0, parse(scenario("{\"name\": \"A\", \"durationMs\": 1, \"cancelAtMs\": 5}",
                "{\"strategy\": \"" + strategy + "\"}")).scenario().tasks().getFirst().cancelAtMs());
    }
}
