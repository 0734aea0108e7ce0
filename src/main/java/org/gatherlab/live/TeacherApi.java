package org.gatherlab.live;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * What the teacher's page calls: the live counts and distribution, the steps of the session, the round's CSV,
 * the QR code. Only from this machine (the projector's browser runs where GatherLab runs) and only with the
 * teacher's key, sent in {@code X-Teacher-Key} (or {@code ?k=} for live updates and images): a student who reads
 * the key off the projected address bar still cannot use it from their phone.
 */
final class TeacherApi {
    private final LiveServer server;
    private final ClassSession session;

    TeacherApi(LiveServer server) {
        this.server = server;
        this.session = server.session();
    }

    void state(HttpExchange ex) throws IOException, Refused {
        require(ex, Exchanges.query(ex));
        Exchanges.json(ex, 200, server.teacherView());
    }

    void lesson(HttpExchange ex) throws IOException, Refused {
        require(ex, Exchanges.query(ex));
        Exchanges.json(ex, 200, SessionJson.lesson(session.quiz()));
    }

    void events(HttpExchange ex, String client) throws IOException, Refused {
        require(ex, Exchanges.query(ex));
        server.stream(ex, client, server::teacherView, false);
    }

    /** {@code {"action": "results" | "round2" | "reveal" | "close"}} -> the teacher's view after it. */
    void action(HttpExchange ex) throws IOException, Refused {
        require(ex, Map.of());
        JsonNode body = Exchanges.body(ex, server.limits().bodyBytes());
        String action = Exchanges.text(body, "action");
        switch (action == null ? "" : action) {
            case "results" -> session.showResults();
            case "round2" -> session.secondRound();
            case "reveal" -> session.reveal();
            case "close" -> session.close();
            default -> throw new Refused(400, "bad-field", "action: must be results, round2, reveal or close");
        }
        Exchanges.json(ex, 200, server.teacherView());
    }

    /** {@code ?round=1}: the round's results as CSV, to download. */
    void csv(HttpExchange ex) throws IOException, Refused {
        Map<String, String> q = Exchanges.query(ex);
        require(ex, q);
        int round;
        try {
            round = Integer.parseInt(q.getOrDefault("round", String.valueOf(session.round())));
        } catch (NumberFormatException e) {
            round = -1;
        }
        if (round < 1 || round > session.round()) throw new Refused(400, "bad-query", "round: must be 1 to " + session.round());
        String csv = RoundCsv.of(session.quiz(), session.distribution(round), LiveServer.language(q));
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + fileName(round) + "\"");
        Exchanges.send(ex, 200, "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    void qr(HttpExchange ex) throws IOException, Refused {
        require(ex, Exchanges.query(ex));
        Exchanges.send(ex, 200, "image/svg+xml; charset=utf-8", QrCodes.svg(server.joinUrl().toString()).getBytes(StandardCharsets.UTF_8));
    }

    void picture(HttpExchange ex) throws IOException, Refused {
        Map<String, String> q = Exchanges.query(ex);
        require(ex, q);
        byte[] svg = SessionJson.picture(session, LiveServer.language(q)).getBytes(StandardCharsets.UTF_8);
        Exchanges.send(ex, 200, "image/svg+xml; charset=utf-8", svg);
    }

    /** The teacher's page itself: this machine only (it holds nothing secret, but is of no use elsewhere). */
    void requireLocal(HttpExchange ex) throws Refused {
        InetAddress from = ex.getRemoteAddress().getAddress();
        if (!from.isLoopbackAddress()) throw new Refused(403, "teacher-only", "the teacher's page opens only on the teacher's machine");
    }

    String fileName(int round) {
        return "gatherlab-" + session.quiz().lesson().id() + "-round" + round + ".csv";
    }

    private void require(HttpExchange ex, Map<String, String> query) throws Refused {
        requireLocal(ex);
        String key = ex.getRequestHeaders().getFirst("X-Teacher-Key");
        if (key == null) key = query.get("k");
        boolean ok = key != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                server.teacherKey().getBytes(StandardCharsets.UTF_8));
        if (!ok) throw new Refused(403, "teacher-only", "teacher key: missing or wrong (open the teacher link GatherLab printed)");
    }
}
