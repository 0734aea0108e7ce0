package org.gatherlab.codegen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plain program, run in real time: it must work and say what happened. Durations are tiny (~20 ms). */
class PythonRealTimeTest {

    @BeforeAll
    static void python() {
        Python.require();
    }

    private static final Scenario TINY = new Scenario("Tiny downloads", "real time", 0,
            List.of(TaskSpec.io("A", 20), TaskSpec.io("B", 40).failingAt(20), TaskSpec.cpu("C", 20), TaskSpec.io("D", 60)),
            List.of(RunSpec.of(Strategy.GATHER),
                    RunSpec.of(Strategy.TASKGROUP).withOnExit(OnExit.CANCEL),
                    RunSpec.of(Strategy.GATHER).withProcesses(2).withReturnExceptions(true)));

    @Test
    void thePlainProgramRunsAndTellsWhatHappened() {
        Python.Result r = Python.run(PythonProgram.generate(TINY, 0));
        assertAll(r.stdout() + "\n--- stderr:\n" + r.stderr(),
                () -> assertEquals(0, r.exit()),
                () -> assertTrue(r.stdout().contains("A starts")),
                () -> assertTrue(r.stdout().contains("B failed")),
                () -> assertTrue(r.stdout().contains("the caller's await raises TaskFailed('B')")),
                () -> assertTrue(r.stdout().contains("D succeeded (after the caller's await had ended)")),
                () -> assertTrue(r.stdout().contains("It raised TaskFailed carrying B.")));
    }

    @Test
    void inRealTimeTheJsonReportHasMeasuredTimes() {
        Python.Result r = Python.run(PythonProgram.generate(TINY, 1), "--json");
        assertEquals(0, r.exit(), r.stderr());
        JsonNode report = Python.parse(r.stdout());
        JsonNode run = report.path("runs").path(0);
        assertAll(r.stdout(),
                () -> assertEquals("real", report.path("clock").asText()),
                () -> assertEquals("ExceptionGroup", run.path("outcome").path("exception").asText()),
                () -> assertEquals("taskgroup", new Python.Run(run).cause("D")),
                () -> assertTrue(run.path("returnedAtMs").asDouble() >= 19, "B fails after about 20 ms"),
                () -> assertTrue(run.path("returnedAtMs").asDouble() < 5_000));
    }

    @Test
    void aRealProcessPoolRunsTheJobs() {
        Python.Result r = Python.run(PythonProgram.generate(TINY, 2), "--json");
        assertEquals(0, r.exit(), r.stderr());
        var run = new Python.Run(Python.parse(r.stdout()).path("runs").path(0));
        assertAll(run.toString(),
                () -> assertEquals(List.of("A", "B!TaskFailed", "C", "D"), run.results()),
                () -> assertTrue(run.task("C").path("jobEndMs").asDouble() - run.task("C").path("jobStartMs").asDouble() >= 19));
    }
}
