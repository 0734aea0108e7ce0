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
 * One test per rule of {@code src/site/markdown/scenario-contract.md#scenario-file}: a wrong value gives exactly this
 * path and message.
 */
class ScenarioRulesTest {

    @Test
    void theContractsExampleIsValidAndReadsAsWritten() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/scenarios/spec-example.gather.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Scenario s = parse(text).scenario();
        assertEquals("One failure, three downloads", s.name());
        assertEquals("Does gather stop the others when B fails?", s.description());
        assertEquals(42, s.seed());
        assertEquals(List.of(
                TaskSpec.io("A", 300),
                TaskSpec.io("B", 100).failing(),
                new TaskSpec("C", TaskKind.IO, 200, 0.25, 50.0, null),
                TaskSpec.cpu("D", 80)), s.tasks());
        assertEquals(List.of(
                RunSpec.of(Strategy.SEQUENTIAL),
                RunSpec.of(Strategy.GATHER),
                RunSpec.of(Strategy.GATHER).withReturnExceptions(true),
                RunSpec.of(Strategy.TASKGROUP).withTimeoutMs(250.0),
                RunSpec.of(Strategy.GATHER).withProcesses(2)), s.runs());
    }

    @Test
    void theSmallestFileGetsEveryDefault() {
        Scenario s = parse(scenario(TASK_A, GATHER)).scenario();
        assertEquals(new Scenario("", "", 0, List.of(TaskSpec.io("A", 300)), List.of(RunSpec.of(Strategy.GATHER))), s);
    }

    @Test
    void unknownFieldsAreIgnoredEverywhere() {
        Scenario s = parse("{\"format\": \"gatherlab/scenario@1\", \"x\": [1, {\"y\": null}], "
                + "\"tasks\": [{\"name\": \"A\", \"durationMs\": 1, \"colour\": \"red\"}], "
                + "\"runs\": [{\"strategy\": \"wait\", \"speed\": \"fast\"}]}").scenario();
        assertEquals(List.of(TaskSpec.io("A", 1)), s.tasks());
        assertEquals(List.of(RunSpec.of(Strategy.WAIT)), s.runs());
    }

    @Nested
    class TopLevel {
        @Test
        void theRootMustBeAnObject() {
            assertEquals(LABEL + ": $: must be an object, got [1, 2]", problem("[1, 2]"));
        }

        @Test
        void formatIsRequired() {
            assertEquals(LABEL + ": format: is required",
                    problem("{\"tasks\": [" + TASK_A + "], \"runs\": [" + GATHER + "]}"));
        }

        @Test
        void anotherFormatVersionIsRefusedRatherThanMisread() {
            assertEquals(LABEL + ": format: unsupported format \"gatherlab/scenario@2\", expected \"gatherlab/scenario@1\"",
                    problem("{\"format\": \"gatherlab/scenario@2\", \"tasks\": [" + TASK_A + "], \"runs\": [" + GATHER + "]}"));
        }

        @Test
        void aFormatThatIsNotAStringIsAnUnsupportedFormat() {
            assertEquals(LABEL + ": format: unsupported format 1, expected \"gatherlab/scenario@1\"",
                    problem("{\"format\": 1, \"tasks\": [" + TASK_A + "], \"runs\": [" + GATHER + "]}"));
        }

        @Test
        void anUnsupportedFormatIsTheOnlyProblemReported() {
            assertEquals(List.of(LABEL + ": format: unsupported format \"x\", expected \"gatherlab/scenario@1\""),
                    problems("{\"format\": \"x\", \"seed\": 1.5, \"tasks\": []}"));
        }

        @Test
        void nameMustBeAString() {
            assertEquals(LABEL + ": name: must be a string, got 5", problem(withTop("\"name\": 5")));
        }

        @Test
        void descriptionMustBeAString() {
            assertEquals(LABEL + ": description: must be a string, got [\"a\"]", problem(withTop("\"description\": [\"a\"]")));
        }

        @Test
        void seedMustHaveNoFractionalPart() {
            assertEquals(LABEL + ": seed: must be an integer, got 2.5", problem(withTop("\"seed\": 2.5")));
        }

        @Test
        void seedMustBeANumber() {
            assertEquals(LABEL + ": seed: must be an integer, got \"42\"", problem(withTop("\"seed\": \"42\"")));
        }

        @Test
        void seedMustFitSigned64Bits() {
            assertEquals(LABEL + ": seed: must be between -9223372036854775808 and 9223372036854775807, got 9223372036854775808",
                    problem(withTop("\"seed\": 9223372036854775808")));
            assertEquals(LABEL + ": seed: must be between -9223372036854775808 and 9223372036854775807, got 1E+30",
                    problem(withTop("\"seed\": 1e30")));
        }

        @Test
        void seedAcceptsTheWholeSigned64BitRange() {
            assertEquals(Long.MIN_VALUE, parse(withTop("\"seed\": -9223372036854775808")).scenario().seed());
            assertEquals(Long.MAX_VALUE, parse(withTop("\"seed\": 9223372036854775807")).scenario().seed());
        }

        @Test
        void seedWrittenWithANoFractionDecimalPointOrExponentIsAnInteger() {
            assertEquals(3, parse(withTop("\"seed\": 3.0")).scenario().seed());
            assertEquals(1000, parse(withTop("\"seed\": 1e3")).scenario().seed());
            assertEquals(0, parse(withTop("\"seed\": -0.0")).scenario().seed());
        }

        @Test
        void tasksAreRequired() {
            assertEquals(LABEL + ": tasks: is required", problem("{\"format\": \"gatherlab/scenario@1\", \"runs\": [" + GATHER + "]}"));
        }

        @Test
        void tasksMustBeAList() {
            assertEquals(LABEL + ": tasks: must be a list, got {\"name\": \"A\"}",
                    problem("{\"format\": \"gatherlab/scenario@1\", \"tasks\": {\"name\": \"A\"}, \"runs\": [" + GATHER + "]}"));
        }

        @Test
        void atLeastOneTask() {
            assertEquals(LABEL + ": tasks: must have at least 1 task", problem(scenario("", GATHER)));
        }

        @Test
        void atMostOneHundredThousandTasks() {
            assertEquals(100_000, parse(scenario(manyTasks(100_000), GATHER)).scenario().tasks().size());
            assertEquals(LABEL + ": tasks: must have at most 100000 tasks, got 100001", problem(scenario(manyTasks(100_001), GATHER)));
        }

        private static String manyTasks(int n) {
            return IntStream.range(0, n).mapToObj(i -> "{\"name\": \"t" + i + "\", \"durationMs\": 1}").collect(Collectors.joining(","));
        }

        @Test
        void runsAreRequired() {
            assertEquals(LABEL + ": runs: is required", problem("{\"format\": \"gatherlab/scenario@1\", \"tasks\": [" + TASK_A + "]}"));
        }

        @Test
        void runsMustBeAList() {
            assertEquals(LABEL + ": runs: must be a list, got \"gather\"",
                    problem("{\"format\": \"gatherlab/scenario@1\", \"tasks\": [" + TASK_A + "], \"runs\": \"gather\"}"));
        }

        @Test
        void atLeastOneRun() {
            assertEquals(LABEL + ": runs: must have at least 1 run", problem(scenario(TASK_A, "")));
        }
    }

    @Nested
    class Tasks {
        @Test
        void aTaskMustBeAnObject() {
            assertEquals(LABEL + ": tasks[0]: must be an object, got \"A\"", problem(withTask("\"A\"")));
        }

        @Test
        void nameIsRequired() {
            assertEquals(LABEL + ": tasks[0].name: is required", problem(withTask("{\"durationMs\": 1}")));
        }

        @Test
        void nameMustBeAString() {
            assertEquals(LABEL + ": tasks[0].name: must be a string, got null", problem(withTask("{\"name\": null, \"durationMs\": 1}")));
        }

        @Test
        void nameMustNotBeEmpty() {
            assertEquals(LABEL + ": tasks[0].name: must be 1 to 40 characters, got 0", problem(withTask("{\"name\": \"\", \"durationMs\": 1}")));
        }

        @Test
        void nameMustBeAtMostFortyCodePoints() {
            String name41 = "x".repeat(41);
            assertEquals(LABEL + ": tasks[0].name: must be 1 to 40 characters, got 41",
                    problem(withTask("{\"name\": \"" + name41 + "\", \"durationMs\": 1}")));
        }

        @Test
        void nameLengthCountsCodePointsNotUtf16Units() {
            String fortyEmoji = "\uD83D\uDE00".repeat(40); // 80 UTF-16 units, 40 code points
            assertEquals(fortyEmoji, parse(withTask("{\"name\": \"" + fortyEmoji + "\", \"durationMs\": 1}")).scenario().tasks().getFirst().name());
        }

        @Test
        void namesMustBeUnique() {
            assertEquals(LABEL + ": tasks[2].name: must be unique, \"A\" is also the name of tasks[0]",
                    problem(scenario(TASK_A + ", {\"name\": \"B\", \"durationMs\": 1}, {\"name\": \"A\", \"durationMs\": 2}", GATHER)));
        }

        @Test
        void kindMustBeIoOrCpu() {
            assertEquals(LABEL + ": tasks[0].kind: must be \"io\" or \"cpu\", got \"gpu\"",
                    problem(withTask("{\"name\": \"A\", \"kind\": \"gpu\", \"durationMs\": 1}")));
        }

        @Test
        void kindIsCaseSensitive() {
            assertEquals(LABEL + ": tasks[0].kind: must be \"io\" or \"cpu\", got \"IO\"",
                    problem(withTask("{\"name\": \"A\", \"kind\": \"IO\", \"durationMs\": 1}")));
        }

        @Test
        void durationMsIsRequired() {
            assertEquals(LABEL + ": tasks[0].durationMs: is required", problem(withTask("{\"name\": \"A\"}")));
        }

        @Test
        void durationMsMustBeANumber() {
            assertEquals(LABEL + ": tasks[0].durationMs: must be a number, got \"abc\"",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": \"abc\"}")));
        }

        @Test
        void durationMsMustNotBeNegative() {
            assertEquals(LABEL + ": tasks[0].durationMs: must be between 0 and 3600000, got -5",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": -5}")));
        }

        @Test
        void durationMsIsAtMostOneHour() {
            assertEquals(LABEL + ": tasks[0].durationMs: must be between 0 and 3600000, got 3600001",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 3600001}")));
        }

        @Test
        void durationMsRangeIsCheckedOnTheExactDecimalNotARoundedDouble() {
            assertEquals(LABEL + ": tasks[0].durationMs: must be between 0 and 3600000, got 3600000.0000000000001",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 3600000.0000000000001}")));
        }

        @Test
        void durationMsBoundsAndFractionsAreAccepted() {
            assertEquals(0, parse(withTask("{\"name\": \"A\", \"durationMs\": 0}")).scenario().tasks().getFirst().durationMs());
            assertEquals(3_600_000, parse(withTask("{\"name\": \"A\", \"durationMs\": 3600000}")).scenario().tasks().getFirst().durationMs());
            assertEquals(0.5, parse(withTask("{\"name\": \"A\", \"durationMs\": 0.5}")).scenario().tasks().getFirst().durationMs());
        }

        @Test
        void numbersInMessagesHaveNoTrailingPointZero() {
            assertEquals(LABEL + ": tasks[0].durationMs: must be between 0 and 3600000, got -5",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": -5.0}")));
            assertEquals(LABEL + ": tasks[0].durationMs: must be between 0 and 3600000, got 1E+400",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 1e400}")));
            assertEquals(LABEL + ": tasks[0].durationMs: must be between 0 and 3600000, got 1E+999999999",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 1e999999999}")));
        }

        @Test
        void failureRateIsBetweenZeroAndOne() {
            assertEquals(LABEL + ": tasks[0].failureRate: must be between 0 and 1, got 1.5",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 1, \"failureRate\": 1.5}")));
            assertEquals(LABEL + ": tasks[0].failureRate: must be between 0 and 1, got -0.1",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 1, \"failureRate\": -0.1}")));
        }

        @Test
        void failureRateMustBeANumber() {
            assertEquals(LABEL + ": tasks[0].failureRate: must be a number, got true",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 1, \"failureRate\": true}")));
        }

        @Test
        void failAtMsIsAtMostDurationMs() {
            assertEquals(LABEL + ": tasks[0].failAtMs: must be between 0 and durationMs (300), got 400",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 300, \"failAtMs\": 400}")));
        }

        @Test
        void failAtMsIsCheckedAgainstDurationMsWhicheverComesFirst() {
            assertEquals(LABEL + ": tasks[0].failAtMs: must be between 0 and durationMs (300), got -1",
                    problem(withTask("{\"name\": \"A\", \"failAtMs\": -1, \"durationMs\": 300}")));
        }

        @Test
        void failAtMsEqualToDurationMsIsAccepted() {
            assertEquals(300.0, parse(withTask("{\"name\": \"A\", \"durationMs\": 300, \"failAtMs\": 300}")).scenario().tasks().getFirst().failAtMs());
        }

        @Test
        void failAtMsWithoutAUsableDurationIsOnlyCheckedForSign() {
            assertEquals(List.of(LABEL + ": tasks[0].durationMs: must be a number, got \"x\"",
                            LABEL + ": tasks[0].failAtMs: must be at least 0, got -1"),
                    problems(withTask("{\"name\": \"A\", \"durationMs\": \"x\", \"failAtMs\": -1}")));
        }

        @Test
        void taskCancelAtMsMustNotBeNegative() {
            assertEquals(LABEL + ": tasks[0].cancelAtMs: must be at least 0, got -1",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 1, \"cancelAtMs\": -1}")));
        }

        @Test
        void taskCancelAtMsIsNotAllowedInAFileWithASequentialRun() {
            assertEquals(LABEL + ": tasks[0].cancelAtMs: not allowed in a file with a sequential run (runs[1]): "
                            + "a sequential run awaits each body directly, so there is no task object to cancel",
                    problem(scenario("{\"name\": \"A\", \"durationMs\": 1, \"cancelAtMs\": 5}",
                            GATHER + ", {\"strategy\": \"sequential\"}")));
        }

        @Test
        void taskCancelAtMsIsAllowedWithoutASequentialRun() {
            assertEquals(5.0, parse(withTask("{\"name\": \"A\", \"durationMs\": 1, \"cancelAtMs\": 5}")).scenario().tasks().getFirst().cancelAtMs());
        }

        @Test
        void nullIsNotAbsent() {
            assertEquals(LABEL + ": tasks[0].cancelAtMs: must be a number, got null",
                    problem(withTask("{\"name\": \"A\", \"durationMs\": 1, \"cancelAtMs\": null}")));
        }
    }

    @Nested
    class Messages {
        @Test
        void longValuesAreCutShort() {
            String longText = "y".repeat(100);
            assertEquals(LABEL + ": name: must be a string, got [\"" + "y".repeat(55) + "...",
                    problem(withTop("\"name\": [\"" + longText + "\"]")));
        }

        @Test
        void strangeKeysAreQuotedInPaths() {
            assertEquals(LABEL + ": [\"a b\"]: is given twice", problem(withTop("\"a b\": 1, \"a b\": 2")));
        }

        @Test
        void aProblemKnowsItsPartsApart() {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioFiles.parse(withRun("{\"strategy\": \"gather\", \"limit\": 0}"), LABEL));
            Problem p = e.problems().getFirst();
            assertEquals(LABEL, p.file());
            assertEquals(new JsonPath("runs[0].limit"), p.location());
            assertEquals("runs[0].limit", p.path());
            assertEquals("must be at least 1, got 0", p.message());
            assertEquals(p.toString(), e.getMessage());
        }

        @Test
        void aSyntaxProblemIsLocatedByLineAndColumn() {
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse("{\n  x", LABEL));
            assertEquals(new TextPosition(2, 3), e.problems().getFirst().location());
        }
    }
}
