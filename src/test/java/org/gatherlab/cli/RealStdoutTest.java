package org.gatherlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher ({@code org.gatherlab.Main} in a new JVM, through a shell) with standard output as a
 * user's shell leaves it: closed, a pipe the reader stops reading, and {@code /dev/zero} as the input.
 */
class RealStdoutTest {
    @TempDir Path dir;

    record Exit(int status, String stderr) {}

    /** {@code gatherlab ARGS REDIRECT} in bash, e.g. {@code REDIRECT = ">&-"} or {@code "| head -c 100"}. */
    private Exit shell(String redirect, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "set -o pipefail; \"$0\" -p \"$1\" -m org.gatherlab/org.gatherlab.Main \"${@:2}\" " + redirect,
                java, System.getProperty("jdk.module.path")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not end");
        return new Exit(p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private String bigScenario() throws IOException {
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < 2000; i++) tasks.append(i == 0 ? "" : ", ").append("{\"name\": \"t").append(i).append("\", \"durationMs\": ").append(i).append('}');
        return Files.writeString(dir.resolve("big.gather.json"), "{\"format\": \"gatherlab/scenario@1\", \"tasks\": [" + tasks
                + "], \"runs\": [{\"strategy\": \"gather\"}]}").toString();
    }

    @Test
    void aClosedStandardOutputIsReported() throws Exception {
        Exit e = shell(">&-", "run", bigScenario(), "--format", "json");
        assertEquals(2, e.status(), e.stderr());
        assertTrue(e.stderr().startsWith("gatherlab: cannot write the report to standard output: "), e.stderr());
        assertEquals(1, e.stderr().lines().count(), e.stderr());
    }

    @Test
    void aReaderThatStopsEarlyEndsTheRunWithoutAStackTrace() throws Exception {
        Exit e = shell("| head -c 100 > /dev/null", "run", bigScenario(), "--format", "json");
        assertEquals(GatherlabCli.BROKEN_PIPE, e.status(), e.stderr());
        assertEquals("", e.stderr());
    }

    @Test
    void anEndlessInputIsRefusedQuickly() throws Exception {
        long start = System.nanoTime();
        Exit e = shell("", "run", "/dev/zero");
        assertEquals(2, e.status(), e.stderr());
        assertEquals("/dev/zero: $: the file is larger than 32 MiB, the most a scenario file may be\n", e.stderr());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30));
    }
}
