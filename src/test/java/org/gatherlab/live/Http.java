package org.gatherlab.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A few HTTP calls for the server tests (java.base only, so the tests need no extra module). */
final class Http {
    private Http() {}

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            for (var e : headers.entrySet()) if (name.equalsIgnoreCase(e.getKey())) return e.getValue().getFirst();
            return null;
        }
    }

    static Response get(String url, String... headers) throws IOException {
        return call("GET", url, null, null, headers);
    }

    static Response post(String url, String json, String... headers) throws IOException {
        return call("POST", url, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8), headers);
    }

    static Response call(String method, String url, String type, byte[] body, String... headers) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(5000);
        c.setReadTimeout(10000);
        for (int i = 0; i + 1 < headers.length; i += 2) c.setRequestProperty(headers[i], headers[i + 1]);
        if (body != null) {
            c.setDoOutput(true);
            if (type != null) c.setRequestProperty("Content-Type", type);
            c.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, c.getHeaderFields(), text);
    }
}
