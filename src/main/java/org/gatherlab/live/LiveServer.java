package org.gatherlab.live;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.gatherlab.runtime.SystemTime;

/**
 * The class session on the network: the JDK's HTTP server (one virtual thread per request, so a live-update
 * connection per student costs a few kilobytes) serving the student page, the teacher's page and a small JSON
 * API with server-sent events. It exists only while the session is open: {@link #close()} ends the session, tells
 * every page, and releases the port.
 *
 * <p>Every request is checked before it is served: a rate per client (429), the method (405), the size of the
 * address (414) and the body (413), its type (415) and JSON (400), the join code (403, with wrong guesses limited
 * per client), the student's token (401). The teacher's API answers only this machine (loopback) and only with the
 * teacher's key. See {@code src/site/markdown/live-class.md}.
 */
public final class LiveServer implements AutoCloseable {
    static {
        // The JDK server reads these once. Requests here are a few hundred bytes: cap what a stranger may send.
        defaultProperty("sun.net.httpserver.maxReqHeaders", "64");
        defaultProperty("sun.net.httpserver.maxReqHeaderSize", "16384");
        defaultProperty("sun.net.httpserver.maxConnections", "2500");
    }

    static final long HEARTBEAT_MS = 15_000;
    private static final int MAX_URI = 1024;

    private final ClassSession session;
    private final HttpServer server;
    private final ExecutorService threads;
    private final String teacherKey;
    private final URI studentUrl;
    private final Limits limits;
    private final RateLimiter requests;
    private final RateLimiter failedJoins;
    private final Map<String, AtomicInteger> streamsByClient = new ConcurrentHashMap<>();
    private final AtomicInteger streams = new AtomicInteger();
    private final StudentApi students;
    private final TeacherApi teacher;

    private LiveServer(ClassSession session, HttpServer server, ExecutorService threads, InetAddress publicAddress,
                       LongSupplier nanoTime) {
        this.session = session;
        this.server = server;
        this.threads = threads;
        this.limits = session.limits();
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        this.teacherKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        this.studentUrl = URI.create("http://" + hostPart(publicAddress) + ":" + server.getAddress().getPort() + "/");
        this.requests = new RateLimiter(limits.requestsPerSecond(), limits.burst(), nanoTime);
        this.failedJoins = new RateLimiter(limits.failedJoinsPerMinute() / 60.0, limits.failedJoinsPerMinute(), nanoTime);
        this.students = new StudentApi(this);
        this.teacher = new TeacherApi(this);
    }

    /**
     * Starts serving {@code session} on {@code bind}:{@code port} (0: any free port). {@code publicAddress} is the
     * address put in the join link and QR code (see {@link LanAddress}).
     */
    public static LiveServer start(ClassSession session, InetAddress bind, int port, InetAddress publicAddress) throws IOException {
        return start(session, bind, port, publicAddress, SystemTime::nanos);
    }

