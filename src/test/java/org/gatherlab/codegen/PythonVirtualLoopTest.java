package org.gatherlab.codegen;

import static org.gatherlab.codegen.Python.virtual;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The virtual-time machinery (clock, timer order, pool, teardown, causes) and the report's shape, checked on
 * CPython.
 */
class PythonVirtualLoopTest {

    @BeforeAll
    static void python() {
        Python.require();
    }

    private static final RunSpec GATHER = RunSpec.of(Strategy.GATHER);

    private static TaskSpec io(String name, double ms) { return TaskSpec.io(name, ms); }

    private static TaskSpec cpu(String name, double ms) { return TaskSpec.cpu(name, ms); }

    @Test
    void theContractsExampleReportComesOutExactly() throws Exception {
        Scenario s = new Scenario("Three downloads", "", 0,
                List.of(io("A", 300), io("B", 100).failing(), io("C", 200)), List.of(GATHER));
        JsonNode expected = Python.parse(Files.readString(Path.of("src/test/resources/codegen/contract-example.report.json")));
        assertEquals(expected, Python.virtualReport(s, 0), "integers must print without .0");
    }

    @Test
    void optionsHoldOnlyWhatApplies() {
        List<TaskSpec> a = List.of(cpu("A", 10));
        assertEquals(Python.parse("{\"returnWhen\":\"FIRST_EXCEPTION\",\"cpu\":\"loop\",\"onExit\":\"drain\",\"timeoutMs\":5}"),
                virtual(a, RunSpec.of(Strategy.WAIT).withReturnWhen(ReturnWhen.FIRST_EXCEPTION).withTimeoutMs(5.0)).json().path("options"));
        assertEquals(Python.parse("{\"cpu\":\"processes\",\"onExit\":\"cancel\",\"workers\":3,\"cancelAtMs\":7.5,\"limit\":2}"),
                virtual(a, RunSpec.of(Strategy.TASKGROUP).withProcesses(3).withOnExit(OnExit.CANCEL).withCancelAtMs(7.5).withLimit(2))
                        .json().path("options"));
        var seq = virtual(a, RunSpec.of(Strategy.SEQUENTIAL).withReturnExceptions(true));
        assertEquals(Python.parse("{\"returnExceptions\":true,\"cpu\":\"loop\",\"onExit\":\"drain\"}"), seq.json().path("options"));
        assertEquals("sequential", seq.json().path("strategy").asText());
        assertEquals("virtual", Python.virtualReport(Scenario.of("x", a, List.of(GATHER)), 0).path("clock").asText());
    }

    @Test
    void timesAreExactDoubles() {
        var r = virtual(List.of(io("A", 0.1), io("B", 0.2), cpu("C", 0.5), io("D", 3_600_000)), RunSpec.of(Strategy.SEQUENTIAL));
        assertAll(r.toString(),
                () -> assertEquals(0.1 + 0.2, r.end("B")),                     // the same IEEE sum as CPython's
                () -> assertEquals(0.1 + 0.2 + 0.5, r.end("C")),
                () -> assertEquals(0.1 + 0.2 + 0.5 + 3_600_000, r.returnedAt()));
        var big = virtual(List.of(io("A", 3_600_000), io("B", 3_600_000)), RunSpec.of(Strategy.SEQUENTIAL));
        assertTrue(big.json().path("returnedAtMs").isIntegralNumber(), big.toString());
        assertEquals(7_200_000, big.returnedAt());
    }

