package org.gatherlab.app.classroom.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.json.JsonMapper;

import org.gatherlab.live.LiveServer;

/**
 * Students on loopback, through the same HTTP API their browsers use: join with the code, answer (choice indices),
 * as many as a test needs.
 */
public final class SimulatedStudents {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final List<String> tokens = new ArrayList<>();

    public SimulatedStudents(LiveServer server) {
        // The server listens on loopback in tests; the address it shows may be another of this machine's.
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** Joins {@code n} students with {@code code}; returns the HTTP status of the last join. */
    public int join(int n, String code) throws IOException {
        int status = 0;
        for (int i = 0; i < n; i++) {
            Reply r = post("/api/join", "{\"code\":\"" + code + "\"}", null);
            status = r.status();
            if (status == 200) tokens.add(JSON.readTree(r.body()).get("token").asText());
        }
        return status;
    }

    /** Student {@code i} (in joining order) answers in {@code round}; returns the HTTP status. */
    public int answer(int i, int round, int when, int what, int cancelled) throws IOException {
        return post("/api/answer", "{\"round\":" + round + ",\"when\":" + when + ",\"what\":" + what + ",\"cancelled\":" + cancelled + "}",
                tokens.get(i)).status();
    }

    public int size() { return tokens.size(); }

    private record Reply(int status, String body) {}

    private Reply post(String path, String json, String token) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        c.setRequestMethod("POST");
        c.setConnectTimeout(5000);
        c.setReadTimeout(10000);
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        if (token != null) c.setRequestProperty("X-Student", token);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        c.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        c.disconnect();
        return new Reply(status, text);
    }
}
