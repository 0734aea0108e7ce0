package org.gatherlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gatherlab.engine.jvm.Said;
import org.junit.jupiter.api.Test;

/**
 * A Java run's {@code java} objects are written straight from their maps and lists ({@link JsonLayout#writeValue}): the
 * same text as the same value made into nodes and laid out ({@link JsonLayout#write}), and strings escaped as Jackson
 * escapes them.
 */
class JsonLayoutTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static String direct(Object value) throws IOException {
        StringWriter out = new StringWriter();
        JsonLayout.writeValue(value, 2, out);
        return out.toString();
    }

    /** The value as nodes (a Said as its English words), laid out by the node writer. */
    private static String viaNodes(Object value) throws IOException {
        StringWriter out = new StringWriter();
        JsonNode node = JSON.valueToTree(value instanceof Said s ? OutcomeWords.english().said(s) : value);
        JsonLayout.write(node, 2, out);
        return out.toString();
    }

    @Test void theJavaObjectModelIsLaidOutAsItsNodesWouldBe() throws IOException {
        Map<String, Object> item = map("task", "A", "value", null, "javaState", "FAILED", "error", "TaskFailed");
        List<Object> values = List.of(
                map("handle", "Future", "state", "SUCCESS", "handleDoneMs", 300L, "words", "returned \"A\" at 300 ms", "race", null),
                map("kind", "returned", "returns", "List<Future<String>>", "items", List.of(item, item)),
                map("kind", "returned", "items", List.of()),
                map("options", map("threads", "virtual", "cores", 4L), "notes", List.of("one", "two"), "races", List.of()),
                map("empty", map(), "list", List.of(List.of(), List.of("x"))),
                List.of(map(), List.of()),
                map("half", 12.5, "tiny", 1.0E-7, "big", 1.0E300),
                "a \\ backslash and a \"quote\"", "tab\there", "del\u007f and c1\u0085");
        for (Object v : values) assertEquals(viaNodes(v), direct(v), String.valueOf(v));
        Said said = Said.of("java.state", "future.state()", "SUCCESS");
        assertEquals("\"future.state() SUCCESS\"", direct(said));
        assertEquals("{\"n\": null, \"whole\": 3, \"nan\": null}", direct(map("n", null, "whole", 3.0, "nan", Double.NaN)));
    }

    @Test void theBufferHandsEverythingOnInOrder() throws IOException {
        StringWriter real = new StringWriter();
        StringBuilder want = new StringBuilder();
        try (TextBuffer out = new TextBuffer(real)) {
            for (int i = 0; i < 5000; i++) {
                String piece = "piece " + i + ", ";
                out.append(piece).append('|');
                want.append(piece).append('|');
                if (i % 997 == 0) {
                    char[] block = "x".repeat(9000 + i).toCharArray();   // larger than the buffer: passed on whole
                    out.write(block, 0, block.length);
                    want.append(block);
                }
            }
            out.write("tail", 1, 2);
            want.append("ai");
        }
        assertEquals(want.toString(), real.toString());
    }
}
