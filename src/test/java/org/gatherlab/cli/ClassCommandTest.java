package org.gatherlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code gatherlab class}: the address, code and QR printed, the teacher's keys on stdin, the port released at the end. */
class ClassCommandTest {
    @TempDir Path dir;

    private final StringWriter printed = new StringWriter();

    private String waitFor(Pattern p) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Matcher m;
            synchronized (printed) {
                m = p.matcher(printed.toString());
            }
            if (m.find()) return m.group(1);
            Thread.sleep(50);
        }
        throw new AssertionError("never printed " + p + ":\n" + printed);
    }

    private static int post(String url, String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = c.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return c.getResponseCode();
    }

    @Test
    void aTeacherAtATerminalRunsTheWholeSession() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        CommandLine cli = new CommandLine(new ClassCommand(in));
        cli.setOut(new PrintWriter(printed, true));
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> cli.execute("01", "--port", "0", "--bind", "127.0.0.1"));
        String url = waitFor(Pattern.compile("Students open +(http://127\\.0\\.0\\.1:[0-9]+/)"));
        String code = waitFor(Pattern.compile("Join code +([0-9]{3} [0-9]{3})")).replace(" ", "");
        assertTrue(printed.toString().contains("\u2588"), "a QR code in block characters");
        assertTrue(printed.toString().contains("/teacher#k="), "the teacher's link");
        int port = URI.create(url).getPort();

        assertEquals(403, post(url + "api/join", "{\"code\":\"x\"}"));
        assertEquals(200, post(url + "api/join", "{\"code\":\"" + code + "\"}"));
        waitFor(Pattern.compile("(1 joined, 0 answered)"));

        Path csv = dir.resolve("round1.csv");
        keys.write(("r\n2\nv\nc " + csv + "\nx\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
        waitFor(Pattern.compile("(Round 2 is open)"));
        waitFor(Pattern.compile("(Rule: gather passes)"));
        waitFor(Pattern.compile("(results written to)"));
        waitFor(Pattern.compile("(Unknown key \"x\")"));
        assertTrue(Files.readString(csv).startsWith("lesson,round,question,choice,votes,percent,answered,correct"));
        keys.write("q\n".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        assertEquals(0, run.get(20, TimeUnit.SECONDS));
        waitFor(Pattern.compile("(port [0-9]+ released)"));
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
        keys.close();
    }

    @Test
    void anUnknownLessonOrABadPortIsBadInput() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        GatherlabCli cli = new GatherlabCli(Backends.production());
        assertEquals(2, cli.execute(new String[] {"class", "99"}, new java.io.ByteArrayOutputStream(), new PrintWriter(err)));
        assertTrue(err.toString().startsWith("LESSON: no built-in lesson \"99\"; one of: 01-gather-keeps-others-running"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, cli.execute(new String[] {"class", "01", "--port", "70000"}, new java.io.ByteArrayOutputStream(), new PrintWriter(err2)));
        assertEquals("--port: must be between 0 and 65535, got 70000", err2.toString().strip());
        StringWriter err3 = new StringWriter();
        assertEquals(2, cli.execute(new String[] {"class", "01", "--bind", "example.org"}, new java.io.ByteArrayOutputStream(), new PrintWriter(err3)));
        assertTrue(err3.toString().startsWith("--bind: must be an IP address"), err3.toString());
    }

    @Test
    void aPortInUseIsSaidSo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter out = new StringWriter(), err = new StringWriter();
            int status = new GatherlabCli(Backends.production()).execute(
                    new String[] {"class", "01", "--bind", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort())},
                    new java.io.ByteArrayOutputStream(), new PrintWriter(err));
            assertEquals(2, status);
            assertTrue(err.toString().startsWith("--port: " + taken.getLocalPort() + " is in use"), err.toString());
        }
    }
}
