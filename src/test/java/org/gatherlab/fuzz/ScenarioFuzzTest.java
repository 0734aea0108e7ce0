package org.gatherlab.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.gatherlab.cli.Backends;
import org.gatherlab.cli.GatherlabCli;
import org.gatherlab.report.Printable;
import org.gatherlab.scenario.Problem;
import org.gatherlab.scenario.ScenarioDocument;
import org.gatherlab.scenario.ScenarioException;
import org.gatherlab.scenario.ScenarioFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of everything a scenario file reaches (issue 12.2): the reader, and the whole
 * {@code gatherlab run} path (reader, engine, every report format). The invariant: every input gives a
 * report (exit 0) or exit 2 with one {@code FILE: path: rule} line per problem; never exit 1, never another
 * exception, within the time and heap the caps allow (surefire's {@code fuzz} execution runs with {@code -Xmx1g}).
 *
 * <p>In {@code mvn verify} this is a regression test over its corpus (ScenarioFuzzTestInputs/: the lessons,
 * the README's and the contract's examples, and every input the fuzzer ever found). Fuzzing on demand
 * (README, "Hostile files"): {@code JAZZER_FUZZ=1 mvn test -Dtest='ScenarioFuzzTest#runPath'
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=30m}; what it finds lands in the inputs directory
 * and so becomes a regression test.
 */
@Tag("fuzz")
class ScenarioFuzzTest {
    private static final String LABEL = "fuzzed.gather.json";
    /** A problem line: the file, then a JSON path or a position, then the rule. */
    private static final Pattern PROBLEM = Pattern.compile("\\S.*?: \\S.*");
    private static final String[] FORMATS = {"text", "json", "csv", "svg"};

    private static Path dir;

    /**
     * Per input, a hang detector rather than a speed limit: the largest file a fuzzer makes runs in well under a
     * second; a minute leaves room on a loaded machine. (Not JUnit's @Timeout: in fuzzing mode that times the whole
     * fuzzing session, one invocation.)
     */
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-input");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void makeDir() throws IOException { dir = Files.createTempDirectory("gatherlab-fuzz"); }

    @AfterAll
    static void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    /** The reader alone: a scenario or problems with a location; what it accepts, it can save and read back. */
    @FuzzTest(maxDuration = "5m")
    void reader(byte[] input) throws Exception {
        within(() -> {
            readerChecks(input);
            return null;
        });
    }

    private static void readerChecks(byte[] input) throws ScenarioException {
        ScenarioDocument document;
        try {
            document = ScenarioFiles.parse(input, LABEL);
        } catch (ScenarioException e) {
            assertFalse(e.problems().isEmpty(), "a refusal names at least one problem");
            for (Problem p : e.problems()) {
                assertEquals(LABEL, p.file());
                assertFalse(p.path().isEmpty(), () -> "a problem without a path: " + p);
                assertFalse(p.message().isBlank(), () -> "a problem without a rule: " + p);
            }
            return;
        }
        // What the app saves is read back to the same scenario (the editor's Save of an opened file).
        String saved = ScenarioFiles.toJson(document, LABEL);
        assertEquals(document.scenario(), ScenarioFiles.parse(saved, LABEL).scenario());
    }

    /**
     * {@code gatherlab run FILE --format F} as the launcher runs it (production reader and engine), F chosen
     * by the input's length so plain scenario files are seeds: exit 0 with a report, or exit 2 with one
     * problem line per problem, each naming the file and a path.
     */
    @FuzzTest(maxDuration = "5m")
    void runPath(byte[] input) throws Exception {
        Path file = dir.resolve(LABEL);
        Files.write(file, input);
        String format = FORMATS[input.length % FORMATS.length];
        CountingSink out = new CountingSink();
        StringWriter err = new StringWriter();
        int status = within(() -> new GatherlabCli(Backends.production())
                .execute(new String[] {"run", file.toString(), "--format", format}, out, new PrintWriter(err)));
        check(file, status, out, err.toString());
    }

    /**
     * {@code gatherlab code FILE --run N} for the first runs (N from the input's length, so every seed reaches a
     * program): the program (exit 0) or exit 2 with problem lines, as for {@link #runPath}.
     */
    @FuzzTest(maxDuration = "5m")
    void codePath(byte[] input) throws Exception {
        Path file = dir.resolve(LABEL);
        Files.write(file, input);
        String run = String.valueOf(1 + input.length % 3);
        CountingSink out = new CountingSink();
        StringWriter err = new StringWriter();
        int status = within(() -> new GatherlabCli(Backends.production())
                .execute(new String[] {"code", file.toString(), "--run", run}, out, new PrintWriter(err)));
        check(file, status, out, err.toString());
    }

    private static void check(Path file, int status, CountingSink out, String stderr) {
        switch (status) {
            case GatherlabCli.OK -> {
                assertTrue(out.bytes > 0, "exit 0 wrote nothing");
                assertEquals("", stderr);
            }
            case GatherlabCli.BAD_INPUT -> {
                assertEquals(0, out.bytes, "a refused file left part of the output");
                List<String> lines = stderr.lines().toList();
                assertFalse(lines.isEmpty(), "exit 2 without a message");
                String prefix = Printable.escape(file.toString()) + ": ";
                for (String line : lines) {
                    assertTrue(line.startsWith(prefix), () -> "not about the file: " + line);
                    assertTrue(PROBLEM.matcher(line.substring(prefix.length())).matches(), () -> "no path and rule: " + line);
                }
            }
            default -> fail("exit " + status + ":\n" + stderr);
        }
    }

    /** The input's work, failing (a finding) if it takes longer than {@link #BOUND}; its own exceptions as thrown. */
    private static <T> T within(Callable<T> work) throws Exception {
        Future<T> f = WORKER.submit(work);
        try {
            return f.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("an input took longer than " + BOUND.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) throw x;
            if (e.getCause() instanceof Error x) throw x;
            throw e;
        }
    }

    /** Standard output that keeps nothing: a 100,000-task report is counted, not held. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override public void write(int b) { bytes++; }

        @Override public void write(byte[] b, int off, int len) { bytes += len; }
    }
}
