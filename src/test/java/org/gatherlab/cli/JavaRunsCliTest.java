package org.gatherlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gatherlab run} and {@code gatherlab code} on a file that mixes Python and Java runs (real backends). */
class JavaRunsCliTest {
    @TempDir Path dir;

    record Result(int status, String out, String err) { }

    /** GS16: A fails at 100 (io), B io 300, C cpu 400; taskgroup, structured, cf-allof. */
    static final String MIXED = """
            {"format": "gatherlab/scenario@1", "name": "Mixed", "seed": 1,
             "tasks": [{"name": "A", "durationMs": 300, "failureRate": 1, "failAtMs": 100},
                       {"name": "B", "durationMs": 300},
                       {"name": "C", "kind": "cpu", "durationMs": 400}],
             "runs": [{"strategy": "taskgroup"}, {"strategy": "structured"}, {"strategy": "cf-allof", "threads": "platform", "cores": 2}]}
            """;

    Result gatherlab(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int status = new GatherlabCli(Backends.production()).execute(args, out, new PrintWriter(err));
        return new Result(status, out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString());
    }

    String mixed() throws IOException {
        return Files.writeString(dir.resolve("mixed.gather.json"), MIXED).toString();
    }

    @Test
    void textReportHasEveryRun() throws Exception {
        Result r = gatherlab("run", mixed());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("TaskGroup()"), r.out());
        assertTrue(r.out().contains("StructuredTaskScope.open() · virtual threads on 4 carriers"), r.out());
        assertTrue(r.out().contains("CompletableFuture.allOf(...).join() · fixed pool of 2 platform threads"), r.out());
    }

    @Test
    void jsonCarriesTheJavaObjects() throws Exception {
        Result r = gatherlab("run", mixed(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode runs = new ObjectMapper().readTree(r.out()).get("runs");
        assertEquals(3, runs.size());
        assertTrue(runs.get(0).get("java") == null && runs.get(0).get("tasks").get(0).get("java") == null);
        JsonNode structured = runs.get(1);
        assertEquals("structured", structured.get("strategy").asText());
        assertEquals(100, structured.get("returnedAtMs").asInt());
        assertEquals(400, structured.get("blockExitMs").asInt());
        assertEquals("raised", structured.get("outcome").get("kind").asText());
        assertEquals("StructuredTaskScope.FailedException", structured.get("outcome").get("exception").asText());
        JsonNode java = structured.get("java");
        assertEquals("structured", java.get("api").asText());
        assertEquals("A", java.get("outcome").get("causeTask").asText());
        assertEquals(400, java.get("blockExitMs").asInt());
        assertEquals("Subtask", structured.get("tasks").get(2).get("java").get("handle").asText());
        assertEquals("UNAVAILABLE", structured.get("tasks").get(2).get("java").get("state").asText());
        assertEquals(List.of("threads", "cores"), names(runs.get(2).get("options")));
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void csvAndSvg() throws Exception {
        String f = mixed();
        Result csv = gatherlab("run", f, "--format", "csv");
        assertEquals(0, csv.status(), csv.err());
        assertEquals(1 + 3 * 3, csv.out().split("\r\n").length);
        Result svg = gatherlab("run", f, "--format", "svg");
        assertEquals(0, svg.status(), svg.err());
        assertTrue(svg.out().startsWith("<?xml") && svg.out().endsWith("</svg>\n"));
    }

    @Test
    void strategyFiltersJavaRuns() throws Exception {
        Result r = gatherlab("run", mixed(), "--strategy", "cf-allof", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode runs = new ObjectMapper().readTree(r.out()).get("runs");
        assertEquals(1, runs.size());
        assertEquals("cf-allof", runs.get(0).get("strategy").asText());
    }

    @Test
    void codeWritesTheJavaProgramOfAJavaRun() throws Exception {
        String f = mixed();
        Result own = gatherlab("code", f, "--run", "2");
        assertEquals(0, own.status(), own.err());
        assertTrue(own.out().contains("public class Run") && own.out().contains("StructuredTaskScope"), own.out());
        Result asked = gatherlab("code", f, "--run", "3", "--lang", "java");
        assertEquals(0, asked.status(), asked.err());
        assertTrue(asked.out().contains("CompletableFuture.allOf"), asked.out());
        Result python = gatherlab("code", f, "--run", "1", "--lang", "python");
        assertEquals(0, python.status(), python.err());
        assertTrue(python.out().contains("asyncio"), python.out());
    }

    @Test
    void codeRefusesTheOtherLanguage() throws Exception {
        String f = mixed();
        Result r = gatherlab("code", f, "--run", "2", "--lang", "python");
        assertEquals(2, r.status());
        assertEquals(f + ": runs[1]: --lang python: strategy \"structured\" is a Java run; it has a Java program only (--lang java)\n", r.err());
        assertEquals("", r.out());
        Result j = gatherlab("code", f, "--run", "1", "--lang", "java");
        assertEquals(2, j.status());
        assertEquals(f + ": runs[0]: --lang java: strategy \"taskgroup\" is a Python run; it has a Python program only (--lang python)\n", j.err());
        Result bad = gatherlab("code", f, "--lang", "rust");
        assertEquals(2, bad.status());
        assertEquals("--lang: must be python or java, got \"rust\"\n", bad.err());
    }

    /** invokeAny on a pool of 1 (B and C are a race) and invokeAll on virtual threads: java-strategies.md sections 9. */
    static final String RACE = """
            {"format": "gatherlab/scenario@1", "name": "Race",
             "tasks": [{"name": "A", "durationMs": 100}, {"name": "B", "durationMs": 100}, {"name": "C", "kind": "cpu", "durationMs": 100}],
             "runs": [{"strategy": "invoke-any", "threads": "platform", "cores": 1}, {"strategy": "invoke-all", "cores": 1}]}
            """;

    @Test
    void aRaceIsShownAsARaceAndTheComputingLaneIsTheThreads() throws Exception {
        String file = Files.writeString(dir.resolve("race.gather.json"), RACE).toString();
        Result text = gatherlab("run", file);
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("  race: B got a pool thread at 100 ms, the instant the call cancelled it: the\n"), text.out());
        assertTrue(text.out().contains("  race: C was still queued at 100 ms when a pool thread became free: the model\n"), text.out());
        assertTrue(text.out().contains("\n  carriers    |"), "virtual threads: the carriers' row\n" + text.out());
        assertTrue(!text.out().contains("loop busy"), text.out());
        assertTrue(text.out().contains("  Java runs: # is a CPU loop on a carrier or pool thread"), text.out());

        JsonNode runs = new ObjectMapper().readTree(gatherlab("run", file, "--format", "json").out()).get("runs");
        JsonNode races = runs.get(0).get("java").get("races");
        assertEquals(2, races.size());
        assertEquals("start-or-skip", races.get(0).get("kind").asText());
        assertEquals(races.get(0).get("words"), runs.get(0).get("tasks").get(1).get("java").get("race"));
        assertTrue(runs.get(0).get("tasks").get(0).get("java").get("race").isNull());
        assertEquals(0, runs.get(1).get("java").get("races").size());

        String svg = gatherlab("run", file, "--format", "svg").out();
        assertTrue(svg.contains(">pool threads<title>pool threads: busy while at least one CPU loop computes"), svg);
        assertTrue(svg.contains(">carriers<title>carriers: busy while"), svg);
        assertTrue(svg.contains("C: computing on a carrier, 0-100 ms"), svg);
    }

    @Test
    void aCallerReachedByItsTimeoutAndItsOwnCancelSaysBothApplied() throws Exception {
        String file = Files.writeString(dir.resolve("two.gather.json"), """
                {"format": "gatherlab/scenario@1", "name": "Two cancels",
                 "tasks": [{"name": "A", "kind": "cpu", "durationMs": 300}, {"name": "B", "durationMs": 500}],
                 "runs": [{"strategy": "gather", "timeoutMs": 100, "cancelAtMs": 150}, {"strategy": "gather", "cancelAtMs": 150}]}
                """).toString();
        Result r = gatherlab("run", file);
        assertEquals(0, r.status(), r.err());
        String joined = r.out().replace("\n        ", " ");
        assertTrue(joined.contains("  note: both the timeout (due at 100 ms) and the caller's cancel (due at 150 ms) reached"
                + " the caller, both at 300 ms; the tasks carry the first one's cause (timeout), and the caller raises"
                + " CancelledError, not TimeoutError"), r.out());
        assertEquals(1, r.out().split("note: both", -1).length - 1, "only the run that had both: " + r.out());
    }
}
