package org.gatherlab.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * What a student's page calls: join with the code, read the lesson and the session's state, answer, follow live
 * updates, fetch the picture. After joining, the page sends its token in {@code X-Student} (or {@code ?t=} where a
 * browser cannot set headers: live updates and images).
 */
final class StudentApi {
    private final LiveServer server;
    private final ClassSession session;

    StudentApi(LiveServer server) {
        this.server = server;
        this.session = server.session();
    }

    /** Before joining, all a page may know: whether to ask for a nickname. */
    void hello(HttpExchange ex) throws IOException {
        ObjectNode out = SessionJson.JSON.createObjectNode();
        out.put("nicknames", session.nicknames());
        out.put("nicknameChars", server.limits().nicknameChars());
        Exchanges.json(ex, 200, out);
    }

    /** {@code {"code": "482913", "nickname": "Ana"}} -> {@code {"token", "number", "lesson", "state"}}. */
    void join(HttpExchange ex, String client) throws IOException, Refused {
        JsonNode body = Exchanges.body(ex, server.limits().bodyBytes());
        if (!server.failedJoins().available(client)) {
            throw new Refused(429, "too-many-wrong-codes", "code: too many wrong codes from this device; wait a minute");
        }
        ClassSession.Student s;
        try {
            s = session.join(Exchanges.text(body, "code"), Exchanges.text(body, "nickname"));
        } catch (Refused r) {
            if (r.status() == 403) server.failedJoins().tryAcquire(client);
            throw r;
        }
        ObjectNode out = SessionJson.JSON.createObjectNode();
        out.put("token", s.token());
        out.put("number", s.number());
        if (s.nickname() != null) out.put("nickname", s.nickname());
        out.set("lesson", SessionJson.lesson(session.quiz()));
        out.set("state", SessionJson.student(session, session.studentView(s.token())));
        Exchanges.json(ex, 200, out);
    }

    /** Everything the page needs after a reload or a lost connection: the lesson and this student's state. */
    void state(HttpExchange ex) throws IOException, Refused {
        String token = token(ex, Exchanges.query(ex));
        ObjectNode out = SessionJson.JSON.createObjectNode();
        out.put("number", session.student(token).number());
        out.set("lesson", SessionJson.lesson(session.quiz()));
        out.set("state", SessionJson.student(session, session.studentView(token)));
        Exchanges.json(ex, 200, out);
    }

    /** {@code {"round": 1, "when": 0, "what": 2, "cancelled": 1}} (choice indices) -> the student's state. */
    void answer(HttpExchange ex) throws IOException, Refused {
        String token = token(ex, Map.of());
        session.student(token);
        JsonNode body = Exchanges.body(ex, server.limits().bodyBytes());
        ClassSession.Answer a = new ClassSession.Answer(Exchanges.integer(body, "when"), Exchanges.integer(body, "what"),
                Exchanges.integer(body, "cancelled"));
        session.answer(token, Exchanges.integer(body, "round"), a);
        Exchanges.json(ex, 200, SessionJson.student(session, session.studentView(token)));
    }

    void events(HttpExchange ex, String client) throws IOException, Refused {
        String token = token(ex, Exchanges.query(ex));
        server.stream(ex, client, () -> SessionJson.student(session, session.studentView(token)), true);
    }

    void picture(HttpExchange ex) throws IOException, Refused {
        Map<String, String> q = Exchanges.query(ex);
        session.student(token(ex, q));
        byte[] svg = SessionJson.picture(session, LiveServer.language(q)).getBytes(StandardCharsets.UTF_8);
        Exchanges.send(ex, 200, "image/svg+xml; charset=utf-8", svg);
    }

    private static String token(HttpExchange ex, Map<String, String> query) {
        String h = ex.getRequestHeaders().getFirst("X-Student");
        return h != null ? h : query.get("t");
    }
}
