package org.gatherlab.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gatherlab.codegen.PythonProgram;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.RandomScenarios;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.report.ReportJson;
import org.gatherlab.verify.ProcessRunner;
import org.gatherlab.verify.PythonLocator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The engine against CPython itself: random scenarios run through the engine and through the
 * generated program ({@code gatherlab code ... --virtual}) under {@code python3}; the two reports must be
 * equal field by field (all but the label and the event list, which only the engine has).
 */
class DifferentialTest {
    private static final int TRIES = Integer.getInteger("gatherlab.diff.tries", 300);
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll static void needsPython() {
        Assumptions.assumeTrue(Python.available(), "python3 (CPython 3.11) is not on the PATH: differential test SKIPPED");
    }

    @Test void engineAndCPythonAgreeOnRandomScenarios() throws Exception {
        Path dir = Files.createTempDirectory("gatherlab-diff");
        List<String> mismatches = IntStream.range(0, TRIES).parallel()
                .mapToObj(seed -> compare(seed, dir))
                .filter(m -> !m.isEmpty())
                .toList();
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + TRIES + " scenarios disagree");
    }

    private static String compare(int seed, Path dir) {
        Scenario s = RandomScenarios.draw(1_000_000L + seed);
        try {
            Path program = dir.resolve("s" + seed + ".py");
            Files.writeString(program, PythonProgram.generate(s, 0), StandardCharsets.UTF_8);
            JsonNode cpython = JSON.readTree(Python.run(program, "--virtual")).get("runs").get(0);
            RunReport r = Engine.runVirtual(s, s.runs().get(0), TraceListener.NONE);
            JsonNode engine = JSON.readTree(ReportJson.render(new ScenarioReport(s.name(), ClockKind.VIRTUAL, List.of(r)))).get("runs").get(0);
            List<String> diffs = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = engine.properties().iterator(); it.hasNext(); ) {
                var field = it.next();
                if (field.getKey().equals("label") || field.getKey().equals("events")) continue;
                JsonNode theirs = cpython.get(field.getKey());
                if (!field.getValue().equals(theirs)) diffs.add(field.getKey() + ": engine " + field.getValue() + " / CPython " + theirs);
            }
            return diffs.isEmpty() ? "" : "seed " + seed + " " + s.runs().get(0) + " tasks " + s.tasks() + "\n    " + String.join("\n    ", diffs);
        } catch (Exception e) {
            return "seed " + seed + ": " + e;
        }
    }

    /** python3 on the PATH, found and run with a time limit as the classroom's Verify does. */
    static final class Python {
        static boolean available() {
            try {
                return PythonLocator.system().find().isPresent()
                        && ProcessRunner.system().run(List.of(python(), "--version"), null, Duration.ofSeconds(10)).exitCode() == 0;
            } catch (IOException | TimeoutException | InterruptedException e) {
                return false;
            }
        }

        static String run(Path program, String... args) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of(python(), program.toString()));
            cmd.addAll(List.of(args));
            ProcessRunner.Result r;
            try {
                r = ProcessRunner.system().run(cmd, null, Duration.ofSeconds(60));
            } catch (TimeoutException e) {
                throw new IOException("python3 timed out");
            }
            if (r.exitCode() != 0) throw new IOException("python3 exited " + r.exitCode());
            return r.stdout();
        }

        private static String python() {
            return PythonLocator.system().find().map(Path::toString).orElse("python3");
        }
    }
}
