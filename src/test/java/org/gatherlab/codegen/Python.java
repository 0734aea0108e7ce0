package org.gatherlab.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.verify.ProcessRunner;
import org.gatherlab.verify.PythonLocator;
import org.gatherlab.verify.ScratchDirectory;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs generated programs with the real {@code python3} (CPython 3.11), found and started the way the classroom's
 * Verify does ({@link PythonLocator}, {@link ProcessRunner}). A test that needs Python is skipped, visibly, when it is
 * missing: {@link #require()}.
 */
final class Python {
    private Python() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile String version;   // "" = looked, not usable

    /** Skips the calling test (with the reason shown) unless python3 is CPython 3.11 or later. */
    static void require() {
        String v = version();
        Assumptions.assumeTrue(!v.isEmpty(), "python3 (CPython 3.11) was not found on PATH: skipping the Python oracle tests");
        Assumptions.assumeTrue(v.startsWith("3.") && minor(v) >= 11, "python3 is " + v + ", the programs need 3.11+");
    }

    private static int minor(String v) {
        try {
            return Integer.parseInt(v.split("\\.")[1]);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static String version() {
        String v = version;
        if (v == null) {
            try {
                Result r = exec(List.of(python(), "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"), 30);
                v = r.exit == 0 ? r.stdout.strip() : "";
            } catch (IOException | IllegalStateException e) {
                v = "";
            }
            version = v;
        }
        return v;
    }

    /** The {@code python3} the classroom's Verify would use: the first on the PATH. */
    private static String python() {
        return PythonLocator.system().find().orElseThrow(() -> new IllegalStateException("no python3 on the PATH")).toString();
    }

    record Result(int exit, String stdout, String stderr) {}

    /** Runs {@code python3 -I program args...}, the program written to a temporary directory of its own. */
    static Result run(String program, String... args) {
        require();
        try (ScratchDirectory dir = ScratchDirectory.create("gatherlab-codegen")) {
            Path file = dir.write("prog.py", program);
            List<String> cmd = new ArrayList<>(List.of(python(), "-I", file.toString()));
            cmd.addAll(List.of(args));
            return exec(cmd, 60);
        } catch (IOException e) {
            throw new AssertionError("could not run python3: " + e, e);
        }
    }

    static Result exec(List<String> cmd, int timeoutSeconds) throws IOException {
        try {
            ProcessRunner.Result r = ProcessRunner.system().run(cmd, null, Duration.ofSeconds(timeoutSeconds));
            return new Result(r.exitCode(), r.stdout(), r.stderr());
        } catch (TimeoutException e) {
            throw new AssertionError("python3 did not finish in " + timeoutSeconds + " s: " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The whole report JSON that {@code --virtual} prints for run {@code runIndex}. */
    static JsonNode virtualReport(Scenario scenario, int runIndex) {
        String program = PythonProgram.generate(scenario, runIndex);
        Result r = run(program, "--virtual");
        if (r.exit != 0) fail("the program exited " + r.exit + "\n--- stderr:\n" + r.stderr + "\n--- program:\n" + program);
        try {
            JsonNode report = JSON.readTree(r.stdout);
            assertEquals("gatherlab/report@1", report.path("format").asText(), r.stdout);
            return report;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.stdout + "\n--- stderr:\n" + r.stderr, e);
        }
    }

    /** The one run of {@code --virtual}'s report, for a scenario that has just that run. */
    static Run virtual(List<TaskSpec> tasks, RunSpec run) {
        return virtual(Scenario.of("test", tasks, List.of(run)));
    }

    static Run virtual(Scenario scenario) {
        return new Run(virtualReport(scenario, 0).path("runs").path(0));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** One run of a report, with accessors for the assertions. */
    record Run(JsonNode json) {
        double returnedAt() { return json.path("returnedAtMs").asDouble(); }

        double settledAt() { return json.path("settledAtMs").asDouble(); }

        JsonNode outcome() { return json.path("outcome"); }

        String outcomeKind() { return outcome().path("kind").asText(); }

        String exception() { return outcome().path("exception").asText(); }

        List<String> raisedTasks() { return strings(outcome().path("tasks")); }

        List<String> done() { return strings(outcome().path("done")); }

        List<String> pending() { return strings(outcome().path("pending")); }

        /** The returned results, written {@code A} for a value and {@code B!TaskFailed} for an error. */
        List<String> results() {
            List<String> out = new ArrayList<>();
            for (JsonNode r : outcome().path("results")) {
                out.add(r.has("value") ? r.path("value").asText() : r.path("task").asText() + "!" + r.path("error").asText());
            }
            return out;
        }

        List<String> completionOrder() { return strings(json.path("completionOrder")); }

        JsonNode task(String name) {
            for (JsonNode t : json.path("tasks")) if (t.path("name").asText().equals(name)) return t;
            throw new AssertionError("no task " + name + " in " + json);
        }

        String state(String name) { return task(name).path("state").asText(); }

        String cause(String name) {
            JsonNode c = task(name).path("cancelCause");
            return c.isNull() ? null : c.asText();
        }

        double start(String name) { return task(name).path("startMs").asDouble(); }

        double end(String name) { return task(name).path("endMs").asDouble(); }

        boolean afterReturn(String name) { return task(name).path("afterReturn").asBoolean(); }

        @Override public String toString() { return json.toPrettyString(); }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }
}
