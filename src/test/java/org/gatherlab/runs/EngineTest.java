package org.gatherlab.runs;

import org.gatherlab.engine.Family;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunOption;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runtime.RealClock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The front door and the seam: each strategy's family, and one route from a run to its report on either clock. */
class EngineTest {
    private static final List<TaskSpec> TASKS = List.of(TaskSpec.io("A", 40).failing(), TaskSpec.io("B", 80), TaskSpec.cpu("C", 20));

    @Test void everyStrategyHasTheFamilyThatRunsIt() {
        for (Strategy s : Strategy.values()) assertSame(s.family(), RunFamily.of(RunSpec.of(s)).family(), s.json());
        assertEquals(List.of(Strategy.SEQUENTIAL, Strategy.GATHER, Strategy.TASKGROUP, Strategy.WAIT, Strategy.AS_COMPLETED),
                Family.PYTHON_ASYNCIO.strategies());
        assertEquals("java", RunFamily.of(RunSpec.of(Strategy.STRUCTURED)).language());
        assertEquals("python", RunFamily.of(RunSpec.of(Strategy.WAIT)).language());
        assertTrue(Family.JAVA.takes(RunOption.JOINER) && !Strategy.CF_ALLOF.takes(RunOption.JOINER));
        assertTrue(Strategy.GATHER.takes(RunOption.ON_EXIT) && !Strategy.INVOKE_ANY.takes(RunOption.ON_EXIT));
    }

    @Test void aJavaRunsReportCarriesItsJavaObjectsOnTheVirtualClock() {
        Scenario s = Scenario.of("one route", TASKS, List.of(RunSpec.of(Strategy.CF_ALLOF), RunSpec.of(Strategy.GATHER)));
        RunReport java = Engine.runVirtual(s, s.runs().get(0), TraceListener.NONE);
        assertEquals(java.returnedAtMs(), ((Number) java.java().get("returnedAtMs")).doubleValue());
        assertEquals(80.0, java.blockExitMs());
        for (TaskReport t : java.tasks()) assertNotNull(t.java(), t.name());
        assertEquals(java, Reports.of(java.trace()), "the trace alone replays to the same report, java objects included");
        RunReport python = Engine.runVirtual(s, s.runs().get(1), TraceListener.NONE);
        assertNull(python.java());
    }

    @Test void aJavaRunsReportCarriesItsJavaObjectsInRealTime() {
        Scenario s = Scenario.of("one route, real", TASKS, List.of(RunSpec.of(Strategy.INVOKE_ALL)));
        RunReport real = Engine.runReal(s, s.runs().get(0), TraceListener.NONE, new RealClock());
        assertEquals("invoke-all", real.java().get("api"));
        for (TaskReport t : real.tasks()) assertNotNull(t.java(), t.name());
        assertNotNull(real.blockExitMs());
        assertEquals(real, Reports.of(real.trace()));
    }

    @Test void eachFamilyWritesItsOwnProgram() {
        Scenario s = Scenario.of("programs", TASKS, List.of(RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.STRUCTURED)));
        assertTrue(RunFamily.of(s.runs().get(0)).program(s, 0).contains("import asyncio"));
        assertTrue(RunFamily.of(s.runs().get(1)).program(s, 1).contains("StructuredTaskScope"));
        assertThrows(IllegalArgumentException.class, () -> RunFamily.of(Family.PYTHON_ASYNCIO).program(s, 1),
                "the Python family writes no program for a Java run");
    }
}
