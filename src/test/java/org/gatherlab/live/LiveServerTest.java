package org.gatherlab.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server on loopback, as a class's phones (and a prankster) would use it. */
class LiveServerTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private LiveServer server;
    private final AtomicLong nanos = new AtomicLong();

    private LiveServer start(Limits limits, boolean nicknames) throws IOException {
        ClassSession session = new ClassSession(ClassSessionTest.lesson01(), nicknames, limits);
        // The clock only moves when a test moves it: rates are checked exactly, never against the wall clock.
        server = LiveServer.start(session, LOOPBACK, 0, LOOPBACK, nanos::get);
        return server;
    }

    private LiveServer start() throws IOException { return start(Limits.CLASSROOM.sharedAddress(), false); }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private String url(String path) { return "http://127.0.0.1:" + server.port() + path; }

    private String code() { return server.session().code().digits(); }

    private JsonNode join() throws IOException {
        Http.Response r = Http.post(url("/api/join"), "{\"code\":\"" + code() + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private Http.Response answer(String token, int round, int when, int what, int cancelled) throws IOException {
        return Http.post(url("/api/answer"), "{\"round\":" + round + ",\"when\":" + when + ",\"what\":" + what + ",\"cancelled\":" + cancelled + "}",
                "X-Student", token);
    }

    private Http.Response teacher(String path) throws IOException {
        return Http.get(url(path), "X-Teacher-Key", server.teacherKey());
    }

    private Http.Response act(String action) throws IOException {
        return Http.post(url("/api/teacher/action"), "{\"action\":\"" + action + "\"}", "X-Teacher-Key", server.teacherKey());
    }

    @Test
    void aWrongCodeIsRefusedAndGuessingIsSlowedDown() throws IOException {
        start(Limits.CLASSROOM, false);
        String wrong = code().equals("000000") ? "111111" : "000000";
        Http.Response r = Http.post(url("/api/join"), "{\"code\":\"" + wrong + "\"}");
        assertEquals(403, r.status());
        assertEquals("wrong-code", r.json().get("error").asText());
        assertFalse(r.body().contains("token"));
        for (int i = 1; i < Limits.CLASSROOM.failedJoinsPerMinute(); i++) {
            assertEquals(403, Http.post(url("/api/join"), "{\"code\":\"" + wrong + "\"}").status());
        }
        // Ten wrong guesses in a minute: even the right code waits now (a guesser cannot tell which one was right).
        Http.Response slowed = Http.post(url("/api/join"), "{\"code\":\"" + code() + "\"}");
        assertEquals(429, slowed.status());
        assertEquals("too-many-wrong-codes", slowed.json().get("error").asText());
        nanos.addAndGet(7_000_000_000L);         // one more guess is earned every 6 s
        assertEquals(200, Http.post(url("/api/join"), "{\"code\":\"" + code() + "\"}").status());
        assertEquals(1, server.session().teacherView().joined());
    }

    @Test
    void twoHundredStudentsAnsweringAtOnceAreAllCounted() throws Exception {
        start();
        int students = 200;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < students; i++) tokens.add(join().get("token").asText());
        long began = System.nanoTime();
        List<Future<Integer>> sent = new ArrayList<>();
        try (ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < students; i++) {
                int n = i;
                sent.add(phones.submit(() -> answer(tokens.get(n), 1, n % 3, n % 4, n % 2).status()));
            }
            for (Future<Integer> f : sent) assertEquals(200, f.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        JsonNode view = teacher("/api/teacher/state").json();
        assertEquals(students, view.get("joined").asInt());
        assertEquals(students, view.get("answered").asInt());
        JsonNode counts = view.get("rounds").get(0).get("counts");
        assertEquals(List.of(67, 67, 66), ints(counts.get("when")));
        assertEquals(List.of(50, 50, 50, 50), ints(counts.get("what")));
        assertEquals(List.of(100, 100, 0, 0), ints(counts.get("cancelled")));
        System.out.printf("200 answers sent at once, all answered in %.3f s%n", seconds);
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    @Test
    void oversizedAndMalformedRequestsGetAClear4xxAndTheServerKeepsServing() throws IOException {
        start();
        String token = join().get("token").asText();
        Http.Response big = Http.post(url("/api/join"), "{\"code\":\"" + "1".repeat(5000) + "\"}");
        assertEquals(413, big.status());
        assertEquals("body: at most 2048 bytes", big.json().get("message").asText());
        Http.Response notJson = Http.post(url("/api/join"), "{\"code\":");
        assertEquals(400, notJson.status());
        assertTrue(notJson.json().get("message").asText().startsWith("body: not valid JSON"));
        assertEquals(400, Http.post(url("/api/join"), "[1,2]").status());
        assertEquals("code: must be a string", Http.post(url("/api/join"), "{\"code\":482913}").json().get("message").asText());
        assertEquals(415, Http.call("POST", url("/api/join"), "text/plain", "code".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals("when: must be a whole number", Http.post(url("/api/answer"),
                "{\"round\":1,\"when\":\"0\",\"what\":0,\"cancelled\":0}", "X-Student", token).json().get("message").asText());
        assertEquals(405, Http.get(url("/api/join")).status());
        assertEquals("POST", Http.get(url("/api/join")).header("Allow"));
        assertEquals(405, Http.call("DELETE", url("/"), null, null).status());
        assertEquals(404, Http.get(url("/nothing")).status());
        assertEquals(414, Http.get(url("/api/state?t=" + "a".repeat(2000))).status());
        assertEquals(400, rawStatus("GET /api/state?t=%zz HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertTrue(rawStatus("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n") >= 400, "a header over the cap is refused");
        assertTrue(rawStatus("BREW /coffee HTCPCP/1.0\r\n\r\n") >= 400, "a broken request line is refused");
        // None of it stopped anyone else.
        assertEquals(200, answer(token, 1, 0, 0, 0).status());
        assertEquals(200, Http.get(url("/")).status());
    }

    /** Sends raw bytes and reads the status line; -1 if the server just closed the connection (also a refusal). */
    private int rawStatus(String request) throws IOException {
        try (Socket s = new Socket(LOOPBACK, server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            return line == null ? 400 : Integer.parseInt(line.split(" ")[1]);
        } catch (java.net.SocketException reset) {
            return 400;
        }
    }

    @Test
    void noPathReachesAFileOutsideThePages() throws IOException {
        start();
        for (String path : List.of("/web/../../../../etc/passwd", "/web/%2e%2e/%2e%2e/etc/passwd", "/..%2fmodule-info.class",
                "/web/live.css/../../teacher", "/assets/web/student.js", "/web//live.css", "/WEB/live.css", "/web/live.css%00.js")) {
            assertEquals(404, Http.get(url(path)).status(), path);
        }
        Http.Response css = Http.get(url("/web/live.css"));
        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").startsWith("text/css"));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws IOException {
        start();
        for (String path : List.of("/", "/web/student.js", "/api/hello", "/nothing")) {
            Http.Response r = Http.get(url(path));
            assertEquals(Exchanges.CSP, r.header("Content-Security-Policy"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertEquals("no-store", r.header("Cache-Control"), path);
        }
        String page = Http.get(url("/")).body();
        assertFalse(page.contains("<script>"), "no inline script");
        assertFalse(page.contains("http://") || page.contains("https://"), "no external resource");
    }

    @Test
    void aNicknameIsStoredAsTextAndNeverAsMarkup() throws IOException {
        start(Limits.CLASSROOM.sharedAddress(), true);
        assertTrue(Http.get(url("/api/hello")).json().get("nicknames").asBoolean());
        Http.Response r = Http.post(url("/api/join"), "{\"code\":\"" + code() + "\",\"nickname\":\"<b onclick=x>Ana</b>\"}");
        assertEquals(200, r.status());
        Http.Response tooLong = Http.post(url("/api/join"), "{\"code\":\"" + code() + "\",\"nickname\":\"" + "n".repeat(30) + "\"}");
        assertEquals(400, tooLong.status());
        assertEquals("nickname: at most 24 characters", tooLong.json().get("message").asText());
        JsonNode names = teacher("/api/teacher/state").json().get("nicknames");
        assertEquals("<b onclick=x>Ana</b>", names.get(0).asText());
        // The pages put names in with textContent only.
        assertFalse(Http.get(url("/web/teacher.js")).body().contains("innerHTML"));
        assertFalse(Http.get(url("/web/student.js")).body().contains("innerHTML"));
    }

    @Test
    void aStudentWhoDisconnectsAndRejoinsKeepsTheirAnswerAndIsCountedOnce() throws Exception {
        start();
        String token = join().get("token").asText();
        try (EventStream first = EventStream.open(url("/api/events?t=" + token))) {
            assertEquals("voting", first.next().get("phase").asText());
            assertEquals(200, answer(token, 1, 2, 1, 0).status());
        }                                                        // the phone's connection drops
        act("results");
        try (EventStream again = EventStream.open(url("/api/events?t=" + token))) {
            JsonNode state = again.next();
            assertEquals("results", state.get("phase").asText(), "the rejoined page shows where the class is now");
            assertEquals(2, state.get("answers").get(0).get("when").asInt());
        }
        JsonNode reload = Http.get(url("/api/state"), "X-Student", token).json();
        assertEquals(1, reload.get("number").asInt());
        JsonNode view = teacher("/api/teacher/state").json();
        assertEquals(1, view.get("joined").asInt());
        assertEquals(1, view.get("answered").asInt());
        assertEquals(401, Http.get(url("/api/state"), "X-Student", "not-a-token").status());
    }

    @Test
    void studentsFollowTheRoundsLiveAndNeverSeeTheAnswerBeforeTheReveal() throws Exception {
        start();
        String token = join().get("token").asText();
        try (EventStream events = EventStream.open(url("/api/events?t=" + token))) {
            JsonNode voting = events.next();
            assertEquals("voting", voting.get("phase").asText());
            assertTrue(voting.path("reveal").isMissingNode());
            answer(token, 1, 0, 0, 0);
            act("results");
            assertEquals("results", events.next().get("phase").asText(), "answers are not phase changes: the next event is the results");
            act("round2");
            JsonNode round2 = events.next();
            assertEquals(2, round2.get("round").asInt());
            assertTrue(round2.get("answers").get(1).isNull());
            assertTrue(round2.path("reveal").isMissingNode());
            assertFalse(Http.get(url("/api/state"), "X-Student", token).body().contains("correct"));
            assertFalse(Http.get(url("/api/picture.svg?t=" + token)).body().contains("raised"), "the picture hides the outcome");
            act("reveal");
            JsonNode revealed = events.next();
            assertEquals("revealed", revealed.get("phase").asText());
            ClassQuiz quiz = server.session().quiz();
            assertEquals(quiz.correct(Question.WHAT), revealed.get("reveal").get("correct").get("what").asInt());
            assertTrue(Http.get(url("/api/picture.svg?t=" + token)).body().contains("raised TaskFailed"));
            server.close();
            assertEquals("closed", events.nextEvent());
        }
    }

    @Test
    void theTeacherNeedsTheKeyAndThisMachine() throws IOException {
        start();
        assertEquals(403, Http.get(url("/api/teacher/state")).status());
        assertEquals(403, Http.get(url("/api/teacher/state"), "X-Teacher-Key", "guess").status());
        assertEquals(403, Http.post(url("/api/teacher/action"), "{\"action\":\"reveal\"}", "X-Teacher-Key", "guess").status());
        assertEquals(ClassSession.Phase.VOTING, server.session().phase());
        assertEquals(200, teacher("/api/teacher/state").status());
        assertEquals("action: must be results, round2, reveal or close", act("dance").json().get("message").asText());
        assertEquals(200, act("results").status());
        assertEquals(409, act("results").status(), "results twice is a step out of order");
    }

    @Test
    void theTeacherApiRefusesAnotherMachine() throws IOException {
        InetAddress lan = LanAddress.find();
        assumeFalse(lan.isLoopbackAddress(), "this machine has no network address to come from");
        ClassSession session = new ClassSession(ClassSessionTest.lesson01(), false, Limits.CLASSROOM);
        server = LiveServer.start(session, lan, 0, lan, nanos::get);
        String base = "http://" + lan.getHostAddress() + ":" + server.port();
        assertEquals(200, Http.get(base + "/").status(), "students reach it");
        assertEquals(403, Http.get(base + "/api/teacher/state", "X-Teacher-Key", server.teacherKey()).status());
        assertEquals(403, Http.get(base + "/teacher").status());
    }

    @Test
    void aFloodFromOneClientIsRefusedWithRetryAfter() throws IOException {
        start(Limits.CLASSROOM, false);
        int burst = Limits.CLASSROOM.burst();
        for (int i = 0; i < burst; i++) assertEquals(200, Http.get(url("/api/hello")).status(), "request " + i);
        Http.Response refused = Http.get(url("/api/hello"));
        assertEquals(429, refused.status());
        assertEquals("1", refused.header("Retry-After"));
        nanos.addAndGet(1_000_000_000L);
        assertEquals(200, Http.get(url("/api/hello")).status(), "a second later the client may go on");
    }

    @Test
    void tooManyLiveConnectionsFromOneClientAreRefused() throws Exception {
        start(Limits.CLASSROOM, false);
        String token = join().get("token").asText();
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < Limits.CLASSROOM.streamsPerClient(); i++) {
                open.add(EventStream.open(url("/api/events?t=" + token)));
                open.getLast().next();
            }
            assertEquals(429, Http.get(url("/api/events?t=" + token)).status());
        } finally {
            for (EventStream s : open) s.close();
        }
    }

    @Test
    void theRoundsResultsDownloadAsCsv() throws IOException {
        start();
        String token = join().get("token").asText();
        answer(token, 1, 0, 1, 2);
        Http.Response csv = teacher("/api/teacher/results.csv?round=1");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Disposition").contains("gatherlab-01-gather-keeps-others-running-round1.csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(RoundCsv.HEADER, lines.get(0));
        ClassQuiz quiz = server.session().quiz();
        String first = quiz.texts(Question.WHEN, java.util.Locale.ENGLISH, "none").getFirst();
        assertEquals("01-gather-keeps-others-running,1,when," + first + ",1,100,1," + (quiz.correct(Question.WHEN) == 0), lines.get(1));
        assertEquals(1 + 3 + 4 + 4, lines.size());
        assertEquals(400, teacher("/api/teacher/results.csv?round=2").status());
        assertTrue(teacher("/api/teacher/qr.svg").body().startsWith("<?xml"));
    }

    @Test
    void closingTheSessionReleasesThePort() throws Exception {
        start();
        int port = server.port();
        String token = join().get("token").asText();
        EventStream open = EventStream.open(url("/api/events?t=" + token));
        open.next();
        server.close();
        assertEquals("closed", open.nextEvent(), "an open page is told");
        open.close();
        assertThrows(ConnectException.class, () -> Http.get("http://127.0.0.1:" + port + "/"));
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(LOOPBACK, port));
            assertTrue(again.isBound());
        }
        server = null;
    }

    /** A server-sent events connection, read one event at a time. */
    static final class EventStream implements AutoCloseable {
        private final HttpURLConnection connection;
        private final BufferedReader in;
        private String lastEvent;

        private EventStream(HttpURLConnection c) throws IOException {
            this.connection = c;
            this.in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        }

        static EventStream open(String url) throws IOException {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setReadTimeout(10_000);
            assertEquals(200, c.getResponseCode());
            assertTrue(c.getContentType().startsWith("text/event-stream"));
            return new EventStream(c);
        }

        /** The data of the next {@code state} event. */
        JsonNode next() throws IOException {
            String event = nextEvent();
            assertEquals("state", event);
            return Http.JSON.readTree(data);
        }

        private String data;

        /** The name of the next event (its data kept for {@link #next()}). */
        String nextEvent() throws IOException {
            String name = null;
            data = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("event: ")) name = line.substring(7);
                else if (line.startsWith("data: ")) data = line.substring(6);
                else if (line.isEmpty() && name != null) {
                    lastEvent = name;
                    return name;
                }
            }
            assertNotNull(lastEvent, "the stream ended before any event");
            return null;
        }

        @Override
        public void close() {
            connection.disconnect();
        }
    }
}
