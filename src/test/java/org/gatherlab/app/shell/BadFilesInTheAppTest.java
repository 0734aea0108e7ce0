package org.gatherlab.app.shell;

import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.editor.TaskField;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.cli.Backends;
import org.gatherlab.cli.GatherlabCli;
import org.gatherlab.engine.Scenario;
import org.gatherlab.scenario.ScenarioFiles;
import org.gatherlab.scenario.ScenarioLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files the command line refuses, opened in the app (File ▸ Open through the document model, as the window
 * does): the dialog lists exactly the lines {@code gatherlab run} prints (the file, the path, the rule), and
 * nothing changes: the bad file's bytes, the scenario in the editor, its file, its unsaved edits, the recent list
 * and the autosave.
 */
class BadFilesInTheAppTest {
    private static final Messages ENGLISH = Messages.english();
    private static final String TASK = "{\"name\": \"A\", \"durationMs\": 300}";
    private static final String RUN = "{\"strategy\": \"gather\"}";

    @TempDir Path dir;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private ScenarioEditorModel editor;
    private DocumentModel documents;
    private RecoveryStore store;
    private Path current;

    /** One bad file: a name for the test report and its bytes. */
    record Bad(String name, byte[] bytes) {
        @Override public String toString() { return name; }
    }

    static Stream<Bad> badFiles() {
        byte[] valid = scenario(TASK, RUN).getBytes(StandardCharsets.UTF_8);
        byte[] invalidUtf8 = scenario("{\"name\": \"A\u00e9\", \"durationMs\": 300}", RUN).getBytes(StandardCharsets.UTF_8);
        int e = indexOf(invalidUtf8, (byte) 0xC3);
        invalidUtf8[e + 1] = (byte) 0x28;   // a lead byte followed by no continuation
        byte[] twoBoms = new byte[valid.length + 6];
        for (int i = 0; i < 6; i += 3) System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, twoBoms, i, 3);
        System.arraycopy(valid, 0, twoBoms, 6, valid.length);
        byte[] huge = new byte[ScenarioLimits.MAX_FILE_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        return Stream.of(
                new Bad("wrong type", utf8(scenario("{\"name\": \"A\", \"durationMs\": \"300\"}", RUN))),
                new Bad("unknown strategy", utf8(scenario(TASK, "{\"strategy\": \"gathr\"}"))),
                new Bad("negative duration", utf8(scenario("{\"name\": \"A\", \"durationMs\": -5}", RUN))),
                new Bad("broken JSON", utf8(scenario(TASK, RUN).replace("]}", "]"))),
                new Bad("invalid UTF-8", invalidUtf8),
                new Bad("larger than 32 MiB", huge),
                new Bad("nested too deep", utf8(withTop("\"x\": " + "[".repeat(65) + "]".repeat(65)))),
                new Bad("exponent overflow", utf8(withTop("\"seed\": 1e9999999999"))),
                new Bad("lone surrogate", utf8(scenario("{\"name\": \"A\\ud800\", \"durationMs\": 1}", RUN))),
                new Bad("second BOM", twoBoms),
                new Bad("empty file", new byte[0]));
    }

    @BeforeEach
    void openAGoodFileAndEditIt() throws Exception {
        store = RecoveryStore.open(dir.resolve("home"));
        editor = new ScenarioEditorModel(BackgroundWork.direct(), () -> 1, ENGLISH);
        documents = new DocumentModel(editor, BackgroundWork.direct(), prompts, Settings.inMemory(), store, ENGLISH);
        current = dir.resolve("current.gather.json");
        Files.writeString(current, ScenarioFiles.toJson(editor.scenario(), "x"));
        documents.open(current);
        editor.editTask(0, TaskField.DURATION_MS, "1234");
        documents.autosave();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void theAppShowsWhatTheCommandLineSaysAndChangesNothing(Bad bad) throws Exception {
        Path file = dir.resolve("bad.gather.json");
        Files.write(file, bad.bytes());
        String fileBefore = sha256(file);
        String autosaveBefore = sha256(store.file());
        Scenario before = editor.scenario();
        List<Path> recentBefore = List.copyOf(documents.recentFiles());

        List<String> cli = commandLineSays(file);
        prompts.saveChoices.add(Prompts.SaveChoice.DISCARD);   // the edits would be thrown away only once the file is in
        documents.open(file);

        assertEquals(1, prompts.shown.size(), "one dialog");
        ScriptedPrompts.Shown shown = prompts.shown.getFirst();
        assertEquals("Cannot open bad.gather.json", shown.title());
        assertEquals(cli, shown.lines(), "the app says what the command line says");
        assertFalse(cli.isEmpty());
        for (String line : cli) assertTrue(line.startsWith(file + ": "), "names the file: " + line);

        assertEquals(fileBefore, sha256(file), "the bad file is untouched");
        assertEquals(before, editor.scenario(), "the scenario in the editor is kept");
        assertEquals(current, documents.file(), "still the file it was");
        assertTrue(documents.dirtyProperty().get(), "its unsaved edits are still unsaved");
        assertEquals(recentBefore, documents.recentFiles());
        assertEquals(autosaveBefore, sha256(store.file()), "the autosave is the kept work's");
        assertEquals("Could not open bad.gather.json", documents.messageProperty().get());
    }

    /** {@code gatherlab run FILE}: exit 2 and one line per problem on standard error. */
    private static List<String> commandLineSays(Path file) {
        StringWriter err = new StringWriter();
        int status = new GatherlabCli(Backends.production()).execute(new String[] {"run", file.toString()},
                new ByteArrayOutputStream(), new PrintWriter(err));
        assertEquals(GatherlabCli.BAD_INPUT, status, err.toString());
        return err.toString().lines().toList();
    }

    private static String scenario(String tasks, String runs) {
        return "{\"format\": \"gatherlab/scenario@1\", \"tasks\": [" + tasks + "], \"runs\": [" + runs + "]}";
    }

    private static String withTop(String field) {
        return "{\"format\": \"gatherlab/scenario@1\", " + field + ", \"tasks\": [" + TASK + "], \"runs\": [" + RUN + "]}";
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        throw new AssertionError("not found");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
