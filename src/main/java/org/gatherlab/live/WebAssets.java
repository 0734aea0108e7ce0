package org.gatherlab.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' files, from {@code assets/web/} inside the module. Only the names listed here are ever served: a
 * request path is looked up in this list, never turned into a file path, so no path can reach anything else.
 */
final class WebAssets {
    private WebAssets() {}

    record Asset(String contentType, byte[] bytes) {}

    private static final String HTML = "text/html; charset=utf-8", JS = "text/javascript; charset=utf-8", CSS = "text/css; charset=utf-8";

    /** URL path -> (file in assets/web, type). */
    static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"student.html", HTML},
            "/teacher", new String[] {"teacher.html", HTML},
            "/web/live.css", new String[] {"live.css", CSS},
            "/web/strings.js", new String[] {"strings.js", JS},
            "/web/student.js", new String[] {"student.js", JS},
            "/web/teacher.js", new String[] {"teacher.js", JS});

    private static final Map<String, Asset> CACHE = new ConcurrentHashMap<>();

    static Optional<Asset> get(String path) {
        String[] f = FILES.get(path);
        if (f == null) return Optional.empty();
        return Optional.of(CACHE.computeIfAbsent(path, p -> new Asset(f[1], read(f[0]))));
    }

    private static byte[] read(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream("/assets/web/" + name)) {
            if (in == null) throw new IllegalStateException("assets/web/" + name + " is missing from the module");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
