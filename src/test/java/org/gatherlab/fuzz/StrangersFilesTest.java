package org.gatherlab.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gatherlab.app.classroom.code.VerifyModel;
import org.gatherlab.app.classroom.export.ExportModel;
import org.gatherlab.app.classroom.export.Exporter;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.cli.Backends;
import org.gatherlab.cli.CliServices;
import org.gatherlab.cli.GatherlabCli;
import org.gatherlab.codegen.PythonProgram;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.report.ReportJson;
import org.gatherlab.runs.Engine;
import org.gatherlab.scenario.ScenarioFiles;
import org.gatherlab.verify.ProcessRunner;
import org.gatherlab.verify.PythonLocator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario file from someone else (issue 12.4) runs no code of its own, writes nowhere but where the user said,
 * and is measured against the caps before anything is built from it.
 */
class StrangersFilesTest {
    @TempDir Path dir;

    /** Names that would be code, a path or a command if anything took them as text to parse. */
    private static final List<String> HOSTILE_NAMES = List.of(
            "');open('/tmp/gl-pwned-py','w')#", "\"\"\"\n__import__('os').system('x')", "\\u000a*/ System.exit(3);",
            "../../../../tmp/gl-escape", "$(touch gl-pwned-sh)", "%n%s{0}");
    private final Scenario hostile = Scenario.of("../../../../tmp/gl-escape; rm -rf ~",
            HOSTILE_NAMES.stream().map(n -> TaskSpec.io(n, 10)).toList(),
            List.of(RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.TASKGROUP)));

    @Test void verifyRunsOnlyTheGeneratedProgramUnderPythonMinusIInAFreshScratchDirectoryWithATimeLimit() throws Exception {
        List<List<String>> commands = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        List<Duration> limits = new ArrayList<>();
        String engineJson = ReportJson.render(new ScenarioReport(hostile.name(), ClockKind.VIRTUAL,
                List.of(Engine.runVirtual(hostile, hostile.runs().get(1), TraceListener.NONE))));
        ProcessRunner recording = (command, directory, timeout) -> {
            commands.add(command);
            dirs.add(directory);
            limits.add(timeout);
            if (command.contains("-c")) return new ProcessRunner.Result(0, "CPython 3.11.7\n", "");
            Path program = Path.of(command.get(2));
            assertEquals(directory, program.getParent(), "the program sits in the scratch directory it runs in");
            assertEquals(PythonProgram.generate(hostile, 1), Files.readString(program), "exactly the generated program");
            try (Stream<Path> files = Files.list(directory)) {
                assertEquals(List.of(program), files.toList(), "nothing else in the scratch directory");
            }
            return new ProcessRunner.Result(0, engineJson, "");
        };
        Duration limit = Duration.ofSeconds(7);
        VerifyModel verify = new VerifyModel(new Messages(Locale.ENGLISH), BackgroundWork.direct(), recording,
                () -> Optional.of(Path.of("/usr/bin/python3")), limit);
        verify.verify(hostile, 1);

        assertEquals(VerifyModel.State.MATCH, verify.state(), verify.messageProperty().get());
        assertEquals(2, commands.size(), "the version question and the program, nothing else");
        for (List<String> command : commands) assertEquals(List.of("/usr/bin/python3", "-I"), command.subList(0, 2), "isolated mode: no PYTHON* variables, no user site, no script directory on the path");
        assertEquals(List.of("--virtual"), commands.get(1).subList(3, commands.get(1).size()));
        String name = Path.of(commands.get(1).get(2)).getFileName().toString();
        assertTrue(name.matches("[a-z0-9_]{1,40}_run2\\.py"), "a file name made of the scenario's name, never a path: " + name);
        Path scratch = dirs.get(1);
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")).toRealPath(), scratch.getParent().toRealPath());
        assertTrue(scratch.getFileName().toString().startsWith("gatherlab-verify"));
        assertFalse(Files.exists(scratch), "the scratch directory is deleted afterwards");
        assertEquals(limit, limits.get(1), "the program runs under the time limit");
        assertTrue(limits.get(0).compareTo(limit) <= 0);
    }

    @Test void verifyWithTheRealPython3RunsNothingANameSays() throws Exception {
        Assumptions.assumeTrue(PythonLocator.system().find().isPresent(), "python3 is not on the PATH: SKIPPED");
        Path marker = Path.of("/tmp/gl-pwned-py");
        Files.deleteIfExists(marker);
        VerifyModel verify = VerifyModel.system(new Messages(Locale.ENGLISH), BackgroundWork.direct());
        verify.verify(hostile, 0);
        Assumptions.assumeTrue(verify.state() != VerifyModel.State.TOO_OLD, "python3 older than 3.11: SKIPPED");
        assertEquals(VerifyModel.State.MATCH, verify.state(), verify.messageProperty().get() + "\n" + verify.detailProperty().get());
        assertFalse(Files.exists(marker), "a task name ran as code");
        assertFalse(Files.exists(Path.of("gl-pwned-sh")), "a task name ran as a shell command");
    }

    @Test void aProgramThatRunsTooLongIsKilledAtTheLimit() throws Exception {
        long t0 = System.nanoTime();
        TimeoutException e = assertThrows(TimeoutException.class,
                () -> ProcessRunner.system().run(List.of("sleep", "30"), dir, Duration.ofMillis(300)));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
        // Not a speed limit: only that the 30 s sleep did not run to its end.
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(25).toNanos());
    }

    @Test void theCommandLineWritesOnlyTheFileTheUserNamed() throws Exception {
        Path input = dir.resolve("theirs.gather.json");
        ScenarioFiles.write(hostile, input);
        Path out = dir.resolve("mine").resolve("report.json");
        Files.createDirectories(out.getParent());
        for (String[] args : List.of(new String[] {"run", input.toString(), "--format", "json", "-o", out.toString()},
                new String[] {"run", input.toString(), "--format", "svg", "-o", out.toString()},
                new String[] {"code", input.toString(), "--run", "2"},
                new String[] {"code", input.toString(), "--run", "1"})) {
            byte[] before = Files.readAllBytes(input);
            int status = new GatherlabCli(Backends.production())
                    .execute(args, new ByteArrayOutputStream(), new PrintWriter(new StringWriter()));
            assertEquals(GatherlabCli.OK, status, String.join(" ", args));
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)), "the input is never changed");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            Set<Path> files = all.filter(Files::isRegularFile).collect(Collectors.toSet());
            assertEquals(Set.of(input, out), files, "no file beside the input and the named output");
        }
        assertFalse(Files.exists(Path.of("/tmp/gl-escape")));
        assertFalse(Files.exists(Path.of("/tmp/gl-escape; rm -rf ~")));
    }

    @Test void namesTheAppSuggestsForSavingAreFileNamesNeverPaths() {
        for (String name : List.of("../../etc/passwd", "/abs/path", "C:\\Windows\\x", "..", ".", "", "\u0000\u001b[2J",
                "CON", "a".repeat(1000), "\uD83D\uDE00\uD83D\uDE00", "  .hidden  ", "x/../../y")) {
            Scenario s = Scenario.of(name, List.of(TaskSpec.io("A", 1)), List.of(RunSpec.of(Strategy.GATHER)));
            List<String> suggested = new ArrayList<>();
            suggested.add(PythonProgram.fileName(s, 0));
            for (Exporter.Format f : Exporter.Format.values()) suggested.add(Exporter.suggestedName(name, f));
            for (String file : suggested) {
                assertTrue(file.matches("[a-z0-9][a-z0-9_-]*(-timeline(@2x)?|-report|_run1)?\\.(py|png|svg|json|csv)"),
                        () -> "\"" + name + "\" suggests " + file);
                assertTrue(file.length() <= 80, file);
            }
        }
    }

    @Test void anExportOverAPipeFailsAndSaysSoLeavingThePipe() throws Exception {
        Path fifo = dir.resolve("timeline.svg");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        ExportModel export = new ExportModel(new Messages(Locale.ENGLISH), BackgroundWork.direct());
        export.export(Exporter.Format.SVG, Engine.runVirtual(hostile), fifo);
        assertTrue(export.failedProperty().get());
        assertEquals("Could not save timeline.svg: " + fifo + ": it is a device or a pipe, not a file", export.statusProperty().get());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still the pipe");
    }

    @Test void aFileOverTheCapsIsRefusedBeforeTheEngineSeesIt() throws IOException {
        AtomicInteger runs = new AtomicInteger();
        CliServices production = Backends.production();
        CliServices counting = new CliServices(production.scenarios(), (scenario, sink) -> {
            runs.incrementAndGet();
            production.virtualClock().run(scenario, sink);
        }, production.realClock(), production.programs());
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i <= 100_000; i++) tasks.append(i == 0 ? "" : ",").append("{\"name\":\"t").append(i).append("\",\"durationMs\":1}");
        Path many = dir.resolve("many.gather.json");
        Files.writeString(many, "{\"format\":\"gatherlab/scenario@1\",\"tasks\":[" + tasks + "],\"runs\":[{\"strategy\":\"gather\"}]}");
        Path deep = dir.resolve("deep.gather.json");
        Files.writeString(deep, "{\"format\":\"gatherlab/scenario@1\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Path big = dir.resolve("big.gather.json");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) { f.setLength(33L * 1024 * 1024); }
        for (Path file : List.of(many, deep, big)) {
            StringWriter err = new StringWriter();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = new GatherlabCli(counting).execute(new String[] {"run", file.toString()}, out, new PrintWriter(err));
            assertEquals(GatherlabCli.BAD_INPUT, status, err.toString());
            assertEquals(0, out.size());
            assertTrue(err.toString().startsWith(file + ": "), err.toString());
            assertEquals(1, err.toString().lines().count(), "one problem, stated once: " + err);
        }
        assertEquals(0, runs.get(), "nothing was run");
    }
}
