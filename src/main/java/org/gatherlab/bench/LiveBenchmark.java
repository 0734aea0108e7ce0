package org.gatherlab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.live.ClassQuiz;
import org.gatherlab.live.ClassSession;
import org.gatherlab.live.Limits;
import org.gatherlab.live.LiveServer;
import org.gatherlab.runtime.SystemTime;

/**
 * The live class quiz under load, measured (never asserted in a test). Run from the image:
 * {@code target/image/bin/java -m org.gatherlab/org.gatherlab.bench.LiveBenchmark [students] [rounds]}.
 *
 * <ul>
 *   <li>students served per second: each student joins and answers over HTTP on loopback (two requests),
 *       {@value #CONCURRENT} at a time, as a class's phones would after the teacher says "go"</li>
 *   <li>memory per student: heap after GC with every student joined, answered and holding a live-update stream
 *       open (the server's threads, buffers and state; the client's socket objects in the same JVM are counted
 *       too, so it is an upper bound), and the session's state alone</li>
 * </ul>
 */
public final class LiveBenchmark {
    private LiveBenchmark() {}

    static final int CONCURRENT = 50;
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ClassQuiz quiz = ClassQuiz.of(LessonLibrary.builtIn().lessons().getFirst());
        Limits limits = new Limits(2048, 24, students, 20, 60, 10, 4, students + 10).sharedAddress();
        for (int r = 0; r < rounds; r++) throughput(quiz, limits, students, r == 0 ? "warm-up" : "round " + r);
        memory(quiz, limits, students);
    }

    private static void throughput(ClassQuiz quiz, Limits limits, int students, String label) throws Exception {
        ClassSession session = new ClassSession(quiz, false, limits);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (LiveServer server = LiveServer.start(session, loopback, 0, loopback)) {
            String base = "http://127.0.0.1:" + server.port();
            String code = session.code().digits();
            Semaphore phones = new Semaphore(CONCURRENT);
            long began = SystemTime.nanos();
            List<Future<Integer>> done = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < students; i++) {
                    int n = i;
                    done.add(threads.submit(() -> {
                        phones.acquire();
                        try {
                            String token = token(post(base + "/api/join", "{\"code\":\"" + code + "\"}", null));
                            post(base + "/api/answer", "{\"round\":1,\"when\":" + n % 3 + ",\"what\":" + n % 4 + ",\"cancelled\":" + n % 2 + "}", token);
                            return 1;
                        } finally {
                            phones.release();
                        }
                    }));
                }
                for (Future<Integer> f : done) f.get();
            }
            double s = (SystemTime.nanos() - began) / 1e9;
            int counted = session.teacherView().answered();
            System.out.printf(Locale.ROOT, "%-8s %d students joined and answered in %.3f s: %.0f students/s (%.0f requests/s), %d counted%n",
                    label, students, s, students / s, 2 * students / s, counted);
        }
    }

    private static void memory(ClassQuiz quiz, Limits limits, int students) throws Exception {
        long empty = heapAfterGc();
        ClassSession alone = new ClassSession(quiz, false, limits);
        for (int i = 0; i < students; i++) {
            String token = alone.join(alone.code().digits(), null).token();
            alone.answer(token, 1, new ClassSession.Answer(i % 3, i % 4, i % 2));
        }
        long state = heapAfterGc() - empty;
        alone.close();

        ClassSession session = new ClassSession(quiz, false, limits);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        List<SocketChannel> streams = new ArrayList<>();
        try (LiveServer server = LiveServer.start(session, loopback, 0, loopback)) {
            String base = "http://127.0.0.1:" + server.port();
            long before = heapAfterGc();
            for (int i = 0; i < students; i++) {
                String token = token(post(base + "/api/join", "{\"code\":\"" + session.code().digits() + "\"}", null));
                post(base + "/api/answer", "{\"round\":1,\"when\":0,\"what\":0,\"cancelled\":0}", token);
                SocketChannel c = SocketChannel.open(new InetSocketAddress(loopback, server.port()));
                c.write(ByteBuffer.wrap(("GET /api/events?t=" + token + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
                c.read(ByteBuffer.allocate(4096));              // the headers and the first state: the stream is live
                streams.add(c);
            }
            long with = heapAfterGc() - before;
            System.out.printf(Locale.ROOT, "memory   %d students with a live stream each: %.1f KB per student (heap after GC, upper bound); "
                    + "session state alone: %d bytes per student%n", students, with / 1024.0 / students, state / students);
        } finally {
            for (SocketChannel c : streams) c.close();
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String post(String url, String json, String token) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        if (token != null) c.setRequestProperty("X-Student", token);
        try (OutputStream out = c.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        if (c.getResponseCode() != 200) throw new IOException(url + ": " + c.getResponseCode());
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String token(String joinResponse) {
        Matcher m = TOKEN.matcher(joinResponse);
        if (!m.find()) throw new IllegalStateException("no token in " + joinResponse);
        return m.group(1);
    }
}