    static LiveServer start(ClassSession session, InetAddress bind, int port, InetAddress publicAddress, LongSupplier nanoTime)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 128);
        ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("gatherlab-live-", 0).factory());
        server.setExecutor(threads);
        LiveServer live = new LiveServer(session, server, threads, publicAddress, nanoTime);
        server.createContext("/", live::handle);
        server.start();
        return live;
    }

    public ClassSession session() { return session; }

    public int port() { return server.getAddress().getPort(); }

    /** What students type: {@code http://192.168.1.20:8765/}. */
    public URI studentUrl() { return studentUrl; }

    /** What the QR code holds: the address with the join code, so a scan fills it in. */
    public URI joinUrl() { return URI.create(studentUrl + "#code=" + session.code().digits()); }

    /** The teacher's page on this machine; the key is in the fragment, which the page moves out of the address bar. */
    public URI teacherUrl() {
        return URI.create("http://" + hostPart(InetAddress.getLoopbackAddress()) + ":" + port() + "/teacher#k=" + teacherKey);
    }

    String teacherKey() { return teacherKey; }

    Limits limits() { return limits; }

    RateLimiter failedJoins() { return failedJoins; }

    /** Ends the session (every page is told), waits up to a second for open responses, and releases the port. */
    @Override
    public void close() {
        session.close();
        server.stop(1);
        threads.shutdownNow();
    }

    // ---------------------------------------------------------------------------------------------- dispatch

    private void handle(HttpExchange ex) {
        try {
            String client = ex.getRemoteAddress().getAddress().getHostAddress();
            if (!requests.tryAcquire(client)) {
                ex.getResponseHeaders().set("Retry-After", Long.toString(requests.retryAfterSeconds(client)));
                throw new Refused(429, "too-many-requests", "too many requests from " + client + "; wait a moment");
            }
            if (ex.getRequestURI().getRawPath().length() + String.valueOf(ex.getRequestURI().getRawQuery()).length() > MAX_URI) {
                throw new Refused(414, "uri-too-long", "address: at most " + MAX_URI + " characters");
            }
            route(ex, client, ex.getRequestURI().getRawPath());
        } catch (Refused r) {
            try {
                Exchanges.refuse(ex, r);
            } catch (IOException gone) {
                // The client went away; nothing to tell.
            }
        } catch (IOException gone) {
            // The client went away mid-response.
        } catch (RuntimeException bug) {
            try {
                Exchanges.json(ex, 500, SessionJson.error(new Refused(500, "internal", "internal error in GatherLab")));
            } catch (IOException | RuntimeException ignored) {
                // Nothing more can be said.
            }
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex, String client, String path) throws IOException, Refused {
        switch (path) {
            case "/api/hello" -> get(ex, () -> students.hello(ex));
            case "/api/join" -> post(ex, () -> students.join(ex, client));
            case "/api/answer" -> post(ex, () -> students.answer(ex));
            case "/api/state" -> get(ex, () -> students.state(ex));
            case "/api/events" -> get(ex, () -> students.events(ex, client));
            case "/api/picture.svg" -> get(ex, () -> students.picture(ex));
            case "/api/teacher/state" -> get(ex, () -> teacher.state(ex));
            case "/api/teacher/lesson" -> get(ex, () -> teacher.lesson(ex));
            case "/api/teacher/events" -> get(ex, () -> teacher.events(ex, client));
            case "/api/teacher/action" -> post(ex, () -> teacher.action(ex));
            case "/api/teacher/results.csv" -> get(ex, () -> teacher.csv(ex));
            case "/api/teacher/qr.svg" -> get(ex, () -> teacher.qr(ex));
            case "/api/teacher/picture.svg" -> get(ex, () -> teacher.picture(ex));
            case "/favicon.ico" -> get(ex, () -> Exchanges.send(ex, 204, "text/plain", new byte[0]));
            default -> get(ex, () -> {
                WebAssets.Asset a = WebAssets.get(path).orElseThrow(() -> new Refused(404, "not-found", "no such page: " + path));
                if (path.equals("/teacher")) teacher.requireLocal(ex);
                Exchanges.send(ex, 200, a.contentType(), a.bytes());
            });
        }
    }

    @FunctionalInterface
    interface Action {
        void run() throws IOException, Refused;
    }

    private static void get(HttpExchange ex, Action a) throws IOException, Refused {
        String m = ex.getRequestMethod();
        if (!m.equals("GET") && !m.equals("HEAD")) throw notAllowed(ex, "GET, HEAD");
        a.run();
    }

    private static void post(HttpExchange ex, Action a) throws IOException, Refused {
        if (!ex.getRequestMethod().equals("POST")) throw notAllowed(ex, "POST");
        a.run();
    }

    private static Refused notAllowed(HttpExchange ex, String allowed) {
        ex.getResponseHeaders().set("Allow", allowed);
        return new Refused(405, "method-not-allowed", ex.getRequestMethod() + ": not allowed here (" + allowed + ")");
    }

    // ---------------------------------------------------------------------------------------------- live updates

    /** A view's JSON for the live stream; may refuse (e.g. a student token that is not known). */
    @FunctionalInterface
    interface View {
        JsonNode get() throws Refused;
    }

    /**
     * Server-sent events: the view now, then again at each change (only phase changes when {@code phaseOnly}), a
     * comment every {@link #HEARTBEAT_MS} so dead connections are noticed, and {@code event: closed} at the end.
     */
    void stream(HttpExchange ex, String client, View view, boolean phaseOnly) throws IOException, Refused {
        view.get();                                  // refuse before the stream starts
        AtomicInteger mine = streamsByClient.computeIfAbsent(client, c -> new AtomicInteger());
        if (mine.incrementAndGet() > limits.streamsPerClient() | streams.incrementAndGet() > limits.streams()) {
            release(client, mine);
            throw new Refused(429, "too-many-streams", "too many live connections; close other tabs of this page");
        }
        try {
            Exchanges.headers(ex, "text/event-stream; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            write(out, "retry: 2000\n\n");
            long sent = -1;
            while (true) {
                long now = phaseOnly ? session.phaseRevision() : session.revision();
                if (session.phase() == ClassSession.Phase.CLOSED) {
                    write(out, "event: closed\ndata: {}\n\n");
                    return;
                }
                if (now != sent) {
                    write(out, "event: state\ndata: " + SessionJson.JSON.writeValueAsString(view.get()) + "\n\n");
                    sent = now;
                }
                if (session.awaitChange(sent, phaseOnly, HEARTBEAT_MS) == sent) write(out, ": still here\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release(client, mine);
        }
    }

    private void release(String client, AtomicInteger mine) {
        streams.decrementAndGet();
        if (mine.decrementAndGet() <= 0) streamsByClient.remove(client, mine);
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The language a picture or file is asked in: {@code es}, else English. */
    static Locale language(Map<String, String> query) {
        return "es".equals(query.get("lang")) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }

    ObjectNode teacherView() {
        return SessionJson.teacher(session, session.teacherView(), joinUrl().toString());
    }

    private static String hostPart(InetAddress a) {
        String h = a.getHostAddress();
        return h.contains(":") ? "[" + h + "]" : h;
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) System.setProperty(name, value);
    }
}