    @Test
    void theCallersTimerIsScheduledFirstAndTaskTimersBeforeTheGathersTimeout() {
        // At 100 three requests meet. In gather the caller's timer (1st) wins over A's own timer.
        var caller = virtual(List.of(io("A", 300).cancelledAt(100), io("B", 300)), GATHER.withCancelAtMs(100.0));
        assertEquals("caller", caller.cause("A"), caller.toString());
        assertEquals("caller", caller.cause("B"));
        // A's timer is scheduled right after the tasks exist, before asyncio.timeout's: A is "self", B "timeout".
        var timeout = virtual(List.of(io("A", 300).cancelledAt(100), io("B", 300)), GATHER.withTimeoutMs(100.0));
        assertAll(timeout.toString(),
                () -> assertEquals("self", timeout.cause("A")),
                () -> assertEquals("timeout", timeout.cause("B")),
                () -> assertEquals("TimeoutError", timeout.exception()),
                () -> assertEquals(100, timeout.returnedAt()));
        // A TaskGroup cancels its children a tick after the caller's cancellation, so A's own timer gets there first.
        var group = virtual(List.of(io("A", 300).cancelledAt(100), io("B", 300)), RunSpec.of(Strategy.TASKGROUP).withTimeoutMs(100.0));
        assertAll(group.toString(),
                () -> assertEquals("self", group.cause("A")),
                () -> assertEquals("timeout", group.cause("B")),
                () -> assertEquals("TimeoutError", group.exception()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gather", "taskgroup"})
    void aTimeoutOfZeroStillLetsEveryTaskTakeItsFirstStep(String strategy) {
        // asyncio.timeout(0) schedules its callback with call_soon, but the tasks' first steps are also queued by
        // then (gather) or right behind it (taskgroup, whose children are cancelled a tick later): B computes.
        var r = virtual(List.of(io("A", 100), cpu("B", 50)), RunSpec.of(Strategy.fromJson(strategy)).withTimeoutMs(0.0));
        assertAll(r.toString(),
                () -> assertEquals("TimeoutError", r.exception()),
                () -> assertEquals("succeeded", r.state("B")),
                () -> assertEquals(50, r.end("B")),
                () -> assertEquals("cancelled", r.state("A")),
                () -> assertEquals(0, r.start("A")),
                () -> assertEquals(50, r.end("A")),
                () -> assertEquals("timeout", r.cause("A")),
                () -> assertEquals(50, r.returnedAt()));
    }

    @Test
    void teardownAndTaskGroupAbortsCancelInCreationOrder() {
        List<TaskSpec> tasks = new ArrayList<>();
        tasks.add(io("T0", 10).failing());
        for (int i = 1; i <= 8; i++) tasks.add(io("T" + i, 1000 - 10 * i));
        var exit = virtual(tasks, GATHER.withOnExit(OnExit.CANCEL));
        var group = virtual(tasks, RunSpec.of(Strategy.TASKGROUP));
        List<String> creation = tasks.stream().map(TaskSpec::name).toList();
        assertAll(
                () -> assertEquals(creation, exit.completionOrder(), exit.toString()),
                () -> assertEquals(creation, group.completionOrder(), group.toString()),
                () -> assertEquals("exit", exit.cause("T8")),
                () -> assertEquals("taskgroup", group.cause("T8")));
    }

    @Test
    void aQueuedPoolJobIsWithdrawnAndARunningOneRunsToItsEnd() {
        var r = virtual(List.of(cpu("A", 100), cpu("B", 200), cpu("C", 300)), GATHER.withProcesses(1).withTimeoutMs(150.0));
        JsonNode a = r.task("A"), b = r.task("B"), c = r.task("C");
        assertAll(r.toString(),
                () -> assertEquals(0, a.path("jobStartMs").asDouble()),
                () -> assertEquals(100, a.path("jobEndMs").asDouble()),
                () -> assertEquals("succeeded", r.state("A")),
                () -> assertEquals(100, b.path("jobStartMs").asDouble(), "B's job starts when A's frees the worker"),
                () -> assertEquals("cancelled", r.state("B")),
                () -> assertEquals(150, r.end("B")),
                () -> assertEquals(300, b.path("jobEndMs").asDouble(), "its worker stays busy after the loop has finished"),
                () -> assertEquals("cancelled", r.state("C")),
                () -> assertFalse(c.has("jobStartMs"), "a job still queued is withdrawn"),
                () -> assertEquals(150, r.settledAt()));
        var seq = virtual(List.of(cpu("A", 100), io("B", 50), cpu("C", 100)), RunSpec.of(Strategy.SEQUENTIAL).withProcesses(2));
        assertEquals(150, seq.task("C").path("jobStartMs").asDouble(), seq.toString());
        assertEquals(250, seq.returnedAt());
    }

    @Test
    void sequentialBodiesTakeTheCallersCause() {
        var r = virtual(List.of(io("A", 100), io("B", 200), io("C", 300)), RunSpec.of(Strategy.SEQUENTIAL).withTimeoutMs(150.0));
        assertAll(r.toString(),
                () -> assertEquals("TimeoutError", r.exception()),
                () -> assertEquals("cancelled", r.state("B")),
                () -> assertEquals("timeout", r.cause("B")),
                () -> assertEquals("not-started", r.state("C")),
                () -> assertEquals(150, r.returnedAt()));
        var c = virtual(List.of(io("A", 100), io("B", 200)), RunSpec.of(Strategy.SEQUENTIAL).withCancelAtMs(150.0));
        assertEquals("caller", c.cause("B"), c.toString());
        assertEquals("CancelledError", c.exception());
        assertEquals(List.of(), c.raisedTasks());
    }

    @Test
    void aTaskGroupReturnsACancelledErrorForATaskCancelledOnItsOwn() {
        var r = virtual(List.of(io("A", 100).cancelledAt(50), io("B", 200)), RunSpec.of(Strategy.TASKGROUP));
        assertEquals(List.of("A!CancelledError", "B"), r.results(), r.toString());
        assertEquals(200, r.returnedAt());
        var ac = virtual(List.of(io("A", 100).cancelledAt(50), io("B", 200)), RunSpec.of(Strategy.AS_COMPLETED).withReturnExceptions(true));
        assertEquals("CancelledError", ac.exception(), ac.toString());
        assertEquals(List.of("A"), ac.raisedTasks());
    }

    @Test
    void failuresFollowTheSeededDraw() {
        // Rate 0.5 with seed 42: the generator embeds Java's draw and the program checks it against its own.
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) tasks.add(new TaskSpec("T" + i, TaskKind.IO, i, 0.5, i / 2.0, null));
        Scenario s = new Scenario("draw", "", 42, tasks, List.of(GATHER.withReturnExceptions(true)));
        boolean[] fails = FailurePlan.draw(42, tasks);
        int failing = 0;
        for (boolean f : fails) if (f) failing++;
        assertTrue(failing > 0 && failing < tasks.size(), "the seed should give a mix");
        var r = new Python.Run(Python.virtualReport(s, 0).path("runs").path(0));
        for (int i = 0; i < tasks.size(); i++) {
            String name = "T" + i;
            assertEquals(fails[i] ? "failed" : "succeeded", r.state(name), name);
            assertEquals(fails[i] ? i / 2.0 : i, r.end(name), name);
        }
    }

    @Test
    void aLargeScenarioGoesInATableAndAgreesWithTheJavaDraw() {
        // More than PythonProgram.LISTED_TASKS tasks: the names as str literals, one per line, and the rest as one
        // JSON table that holds no name (names are never text the program parses). Random rates and a negative
        // seed: the program checks every task's draw against the generator's, and the states must match.
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < PythonProgram.LISTED_TASKS + 500; i++) {
            String name = i % 97 == 0 ? "t\"\\😀é" + i : "T" + i;
            tasks.add(new TaskSpec(name, i % 5 == 0 ? TaskKind.CPU : TaskKind.IO, i % 3, rnd.nextDouble(), null, null));
        }
        Scenario s = new Scenario("table", "", Long.MIN_VALUE + 12345, tasks, List.of(GATHER.withReturnExceptions(true)));
        String program = PythonProgram.generate(s, 0);
        assertTrue(program.contains("TASKS = [Spec(name, *row) for name, row in zip(_NAMES, json.loads("), program.substring(0, 3000));
        assertTrue(program.contains("\n    \"t\\\"\\\\😀é97\",\n"), "a name is a literal of its own");
        String table = program.substring(program.indexOf("json.loads("));
        table = table.substring(0, table.indexOf('\n', table.indexOf('\n') + 1));
        assertFalse(table.contains("T1") || table.contains("😀"), "the table holds no names: " + table.substring(0, 200));
        boolean[] fails = FailurePlan.draw(s.seed(), tasks);
        JsonNode run = Python.virtualReport(s, 0).path("runs").path(0);
        for (int i = 0; i < tasks.size(); i++) {
            JsonNode t = run.path("tasks").path(i);
            assertEquals(tasks.get(i).name(), t.path("name").asText());
            assertEquals(fails[i] ? "failed" : "succeeded", t.path("state").asText(), tasks.get(i).name());
        }
    }

    @Test
    void namesAndTextSurviveTheTripThroughPython() {
        String name = "Ünïcødé \"quoted\" \\ back\tslash 😀 \u2028 end";
        String task = "tâche \"1\" 🚀";
        Scenario s = new Scenario(name, "line one\nline \"two\" \\ \r\n\u0000 three", -7, List.of(io(task, 5)), List.of(GATHER));
        JsonNode report = Python.virtualReport(s, 0);
        assertEquals(name, report.path("scenario").asText());
        assertEquals(task, report.path("runs").path(0).path("tasks").path(0).path("name").asText());
        assertEquals(task, report.path("runs").path(0).path("outcome").path("results").path(0).path("value").asText());
    }
}
