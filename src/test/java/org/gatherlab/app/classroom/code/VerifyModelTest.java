package org.gatherlab.app.classroom.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.lessons.TypicalQuizzes;
import org.gatherlab.report.ReportJson;
import org.gatherlab.verify.JdkLocator;
import org.gatherlab.verify.ProcessRunner;
import org.gatherlab.verify.PythonLocator;
import org.gatherlab.verify.ReportComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify with real Python, with a fake python3: what is compared, what is flagged, what is said when it is missing. */
class VerifyModelTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Scenario lesson01 = TypicalQuizzes.lesson(TypicalQuizzes.GATHER_DOES_NOT_CANCEL).scenario();
    private final List<List<String>> commands = new ArrayList<>();

    /** The engine's own report of run 0, as python3 --virtual would print it, edited by {@code edit}. */
    private String engineJson(UnaryOperator<String> edit) {
        var run = Engine.runVirtual(lesson01).runs().getFirst();
        return edit.apply(ReportJson.render(new ScenarioReport(lesson01.name(), ClockKind.VIRTUAL, List.of(run))));
    }

    /** A python3 that answers the version question and prints {@code report} for the program. */
    private ProcessRunner fakePython(String version, String report) {
        return (command, directory, timeout) -> {
            commands.add(command);
            if (command.contains("-c")) return new ProcessRunner.Result(0, version + "\n", "");
            assertTrue(Files.isRegularFile(Path.of(command.get(2))), "the program was written to a file");
            assertTrue(Files.readString(Path.of(command.get(2))).contains("import asyncio"));
            return new ProcessRunner.Result(0, report, "");
        };
    }

    private VerifyModel model(ProcessRunner runner, PythonLocator locator) {
        return new VerifyModel(messages, BackgroundWork.direct(), runner, locator, Duration.ofSeconds(5));
    }

    private static final PythonLocator FOUND = () -> Optional.of(Path.of("/usr/bin/python3"));

    @Test void identicalReportsMatchOnEveryField() {
        VerifyModel m = model(fakePython("CPython 3.11.7", engineJson(s -> s)), FOUND);
        m.verify(lesson01, 0);
        assertEquals(VerifyModel.State.MATCH, m.state());
        assertEquals("CPython 3.11.7", m.pythonVersionProperty().get());
        assertEquals(0, m.differencesProperty().get());
        assertEquals("CPython agrees with the engine on all 25 fields.", m.messageProperty().get());
        assertEquals("Verify run 1: gather()", m.headingProperty().get());
        List<String> fields = m.rows().stream().map(ReportComparison.Row::field).toList();
        assertTrue(fields.containsAll(List.of("strategy", "options.cpu", "returnedAtMs", "settledAtMs", "outcome.kind", "outcome.exception", "completionOrder",
                "tasks[A].state", "tasks[C].endMs")), fields.toString());
        assertFalse(fields.contains("label") || fields.contains("events"), "label and events are not compared");
        assertEquals(List.of("/usr/bin/python3", "-I"), commands.get(1).subList(0, 2));
        assertEquals("--virtual", commands.get(1).getLast());
    }

    @Test void aDifferingFieldIsFlagged() {
        // CPython "says" A ended at 250 ms.
        String modified = engineJson(s -> s.replaceFirst("\"name\": \"A\", \"state\": \"succeeded\", \"startMs\": 0, \"endMs\": 300",
                "\"name\": \"A\", \"state\": \"succeeded\", \"startMs\": 0, \"endMs\": 250"));
        VerifyModel m = model(fakePython("CPython 3.11.7", modified), FOUND);
        m.verify(lesson01, 0);
        assertEquals(VerifyModel.State.DIFFERS, m.state());
        assertEquals(1, m.differencesProperty().get());
        List<ReportComparison.Row> differing = m.rows().stream().filter(ReportComparison.Row::differs).toList();
        assertEquals(List.of(new ReportComparison.Row("tasks[A].endMs", "300", "250", true)), differing);
        assertEquals("1 of 25 fields differs between the engine and CPython.", m.messageProperty().get());
    }

    @Test void aMissingFieldIsADifferenceToo() {
        String modified = engineJson(s -> s.replace("\"settledAtMs\": 300,", ""));
        VerifyModel m = model(fakePython("CPython 3.11.7", modified), FOUND);
        m.verify(lesson01, 0);
        assertEquals(new ReportComparison.Row("settledAtMs", "300", "—", true),
                m.rows().stream().filter(ReportComparison.Row::differs).findFirst().orElseThrow());
    }

    @Test void withoutPython3ItSaysHowToGetIt(@TempDir Path emptyDir) {
        VerifyModel m = model((c, d, t) -> {
            throw new AssertionError("nothing to run");
        }, PythonLocator.onPath(emptyDir.toString()));
        m.verify(lesson01, 0);
        assertEquals(VerifyModel.State.NO_PYTHON, m.state());
        assertEquals("python3 was not found on the PATH, so the program cannot be checked here.", m.messageProperty().get());
        assertTrue(m.detailProperty().get().startsWith("Install Python 3.11 or newer (Debian/Ubuntu: sudo apt install python3"));
        assertTrue(m.detailProperty().get().contains("make sure `python3` is on the PATH"));
        messages.setLocale(Words.SPANISH);
        assertTrue(m.messageProperty().get().startsWith("No se encontró python3 en el PATH"));
        assertTrue(m.detailProperty().get().startsWith("Instala Python 3.11 o posterior"));
    }

    @Test void theLocatorFindsAnExecutablePython3OnThePath(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path python = Files.writeString(bin.resolve("python3"), "#!/bin/sh\n");
        assertEquals(Optional.empty(), PythonLocator.onPath(dir + java.io.File.pathSeparator + bin).find(), "not executable yet");
        python.toFile().setExecutable(true);
        assertEquals(Optional.of(python), PythonLocator.onPath(dir + java.io.File.pathSeparator + bin).find());
        assertEquals(Optional.empty(), PythonLocator.onPath("").find());
    }

    @Test void anOldPythonIsNamedWithItsVersion() {
        VerifyModel m = model(fakePython("CPython 3.9.2", "{}"), FOUND);
        m.verify(lesson01, 0);
        assertEquals(VerifyModel.State.TOO_OLD, m.state());
        assertEquals("This python3 is CPython 3.9.2; the generated programs need Python 3.11 or newer (asyncio.TaskGroup, asyncio.timeout).",
                m.messageProperty().get());
    }

    @Test void aFailingProgramShowsItsErrorOutput() {
        VerifyModel m = model((command, dir, timeout) -> command.contains("-c")
                ? new ProcessRunner.Result(0, "CPython 3.12.1", "")
                : new ProcessRunner.Result(1, "", "Traceback (most recent call last):\nSyntaxError: invalid syntax"), FOUND);
        m.verify(lesson01, 0);
        assertEquals(VerifyModel.State.FAILED, m.state());
        assertEquals("The program stopped with exit code 1.", m.messageProperty().get());
        assertTrue(m.detailProperty().get().endsWith("SyntaxError: invalid syntax"));
    }

    @Test void aHangingProgramIsStoppedAtTheTimeLimit() {
        VerifyModel m = model((command, dir, timeout) -> {
            if (command.contains("-c")) return new ProcessRunner.Result(0, "CPython 3.11.7", "");
            throw new TimeoutException("too slow");
        }, FOUND);
        m.verify(lesson01, 0);
        assertEquals(VerifyModel.State.FAILED, m.state());
        assertEquals("/usr/bin/python3 ran longer than 5 s and was stopped.", m.messageProperty().get());
    }

    @Test void theWorkRunsOnTheBackgroundSeamAndALateResultOfAnOlderRunIsIgnored() {
        List<Runnable> queued = new ArrayList<>();
        BackgroundWork deferred = new BackgroundWork() {
            @Override public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> ok,
                                             java.util.function.Consumer<? super Exception> failed) {
                queued.add(() -> BackgroundWork.direct().submit(work, ok, failed));
            }
        };
        VerifyModel m = new VerifyModel(messages, deferred, fakePython("CPython 3.11.7", engineJson(s -> s)), FOUND, Duration.ofSeconds(5));
        m.verify(lesson01, 0);
        assertEquals(VerifyModel.State.RUNNING, m.state());
        assertTrue(m.runningProperty().get());
        assertTrue(commands.isEmpty(), "nothing ran on the calling thread");
        m.clear();
        queued.getFirst().run();
        assertEquals(VerifyModel.State.IDLE, m.state(), "a cleared verification stays cleared");
    }

    // ---- Java runs: the program on a JDK, in real time

    private final Scenario javaScenario = lesson01.withRuns(List.of(org.gatherlab.engine.RunSpec.of(org.gatherlab.engine.Strategy.CF_ALLOF)));

    /** What the real program would print: the simulation's values, times shifted by {@code lagMs} and the first task's end by {@code skewMs}. */
    private String javaJson(double lagMs, double skewMs, String firstState) {
        var sim = org.gatherlab.engine.jvm.JavaSimulation.run(javaScenario.tasks(), javaScenario.seed(), org.gatherlab.engine.jvm.JavaRunSpec.of(javaScenario.runs().getFirst()),
                new org.gatherlab.engine.VirtualClock(), e -> { });
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = mapper.createObjectNode().put("format", "gatherlab/java-run@1").put("jdk", "25.0.1+8")
                .put("returnedAtMs", sim.returnedAtMs() + lagMs).put("blockExitMs", sim.blockExitMs() + lagMs);
        var o = root.putObject("outcome").put("kind", sim.outcome().kind());
        switch (sim.outcome()) {
            case org.gatherlab.engine.jvm.JavaOutcome.Threw t -> o.put("exception", t.exception()).put("cause", t.cause()).put("causeTask", t.causeTask());
            case org.gatherlab.engine.jvm.JavaOutcome.Returned r -> {
                o.put("returns", r.returns());
                var items = o.putArray("items");
                for (var it : r.items()) items.addObject().put("task", it.task()).put("value", it.value()).put("javaState", it.javaState()).put("error", it.error());
            }
        }
        var tasks = root.putArray("tasks");
        boolean first = true;
        for (var t : sim.taskResults()) {
            var n = tasks.addObject().put("name", t.name()).put("state", first && firstState != null ? firstState : t.state().json())
                    .put("javaState", t.finalState()).put("body", t.body().json());
            if (t.startMs() == null) n.putNull("startMs"); else n.put("startMs", t.startMs() + lagMs);
            n.put("endMs", t.endMs() + lagMs + (first ? skewMs : 0));
            first = false;
        }
        return "Starting...\n" + root;
    }

    private VerifyModel javaModel(ProcessRunner runner, JdkLocator jdk) {
        return new VerifyModel(messages, BackgroundWork.direct(), runner, () -> Optional.empty(), jdk, Duration.ofSeconds(5));
    }

    private static final JdkLocator JDK = () -> Optional.of(Path.of("/opt/jdk-25/bin/java"));

    private ProcessRunner fakeJava(String out) {
        return (command, directory, timeout) -> {
            commands.add(command);
            assertEquals(List.of("/opt/jdk-25/bin/java", "--enable-preview", "--source", "25"), command.subList(0, 4));
            assertEquals("--json", command.getLast());
            assertTrue(Files.readString(Path.of(command.get(4))).contains("CompletableFuture"), "the Java program was written");
            return new ProcessRunner.Result(0, out, "");
        };
    }

    @Test void aJavaRunIsCheckedOnAJdkWithTimesWithinTheTolerance() {
        VerifyModel m = javaModel(fakeJava(javaJson(12, 30, null)), JDK);
        m.verify(javaScenario, 0);
        assertEquals(VerifyModel.State.MATCH, m.state(), m.rows().toString());
        assertEquals(org.gatherlab.engine.Family.JAVA, m.family());
        assertEquals("JDK 25.0.1+8", m.pythonVersionProperty().get());
        assertTrue(m.messageProperty().get().startsWith("JDK 25.0.1+8 agrees with the engine on all "), m.messageProperty().get());
        assertTrue(m.rows().stream().anyMatch(r -> r.field().equals("outcome.kind")));
        assertTrue(m.headingProperty().get().contains("real JDK"));
        assertEquals(1, commands.size());
    }

    @Test void aJavaRunFlagsAStateOrATimeThatDiffers() {
        VerifyModel m = javaModel(fakeJava(javaJson(5, 200, "cancelled")), JDK);
        m.verify(javaScenario, 0);
        assertEquals(VerifyModel.State.DIFFERS, m.state());
        var differing = m.rows().stream().filter(ReportComparison.Row::differs).map(ReportComparison.Row::field).toList();
        assertTrue(differing.contains("tasks[A].state"), differing.toString());
        assertTrue(differing.stream().anyMatch(f -> f.startsWith("tasks[A].endMs")), differing.toString());
        assertTrue(m.messageProperty().get().contains("differ"), m.messageProperty().get());
    }

    @Test void withoutAJdkItSaysHowToGetOne() {
        VerifyModel m = javaModel((c, d, t) -> { throw new AssertionError("nothing to run"); }, Optional::empty);
        m.verify(javaScenario, 0);
        assertEquals(VerifyModel.State.NO_JDK, m.state());
        assertTrue(m.detailProperty().get().contains("JDK 25"));
        messages.setLocale(Words.SPANISH);
        assertTrue(m.detailProperty().get().startsWith("Instala un JDK 25"));
    }

    @Test void theJdkLocatorLooksForAJdk25UnderAJvmFolder(@TempDir Path dir) throws Exception {
        assertEquals(Optional.empty(), JdkLocator.inJvmDirectory(dir));
        Path java = Files.createDirectories(dir.resolve("java-25-openjdk-amd64/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.createDirectories(dir.resolve("java-21-openjdk-amd64/bin"));
        assertEquals(Optional.of(java), JdkLocator.inJvmDirectory(dir));
    }
}
