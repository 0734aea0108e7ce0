package org.gatherlab.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/** Reading requests within the caps and writing responses with the same safety headers every time. */
final class Exchanges {
    private Exchanges() {}

    /**
     * Everything a page may load comes from this server; no inline script, no framing, no plugins. Pictures are SVG
     * served as images (an image's scripts never run).
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    static final String JSON_TYPE = "application/json; charset=utf-8";

    static void headers(HttpExchange ex, String contentType) {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        h.set("Cache-Control", "no-store");
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        headers(ex, contentType);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        send(ex, status, JSON_TYPE, SessionJson.JSON.writeValueAsBytes(body));
    }

    static void refuse(HttpExchange ex, Refused r) throws IOException {
        json(ex, r.status(), SessionJson.error(r));
    }

    /**
     * The JSON object in the body, at most {@code maxBytes}. Refused with 415 (not JSON), 413 (too large) or 400
     * (not a JSON object); the rest of a too-large body is not read.
     */
    static JsonNode body(HttpExchange ex, int maxBytes) throws IOException, Refused {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Refused(415, "bad-type", "Content-Type: must be application/json");
        }
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBytes) throw tooLarge(maxBytes);
            } catch (NumberFormatException e) {
                throw new Refused(400, "bad-length", "Content-Length: must be a number of bytes");
            }
        }
        byte[] bytes;
        try (InputStream in = ex.getRequestBody()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) throw tooLarge(maxBytes);
        try {
            JsonNode node = SessionJson.JSON.readTree(bytes);
            if (node == null || !node.isObject()) throw new Refused(400, "bad-json", "body: must be a JSON object");
            return node;
        } catch (JacksonException e) {
            throw new Refused(400, "bad-json", "body: not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static Refused tooLarge(int maxBytes) {
        return new Refused(413, "too-large", "body: at most " + maxBytes + " bytes");
    }

    /** The query's parameters (the first of each name); a malformed escape refuses the request. */
    static Map<String, String> query(HttpExchange ex) throws Refused {
        Map<String, String> out = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) return out;
        try {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw new Refused(400, "bad-query", "query: malformed %-escape");
        }
        return out;
    }

    /** A string field, or null when absent or JSON null; anything else is refused naming the field. */
    static String text(JsonNode body, String field) throws Refused {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new Refused(400, "bad-field", field + ": must be a string");
        return n.asText();
    }

    /** A required whole-number field. */
    static int integer(JsonNode body, String field) throws Refused {
        JsonNode n = body.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) throw new Refused(400, "bad-field", field + ": must be a whole number");
        return n.asInt();
    }
}
