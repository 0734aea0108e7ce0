package org.gatherlab.scenario;

import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.gatherlab.scenario.TestFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The run rules of {@code src/site/markdown/scenario-contract.md#run-fields}, one test each: a wrong value gives
 * exactly this path and message (the file-level and task rules are {@link ScenarioRulesTest}).
 */
class RunRulesTest {
    @Test
    void aRunMustBeAnObject() {
        assertEquals(LABEL + ": runs[0]: must be an object, got \"gather\"", problem(withRun("\"gather\"")));
    }

    @Test
    void strategyIsRequired() {
        assertEquals(LABEL + ": runs[0].strategy: is required", problem(withRun("{\"timeoutMs\": 1}")));
    }

    @Test
    void strategyMustBeOneOfFive() {
        assertEquals(LABEL + ": runs[0].strategy: must be one of \"sequential\", \"gather\", \"taskgroup\", \"wait\", \"as_completed\", \"cf-allof\", \"cf-anyof\", \"invoke-all\", \"invoke-any\", \"structured\", got \"race\"",
                problem(withRun("{\"strategy\": \"race\"}")));
    }

    @Test
    void returnExceptionsMustBeABoolean() {
        assertEquals(LABEL + ": runs[0].returnExceptions: must be true or false, got \"yes\"",
                problem(withRun("{\"strategy\": \"gather\", \"returnExceptions\": \"yes\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"taskgroup", "wait"})
    void returnExceptionsIsAnErrorOnStrategiesWithoutSuchAnOption(String strategy) {
        assertEquals(LABEL + ": runs[0].returnExceptions: not allowed with strategy \"" + strategy + "\", which has no return_exceptions option",
                problem(withRun("{\"strategy\": \"" + strategy + "\", \"returnExceptions\": false}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "gather", "as_completed"})
    void returnExceptionsIsAllowedWhereItMeansSomething(String strategy) {
        assertEquals(true, parse(withRun("{\"strategy\": \"" + strategy + "\", \"returnExceptions\": true}")).scenario().runs().getFirst().returnExceptions());
    }

    @Test
    void returnWhenMustBeOneOfThree() {
        assertEquals(LABEL + ": runs[0].returnWhen: must be one of \"FIRST_COMPLETED\", \"FIRST_EXCEPTION\", \"ALL_COMPLETED\", got \"first_completed\"",
                problem(withRun("{\"strategy\": \"wait\", \"returnWhen\": \"first_completed\"}")));
    }

    @Test
    void returnWhenIsAnErrorOnStrategiesOtherThanWait() {
        assertEquals(LABEL + ": runs[0].returnWhen: only allowed with strategy \"wait\", not \"gather\"",
                problem(withRun("{\"returnWhen\": \"ALL_COMPLETED\", \"strategy\": \"gather\"}")));
    }

    @Test
    void returnWhenIsReadForWait() {
        assertEquals(ReturnWhen.FIRST_EXCEPTION,
                parse(withRun("{\"strategy\": \"wait\", \"returnWhen\": \"FIRST_EXCEPTION\"}")).scenario().runs().getFirst().returnWhen());
    }

    @Test
    void timeoutMsMustNotBeNegative() {
        assertEquals(LABEL + ": runs[0].timeoutMs: must be at least 0, got -0.5",
                problem(withRun("{\"strategy\": \"gather\", \"timeoutMs\": -0.5}")));
    }

    @Test
    void timeoutMsMustBeRepresentable() {
        assertEquals(LABEL + ": runs[0].timeoutMs: is too large, got 1E+400",
                problem(withRun("{\"strategy\": \"gather\", \"timeoutMs\": 1e400}")));
    }

    @Test
    void runCancelAtMsMustNotBeNegative() {
        assertEquals(LABEL + ": runs[0].cancelAtMs: must be at least 0, got -1",
                problem(withRun("{\"strategy\": \"gather\", \"cancelAtMs\": -1}")));
    }

    @Test
    void runCancelAtMsIsAllowedOnASequentialRun() {
        assertEquals(7.0, parse(withRun("{\"strategy\": \"sequential\", \"cancelAtMs\": 7}")).scenario().runs().getFirst().cancelAtMs());
    }

    @Test
    void limitIsAtLeastOne() {
        assertEquals(LABEL + ": runs[0].limit: must be at least 1, got 0", problem(withRun("{\"strategy\": \"gather\", \"limit\": 0}")));
    }

    @Test
    void limitIsAnInteger() {
        assertEquals(LABEL + ": runs[0].limit: must be an integer, got 1.5", problem(withRun("{\"strategy\": \"gather\", \"limit\": 1.5}")));
    }

    @Test
    void limitMustFitTheModel() {
        assertEquals(LABEL + ": runs[0].limit: must be at most 2147483647, got 3000000000",
                problem(withRun("{\"strategy\": \"gather\", \"limit\": 3000000000}")));
    }

    @Test
    void cpuMustBeLoopOrProcesses() {
        assertEquals(LABEL + ": runs[0].cpu: must be \"loop\" or \"processes\", got \"threads\"",
                problem(withRun("{\"strategy\": \"gather\", \"cpu\": \"threads\"}")));
    }

    @Test
    void workersIsBetweenOneAnd256() {
        assertEquals(LABEL + ": runs[0].workers: must be between 1 and 256, got 257",
                problem(withRun("{\"strategy\": \"gather\", \"cpu\": \"processes\", \"workers\": 257}")));
        assertEquals(LABEL + ": runs[0].workers: must be between 1 and 256, got 0",
                problem(withRun("{\"strategy\": \"gather\", \"cpu\": \"processes\", \"workers\": 0}")));
    }

    @Test
    void workersIsAnInteger() {
        assertEquals(LABEL + ": runs[0].workers: must be an integer, got 2.5",
                problem(withRun("{\"strategy\": \"gather\", \"workers\": 2.5}")));
    }

    @Test
    void workersWithCpuLoopIsAllowed() {
        RunSpec run = parse(withRun("{\"strategy\": \"gather\", \"workers\": 8}")).scenario().runs().getFirst();
        assertEquals(CpuMode.LOOP, run.cpu());
        assertEquals(8, run.workers());
    }

    @Test
    void onExitMustBeDrainOrCancel() {
        assertEquals(LABEL + ": runs[0].onExit: must be \"drain\" or \"cancel\", got \"kill\"",
                problem(withRun("{\"strategy\": \"gather\", \"onExit\": \"kill\"}")));
    }

    @Test
    void everyRunOptionIsRead() {
        RunSpec run = parse(withRun("{\"strategy\": \"as_completed\", \"returnExceptions\": true, \"timeoutMs\": 10, "
                + "\"cancelAtMs\": 20, \"limit\": 2, \"cpu\": \"processes\", \"workers\": 3, \"onExit\": \"cancel\"}")).scenario().runs().getFirst();
        assertEquals(new RunSpec(Strategy.AS_COMPLETED, true, ReturnWhen.ALL_COMPLETED, 10.0, 20.0, 2, CpuMode.PROCESSES, 3, OnExit.CANCEL), run);
    }
}
