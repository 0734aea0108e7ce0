package org.gatherlab.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Test;

/** The generator itself, without running Python: the reference program's shape, literals, refusals. */
class PythonProgramTest {

    private static final List<TaskSpec> ABC = List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.cpu("C", 200));

    private static String program(RunSpec run) {
        return PythonProgram.generate(Scenario.of("s", ABC, List.of(run)), 0);
    }

    @Test
    void eachStrategyIsWrittenAsTheContractsReferenceProgram() {
        assertTrue(program(RunSpec.of(Strategy.GATHER).withReturnExceptions(true))
                .contains("results = await asyncio.gather(*tasks, return_exceptions=True)"));
        assertTrue(program(RunSpec.of(Strategy.GATHER).withTimeoutMs(250.0)).contains("async with asyncio.timeout(ms(250)):"));
        String tg = program(RunSpec.of(Strategy.TASKGROUP).withTimeoutMs(100.0));
        assertTrue(tg.indexOf("async with asyncio.timeout(ms(100)):") < tg.indexOf("async with asyncio.TaskGroup() as tg:"), tg);
        assertTrue(program(RunSpec.of(Strategy.WAIT).withReturnWhen(ReturnWhen.FIRST_EXCEPTION).withTimeoutMs(150.0))
                .contains("done, pending = await asyncio.wait(tasks, timeout=ms(150), return_when=asyncio.FIRST_EXCEPTION)"));
        assertTrue(program(RunSpec.of(Strategy.AS_COMPLETED).withTimeoutMs(250.0))
                .contains("for next_done in asyncio.as_completed(tasks, timeout=ms(250)):"));
        String seq = program(RunSpec.of(Strategy.SEQUENTIAL).withReturnExceptions(true));
        assertTrue(seq.contains("results.append(await body(t))") && seq.contains("except TaskFailed as exc:"), seq);
        assertTrue(program(RunSpec.of(Strategy.GATHER).withLimit(2)).contains("sem = asyncio.Semaphore(2)"));
        assertTrue(program(RunSpec.of(Strategy.GATHER).withProcesses(3))
                .contains("await asyncio.get_running_loop().run_in_executor(pool, crunch, ms(d))"));
        String caller = program(RunSpec.of(Strategy.GATHER).withCancelAtMs(12.5));
        assertTrue(caller.contains("loop.call_at(at(12.5), asyncio.current_task().cancel, \"caller\")"), caller);
        assertTrue(caller.indexOf("asyncio.current_task().cancel") < caller.indexOf("asyncio.create_task(body(t))"));
    }

    @Test
    void theScenarioIsDataAtTheTop() {
        Scenario s = new Scenario("s", "", 42, List.of(TaskSpec.io("A", 300), new TaskSpec("B", org.gatherlab.engine.TaskKind.CPU, 80, 0.25, 50.0, 7.0)),
                List.of(RunSpec.of(Strategy.GATHER)));
        String p = PythonProgram.generate(s, 0);
        assertTrue(p.contains("    Spec(\"A\", \"io\", 300),"), p);
        assertTrue(p.contains("    Spec(\"B\", \"cpu\", 80, failure_rate=0.25, fails="), p);
        assertTrue(p.contains("fail_at_ms=50, cancel_at_ms=7),   # draw "), p);
        assertTrue(p.contains("SEED = 42"));
        assertTrue(p.indexOf("TASKS = [") < p.indexOf("async def body(t):"));
        assertTrue(p.indexOf("async def main():") < p.indexOf("class VirtualTimeLoop"));
        assertTrue(p.endsWith("if __name__ == \"__main__\":\n    run(main)\n"));
        assertEquals(p, PythonProgram.generate(s, 0), "the same scenario gives the same program");
    }

    @Test
    void labels() {
        assertEquals("gather()", PythonProgram.label(RunSpec.of(Strategy.GATHER)));
        assertEquals("gather(return_exceptions=True)", PythonProgram.label(RunSpec.of(Strategy.GATHER).withReturnExceptions(true)));
        assertEquals("TaskGroup()", PythonProgram.label(RunSpec.of(Strategy.TASKGROUP)));
        assertEquals("wait(return_when=FIRST_EXCEPTION)", PythonProgram.label(RunSpec.of(Strategy.WAIT).withReturnWhen(ReturnWhen.FIRST_EXCEPTION)));
        assertEquals("wait()", PythonProgram.label(RunSpec.of(Strategy.WAIT)));
        assertEquals("as_completed()", PythonProgram.label(RunSpec.of(Strategy.AS_COMPLETED)));
        assertEquals("sequential", PythonProgram.label(RunSpec.of(Strategy.SEQUENTIAL)));
        assertEquals("three_downloads_run2.py", PythonProgram.fileName(Scenario.of("Three downloads!", ABC, List.of()), 1));
    }

    @Test
    void runsTheContractForbidsAreRefused() {
        Scenario seqWithCancel = Scenario.of("s", List.of(TaskSpec.io("A", 1).cancelledAt(0)), List.of(RunSpec.of(Strategy.SEQUENTIAL)));
        assertThrows(IllegalArgumentException.class, () -> PythonProgram.generate(seqWithCancel, 0));
        assertThrows(IllegalArgumentException.class, () -> program(RunSpec.of(Strategy.TASKGROUP).withReturnExceptions(true)));
        assertThrows(IllegalArgumentException.class, () -> program(RunSpec.of(Strategy.WAIT).withReturnExceptions(true)));
        assertThrows(IndexOutOfBoundsException.class, () -> PythonProgram.generate(Scenario.of("s", ABC, List.of()), 0));
        assertThrows(IllegalArgumentException.class, () -> program(RunSpec.of(Strategy.GATHER).withCpu(CpuMode.PROCESSES).withWorkers(0)));
    }

    @Test
    void literals() {
        assertEquals("\"a\\\"b\\\\c\\nd\\x00e\\u2028f😀\"", PythonSyntax.str("a\"b\\c\nd\u0000e\u2028f😀"));
        assertEquals("\"\\ud800\"", PythonSyntax.str("\ud800"));
        assertEquals("300", PythonSyntax.num(300.0));
        assertEquals("0.5", PythonSyntax.num(0.5));
        assertEquals("1.0E-4", PythonSyntax.num(1e-4));
        assertEquals("None", PythonSyntax.num((Double) null));
        assertEquals("a b", PythonSyntax.commentText("a\nb"));
    }

    @Test
    void aHundredThousandTasksMakeAProgramQuickly() {
        List<TaskSpec> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) many.add(TaskSpec.io("T" + i, i % 1000));
        long t0 = System.nanoTime();
        String p = PythonProgram.generate(Scenario.of("many", many, List.of(RunSpec.of(Strategy.GATHER))), 0);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertTrue(p.contains("\n    \"T99999\",\n"), "each name a str literal of its own");
        assertTrue(p.contains(",[\\\"io\\\",999,0.0,false,null,null]]"), "the rest a JSON table, in a Python str");
    }
}
