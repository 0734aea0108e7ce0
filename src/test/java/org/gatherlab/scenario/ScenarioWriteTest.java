package org.gatherlab.scenario;

import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.gatherlab.scenario.TestFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving: layout, defaults, unknown fields kept, edits, refusal of invalid scenarios, atomic replacement. */
class ScenarioWriteTest {
    @TempDir
    Path dir;

    private static final Scenario THREE = new Scenario("Three downloads", "", 0,
            List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200)),
            List.of(RunSpec.of(Strategy.GATHER)));

    private static String resource(String name) throws IOException {
        try (var in = ScenarioWriteTest.class.getResourceAsStream("/scenarios/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNewScenarioWritesOnlyNonDefaultFieldsInTheContractsOrderAndLayout() throws Exception {
        assertEquals("""
                {
                  "format": "gatherlab/scenario@1",
                  "name": "Three downloads",
                  "tasks": [
                    {"name": "A", "durationMs": 300},
                    {"name": "B", "durationMs": 100, "failureRate": 1},
                    {"name": "C", "durationMs": 200}
                  ],
                  "runs": [
                    {"strategy": "gather"}
                  ]
                }
                """, ScenarioFiles.toJson(THREE, LABEL));
    }

    @Test
    void everyNonDefaultOptionIsWrittenAndFractionsKeepTheirDigits() throws Exception {
        Scenario s = new Scenario("", "about", -7,
                List.of(new TaskSpec("A", TaskKind.CPU, 0.1, 0.3, 0.05, 12.5)),
                List.of(RunSpec.of(Strategy.WAIT).withReturnWhen(ReturnWhen.FIRST_EXCEPTION).withTimeoutMs(1e-5)
                        .withCancelAtMs(3.0).withLimit(2).withProcesses(8).withOnExit(OnExit.CANCEL)));
        assertEquals("""
                {
                  "format": "gatherlab/scenario@1",
                  "description": "about",
                  "seed": -7,
                  "tasks": [
                    {"name": "A", "kind": "cpu", "durationMs": 0.1, "failureRate": 0.3, "failAtMs": 0.05, "cancelAtMs": 12.5}
                  ],
                  "runs": [
                    {"strategy": "wait", "returnWhen": "FIRST_EXCEPTION", "timeoutMs": 1.0E-5, "cancelAtMs": 3, "limit": 2, "cpu": "processes", "workers": 8, "onExit": "cancel"}
                  ]
                }
                """, ScenarioFiles.toJson(s, LABEL));
    }

    @Test
    void unknownFieldsAndSpelledOutDefaultsAreKeptOnReSave() throws Exception {
        ScenarioDocument doc = ScenarioFiles.parse(resource("with-unknown-fields.gather.json"), LABEL);
        assertEquals("""
                {
                  "format": "gatherlab/scenario@1",
                  "name": "Kept",
                  "tasks": [
                    {"name": "A", "kind": "io", "durationMs": 300, "color": "#ff0000"},
                    {"name": "B", "durationMs": 100.5, "failureRate": 0, "note": "slow on purpose"}
                  ],
                  "runs": [
                    {"strategy": "wait", "returnWhen": "ALL_COMPLETED", "x-ui": {"expanded": true}},
                    {"strategy": "gather", "returnExceptions": false, "workers": 4}
                  ],
                  "editor": {"zoom": 1.5, "collapsed": ["B"]},
                  "x-comment": "written by hand"
                }
                """, ScenarioFiles.toJson(doc, LABEL));
    }

    @Test
    void unknownValuesAreWrittenBackWithTheirValueAndEscapes() throws Exception {
        String text = withTop("\"x\": [1.50, 1e3, 12345678901234567890, \"tab\\there \\ud800 \\u00e9\", null, {}, []]");
        String saved = ScenarioFiles.toJson(parse(text), LABEL);
        assertTrue(saved.contains("\"x\": [1.50, 1E+3, 12345678901234567890, \"tab\\there \\ud800 \u00e9\", null, {}, []]"), saved);
        assertEquals(parse(text), parse(saved));
    }

    @Test
    void theContractsExampleSavesAsItWasWrittenApartFromSpacingAndPointZero() throws Exception {
        String original = resource("spec-example.gather.json");
        String expected = original.replace("\"kind\": \"io\",  ", "\"kind\": \"io\", ").replace("\"failureRate\": 1.0", "\"failureRate\": 1");
        assertEquals(expected, ScenarioFiles.toJson(ScenarioFiles.parse(original, LABEL), LABEL));
    }

    @Test
    void anEditKeepsEachTasksUnknownFieldsThroughDeletionAndRenaming() throws Exception {
        ScenarioDocument doc = parse(scenario(
                "{\"name\": \"A\", \"durationMs\": 1, \"tag\": \"a\"}, {\"name\": \"B\", \"durationMs\": 2, \"tag\": \"b\"}, "
                        + "{\"name\": \"C\", \"durationMs\": 3, \"tag\": \"c\"}", GATHER));
        List<TaskSpec> tasks = doc.scenario().tasks();
        // A deleted, C renamed to C2 in place, D new, order B, C2, D
        Scenario edited = doc.scenario().withTasks(List.of(tasks.get(1), tasks.get(2).withName("C2"), TaskSpec.io("D", 4)));
        ScenarioDocument after = doc.with(edited);
        assertEquals(edited, after.scenario());
        assertEquals(List.of("\"b\"", "\"c\""), after.taskSources().subList(0, 2).stream().map(s -> s.json("tag")).toList());
        assertEquals(SourceObject.empty(), after.taskSources().get(2));
        assertEquals(edited, parse(ScenarioFiles.toJson(after, LABEL)).scenario());
    }

    @Test
    void anEditKeepsEachRunsUnknownFieldsByPosition() throws Exception {
        ScenarioDocument doc = parse(withRun("{\"strategy\": \"gather\", \"ui\": 1}"));
        Scenario edited = doc.scenario().withRuns(List.of(RunSpec.of(Strategy.TASKGROUP), RunSpec.of(Strategy.WAIT)));
        String saved = ScenarioFiles.toJson(doc.with(edited), LABEL);
        assertTrue(saved.contains("{\"strategy\": \"taskgroup\", \"ui\": 1},\n    {\"strategy\": \"wait\"}\n"), saved);
    }

    @Test
    void aSpelledOutDefaultIsDroppedWhenTheNewStrategyForbidsTheOption() throws Exception {
        ScenarioDocument doc = parse(withRun("{\"strategy\": \"wait\", \"returnWhen\": \"ALL_COMPLETED\"}, "
                + "{\"strategy\": \"gather\", \"returnExceptions\": false}"));
        Scenario edited = doc.scenario().withRuns(List.of(RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.TASKGROUP)));
        String saved = ScenarioFiles.toJson(doc.with(edited), LABEL);
        assertTrue(saved.contains("{\"strategy\": \"gather\"},\n    {\"strategy\": \"taskgroup\"}\n"), saved);
    }

    @Test
    void anInvalidScenarioIsRefusedInsteadOfWritten() throws Exception {
        Path file = dir.resolve("bad.gather.json");
        Scenario bad = THREE.withRuns(List.of(RunSpec.of(Strategy.TASKGROUP).withReturnExceptions(true)));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.write(bad, file));
        assertEquals(List.of(file + ": runs[0].returnExceptions: not allowed with strategy \"taskgroup\", which has no return_exceptions option"),
                e.problems().stream().map(Problem::toString).toList());
        assertTrue(Files.notExists(file));
        assertEquals(List.of(), listing());
    }

    @Test
    void numbersJsonCannotHoldAreRefusedInsteadOfWritten() {
        Scenario bad = THREE.withTasks(List.of(TaskSpec.io("A", Double.NaN)));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.toJson(bad, LABEL));
        assertEquals(LABEL + ": tasks[0].durationMs: must be a number, got \"NaN\"", e.problems().getFirst().toString());
    }

    @Test
    void writingThenReadingGivesTheSameDocument() throws Exception {
        Path file = dir.resolve("lesson.gather.json");
        ScenarioDocument doc = ScenarioFiles.parse(resource("with-unknown-fields.gather.json"), LABEL);
        ScenarioFiles.write(doc, file);
        assertEquals(doc, ScenarioFiles.read(file));
        assertEquals(List.of("lesson.gather.json"), listing());
    }

    @Test
    void writingReplacesAnExistingFileAndKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("lesson.gather.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        ScenarioFiles.write(THREE, file);
        assertEquals(THREE, ScenarioFiles.read(file).scenario());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of("lesson.gather.json"), listing());
    }

    @Test
    void writingThroughASymbolicLinkReplacesTheFileItNames() throws Exception {
        Path real = dir.resolve("real.gather.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.gather.json"), real.getFileName());
        ScenarioFiles.write(THREE, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(THREE, ScenarioFiles.read(real).scenario());
    }

    @Test
    void aFailedRenameLeavesTheOriginalUntouchedAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("lesson.gather.json");
        Files.writeString(file, "original");
        AtomicFileWriter.Steps failingMove = new AtomicFileWriter.Steps() {
            @Override
            public void write(Path temp, AtomicFileWriter.Content content) throws IOException { AtomicFileWriter.DISK.write(temp, content); }

            @Override
            public void move(Path temp, Path target) throws IOException {
                assertTrue(Files.size(temp) > 0, "the new content is complete before the rename");
                throw new IOException("simulated: disk full");
            }
        };
        IOException e = assertThrows(IOException.class, () -> ScenarioFiles.write(ScenarioDocument.of(THREE), file, failingMove));
        assertEquals("simulated: disk full", e.getMessage());
        assertEquals("original", Files.readString(file));
        assertEquals(List.of("lesson.gather.json"), listing());
    }

    @Test
    void aWriteFailingHalfwayLeavesTheOriginalUntouchedAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("lesson.gather.json");
        Files.writeString(file, "original");
        AtomicFileWriter.Steps failingWrite = new AtomicFileWriter.Steps() {
            @Override
            public void write(Path temp, AtomicFileWriter.Content content) throws IOException {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                content.writeTo(all);
                byte[] bytes = all.toByteArray();
                Files.write(temp, Arrays.copyOf(bytes, bytes.length / 2));
                throw new IOException("simulated: device went away");
            }

            @Override
            public void move(Path temp, Path target) { throw new AssertionError("must not rename a partial file"); }
        };
        assertThrows(IOException.class, () -> ScenarioFiles.write(ScenarioDocument.of(THREE), file, failingWrite));
        assertEquals("original", Files.readString(file));
        assertEquals(List.of("lesson.gather.json"), listing());
    }

    @Test
    void aRealRenameFailureAlsoCleansUp() throws Exception {
        // A non-empty directory cannot be replaced by a file: the rename fails on any file system, even as root.
        Path target = Files.createDirectory(dir.resolve("taken.gather.json"));
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(IOException.class, () -> ScenarioFiles.write(THREE, target));
        assertEquals(List.of("taken.gather.json"), listing());
        assertEquals("x", Files.readString(target.resolve("inside")));
    }

    @Test
    void aPipeIsNeverReplacedByAFile() throws Exception {
        Path fifo = dir.resolve("pipe.gather.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class,
                () -> AtomicFileWriter.replace(fifo, new byte[] {'x'}));
        assertEquals("it is a device or a pipe, not a file", e.getReason());
        assertTrue(Files.isRegularFile(fifo) == false && Files.exists(fifo), "still the pipe");
        assertEquals(List.of("pipe.gather.json"), listing());
    }

    @Test
    void anEmptyFolderIsNeverReplacedByAFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.gather.json"));
        java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class,
                () -> ScenarioFiles.write(THREE, folder));
        assertEquals("it is a folder, not a file", e.getReason());
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of("folder.gather.json"), listing());
    }

    @Test
    void writingIntoAMissingDirectoryFailsWithoutCreatingAnything() {
        Path file = dir.resolve("missing/lesson.gather.json");
        assertThrows(IOException.class, () -> ScenarioFiles.write(THREE, file));
        assertEquals(List.of(), listing());
    }

    @Test
    void readingAMissingFileIsAnIoErrorNotAScenarioProblem() {
        assertThrows(NoSuchFileException.class, () -> ScenarioFiles.read(dir.resolve("nope.gather.json")));
    }

    @Test
    void problemsOfAReadFileAreLabelledWithThePathAsGiven() throws Exception {
        Path file = dir.resolve("bad.gather.json");
        Files.writeString(file, withRun("{\"strategy\": \"gather\", \"limit\": 0}"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.read(file));
        assertEquals(file + ": runs[0].limit: must be at least 1, got 0", e.getMessage());
        ScenarioException labelled = assertThrows(ScenarioException.class, () -> ScenarioFiles.read(file, "lesson.gather.json"));
        assertEquals("lesson.gather.json: runs[0].limit: must be at least 1, got 0", labelled.getMessage());
    }

    @Test
    void savedFilesAreUtf8WithoutBom() throws Exception {
        Path file = dir.resolve("u.gather.json");
        ScenarioFiles.write(THREE.withTasks(List.of(TaskSpec.io("caf\u00e9 \uD83D\uDE00", 1))), file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals('{', bytes[0]);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"caf\u00e9 \uD83D\uDE00\""));
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void workersWithCpuLoopIsKeptWhenSet() throws Exception {
        Scenario s = THREE.withRuns(List.of(RunSpec.of(Strategy.GATHER).withWorkers(8)));
        assertEquals(CpuMode.LOOP, parse(ScenarioFiles.toJson(s, LABEL)).scenario().runs().getFirst().cpu());
        assertEquals(s, parse(ScenarioFiles.toJson(s, LABEL)).scenario());
    }
}
