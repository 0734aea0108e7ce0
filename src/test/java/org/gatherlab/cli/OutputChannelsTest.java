package org.gatherlab.cli;

import static org.gatherlab.cli.GatherlabCliTest.FAKES;
import static org.gatherlab.cli.GatherlabCliTest.gatherlab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gatherlab.cli.GatherlabCliTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every place a report goes says when it could not be written: standard output full, closed or a pipe
 * nobody reads any more, and {@code -o} naming a FIFO, a device, nothing, or a very long name.
 */
class OutputChannelsTest {
    @TempDir Path dir;

    private String scenario() throws IOException {
        return Files.writeString(dir.resolve("a.gather.json"), "Three downloads").toString();
    }

    @Test
    void aFullStandardOutputIsAnErrorWithAMessage() throws IOException {
        try (OutputStream full = new FileOutputStream("/dev/full")) {
            Result r = gatherlab(FAKES, full, "run", scenario(), "--format", "json");
            assertEquals(2, r.status());
            assertEquals(List.of("gatherlab: cannot write the report to standard output: no space left on device"), r.errLines());
        }
    }

    @Test
    void aClosedStandardOutputIsAnErrorWithAMessage() throws IOException {
        OutputStream closed = new FileOutputStream(dir.resolve("closed").toFile());
        closed.close();
        Result r = gatherlab(FAKES, closed, "run", scenario());
        assertEquals(2, r.status());
        assertEquals(List.of("gatherlab: cannot write the report to standard output: stream closed"), r.errLines());
    }

    @Test
    void aPipeNobodyReadsEndsTheRunQuietly() throws IOException {
        OutputStream broken = new OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException("Broken pipe"); }

            @Override public void write(byte[] b, int off, int len) throws IOException { throw new IOException("Broken pipe"); }
        };
        Result r = gatherlab(FAKES, broken, "run", scenario());
        assertEquals(GatherlabCli.BROKEN_PIPE, r.status());
        assertEquals("", r.err());
    }

    @Test
    void programsAndHelpToAFullStandardOutputAreErrorsToo() throws IOException {
        try (OutputStream full = new FileOutputStream("/dev/full")) {
            Result code = gatherlab(FAKES, full, "code", scenario());
            assertEquals(2, code.status());
            assertEquals(List.of("gatherlab: cannot write the program to standard output: no space left on device"), code.errLines());
            Result version = gatherlab(FAKES, full, "--version");
            assertEquals(2, version.status());
            assertEquals(List.of("gatherlab: cannot write to standard output: no space left on device"), version.errLines());
        }
    }

    @Test
    void anOutputFileThatIsADeviceIsRefusedAndLeftAlone() throws IOException {
        Result r = gatherlab(FAKES, new ByteArrayOutputStream(), "run", scenario(), "-o", "/dev/full");
        assertEquals(2, r.status());
        assertEquals(List.of("/dev/full: cannot write the report: it is a device, not a file (leave out -o and redirect"
                + " standard output to write to a device)"), r.errLines());
        assertTrue(Files.readAttributes(Path.of("/dev/full"), BasicFileAttributes.class).isOther());
    }

    @Test
    void anOutputFifoIsWrittenIntoAsAShellRedirectWould() throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Result r = gatherlab(FAKES, new ByteArrayOutputStream(), "run", scenario(), "--format", "json", "-o", fifo.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(reader.get(30, TimeUnit.SECONDS).startsWith("{\n  \"format\": \"gatherlab/report@1\""));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class).isOther(), "still a FIFO, not replaced by a file");
        assertEquals(List.of("a.gather.json", "report.fifo"), listing());
    }

    @Test
    void anEmptyOutputNameSaysSo() throws IOException {
        Result r = gatherlab(FAKES, new ByteArrayOutputStream(), "run", scenario(), "-o", "");
        assertEquals(2, r.status());
        assertEquals(List.of("-o: the file name is empty"), r.errLines());
    }

    @Test
    void aLongOutputNameWorksBecauseTheTemporaryNameIsNoLonger() throws IOException {
        String name = "r".repeat(245) + ".json";
        Result r = gatherlab(FAKES, new ByteArrayOutputStream(), "run", scenario(), "--format", "json", "-o", dir.resolve(name).toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(dir.resolve(name)).startsWith("{"));
        assertEquals(List.of("a.gather.json", name), listing());
    }

    @Test
    void aTemporaryFileLeftByAKilledWriteIsCleanedUpByTheNextOne() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = dir.resolve(".report.json.gatherlab-" + gone.pid() + "-1x2y3z.tmp");
        Files.writeString(stale, "half a rep");
        Path live = dir.resolve(".report.json.gatherlab-" + ProcessHandle.current().pid() + "-4a5b6c.tmp");
        Files.writeString(live, "someone is writing this");
        Result r = gatherlab(FAKES, new ByteArrayOutputStream(), "run", scenario(), "-o", dir.resolve("report.json").toString());
        assertEquals(0, r.status(), r.err());
        assertFalse(Files.exists(stale), "the dead writer's temporary file is gone");
        assertTrue(Files.exists(live), "a live writer's temporary file is left alone");
    }

    @Test
    void fileNamesInMessagesShowControlCharactersEscaped() throws IOException {
        String missing = dir.resolve("new\nline\u001b[2J.gather.json").toString();
        Result r = gatherlab(FAKES, new ByteArrayOutputStream(), "run", missing);
        assertEquals(2, r.status());
        assertEquals(List.of(missing.replace("\n", "\\n").replace("\u001b", "\\e") + ": cannot be read: no such file"), r.errLines());
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
