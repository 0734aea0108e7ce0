package org.gatherlab.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.gatherlab.scenario.TestFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files written to break the reader: numbers no decimal type can hold, text that is not Unicode, a second
 * byte order mark, and files that ask for more than {@link ScenarioLimits} allows. Each is refused with its
 * path and the rule, or (in a field GatherLab does not know) kept exactly as written.
 */
class HostileInputTest {
    @TempDir Path dir;

    private static final String EXPONENT_RULE = "must have an exponent between -999999999 and 999999999, got ";

    @Test
    void anExponentBeyondAnyDecimalInAKnownFieldIsRefusedWithItsPath() {
        assertEquals(LABEL + ": seed: " + EXPONENT_RULE + "1e9999999999", problem(withTop("\"seed\": 1e9999999999")));
        assertEquals(LABEL + ": seed: " + EXPONENT_RULE + "0e9999999999", problem(withTop("\"seed\": 0e9999999999")));
        assertEquals(LABEL + ": tasks[0].durationMs: " + EXPONENT_RULE + "1e-2147483648",
                problem(withTask("{\"name\": \"A\", \"durationMs\": 1e-2147483648}")));
        assertEquals(LABEL + ": runs[0].workers: " + EXPONENT_RULE + "2E+1000000000",
                problem(withRun("{\"strategy\": \"gather\", \"workers\": 2E+1000000000}")));
        assertEquals(LABEL + ": name: must be a string, got -1e-99999999999999", problem(withTop("\"name\": -1e-99999999999999")));
    }

    @Test
    void anExponentBeyondAnyDecimalInAnUnknownFieldIsKeptAsWritten() throws Exception {
        String text = withTop("\"x-extreme\": [1e9999999999, 0e9999999999, -1.5e-2147483648, {\"deep\": 7E+3000000000}]");
        ScenarioDocument doc = parse(text);
        String saved = ScenarioFiles.toJson(doc, LABEL);
        assertTrue(saved.contains("\"x-extreme\": [1e9999999999, 0e9999999999, -1.5e-2147483648, {\"deep\": 7E+3000000000}]"), saved);
        assertEquals(doc, parse(saved));
    }

    @Test
    void anExponentAtTheEdgeIsStillANumber() {
        assertEquals(LABEL + ": tasks[0].durationMs: must be between 0 and 3600000, got 1E+999999999",
                problem(withTask("{\"name\": \"A\", \"durationMs\": 1e999999999}")));
        assertEquals(0.0, parse(withTask("{\"name\": \"A\", \"durationMs\": 1e-999999999}")).scenario().tasks().getFirst().durationMs());
    }

    @Test
    void aLoneSurrogateInANameIsRefused() {
        assertEquals(LABEL + ": tasks[0].name: must be Unicode text: \\ud800 is half of a surrogate pair",
                problem(withTask("{\"name\": \"A\\ud800\", \"durationMs\": 1}")));
        assertEquals(LABEL + ": description: must be Unicode text: \\udc00 is half of a surrogate pair",
                problem(withTop("\"description\": \"\\udc00\\ud800\"")));
        // A proper pair, written as escapes, is one character.
        assertEquals("\uD83D\uDE00", parse(withTask("{\"name\": \"\\ud83d\\ude00\", \"durationMs\": 1}")).scenario().tasks().getFirst().name());
    }

    @Test
    void aLoneSurrogateInAnUnknownFieldIsKeptExactly() throws Exception {
        ScenarioDocument doc = parse(withTop("\"x-note\": \"\\ud800\""));
        assertTrue(ScenarioFiles.toJson(doc, LABEL).contains("\"x-note\": \"\\ud800\""));
    }

    @Test
    void aSecondByteOrderMarkIsRefused() {
        byte[] text = scenario(TASK_A, GATHER).getBytes(StandardCharsets.UTF_8);
        byte[] two = new byte[text.length + 6];
        for (int i = 0; i < 6; i += 3) {
            two[i] = (byte) 0xEF;
            two[i + 1] = (byte) 0xBB;
            two[i + 2] = (byte) 0xBF;
        }
        System.arraycopy(text, 0, two, 6, text.length);
        assertEquals(List.of(LABEL + ": line 1, column 1: a second byte order mark (U+FEFF); a file may start with one at most"),
                problems(two));
        assertEquals(LABEL + ": line 1, column 1: a second byte order mark (U+FEFF); a file may start with one at most",
                problem("\uFEFF\uFEFF" + scenario(TASK_A, GATHER)));
    }

    @Test
    void aFileLargerThanTheCapIsRefusedBeforeItIsReadWhole() throws Exception {
        Path big = dir.resolve("big.gather.json");
        Files.write(big, new byte[ScenarioLimits.MAX_FILE_BYTES + 1]);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.read(big));
        assertEquals(big + ": $: the file is larger than 32 MiB, the most a scenario file may be", e.getMessage());
    }

    @Test
    void anEndlessFileIsRefusedQuickly() {
        Path zero = Path.of("/dev/zero");
        ScenarioException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(ScenarioException.class, () -> ScenarioFiles.read(zero)));
        assertEquals("/dev/zero: $: the file is larger than 32 MiB, the most a scenario file may be", e.getMessage());
    }

    @Test
    void aFileAtTheCapIsRead() throws IOException {
        Path file = dir.resolve("padded.gather.json");
        String text = scenario(TASK_A, GATHER);
        Files.writeString(file, text + " ".repeat(ScenarioLimits.MAX_FILE_BYTES - text.length()));
        assertEquals(parse(text).scenario(), assertReads(file));
    }

    private static org.gatherlab.engine.Scenario assertReads(Path file) {
        try {
            return ScenarioFiles.read(file).scenario();
        } catch (IOException | ScenarioException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tooManyValuesAreRefusedBeforeTheTreeIsBuilt() {
        String many = "[" + "0,".repeat(ScenarioLimits.MAX_VALUES) + "0]";
        String p = problem(withTop("\"x\": " + many));
        assertTrue(p.startsWith(LABEL + ": line 1, column "), p);
        assertTrue(p.endsWith(": the file holds more than 2000000 JSON values, the most a scenario file may hold"), p);
    }

    @Test
    void nestingDeeperThanTheCapIsRefused() {
        int depth = ScenarioLimits.MAX_DEPTH;
        String ok = withTop("\"x\": " + "[".repeat(depth - 1) + "]".repeat(depth - 1));
        parse(ok);
        String deep = withTop("\"x\": " + "[".repeat(depth) + "]".repeat(depth));
        assertTrue(problem(deep).endsWith(": objects and lists are nested more than 64 levels deep"), problem(deep));
    }

    @Test
    void aStringLongerThanTheCapIsRefused() {
        String longest = "x".repeat(ScenarioLimits.MAX_STRING_CHARS);
        parse(withTop("\"description\": \"" + longest + "\""));
        String p = problem(withTop("\"description\": \"" + longest + "x\""));
        assertTrue(p.endsWith(": a string is longer than 65536 characters, the most a scenario file allows"), p);
        String key = problem(withTop("\"" + longest + "x\": 1"));
        assertTrue(key.endsWith(": a string is longer than 65536 characters, the most a scenario file allows"), key);
    }

    @Test
    void moreRunsThanTheCapAreRefused() {
        String run = GATHER + ",";
        String runs = run.repeat(ScenarioLimits.MAX_RUNS) + GATHER;
        assertEquals(LABEL + ": runs: must have at most 16 runs, got 17", problem(scenario(TASK_A, runs)));
        parse(scenario(TASK_A, run.repeat(ScenarioLimits.MAX_RUNS - 1) + GATHER));
    }
}
