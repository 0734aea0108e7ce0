package org.gatherlab.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The Python runtime is a real Python file: it compiles on its own, and the generator appends it as it is. */
class ProgramResourcesTest {
    static String resource(String name) throws IOException {
        try (InputStream in = PythonRuntime.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is in the module");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRuntimeResourceIsPythonThatCompiles() throws Exception {
        Python.require();
        Path dir = Files.createTempDirectory("gatherlab-runtime");
        try {
            Path file = Files.writeString(dir.resolve("runtime.py"), resource("runtime.py"));
            Python.Result r = Python.exec(List.of("python3", "-I", "-m", "py_compile", file.toString()), 60);
            assertEquals(0, r.exit(), r.stderr());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyProgramEndsWithTheRuntimeWithoutItsNotes() throws IOException {
        String runtime = resource("runtime.py");
        assertTrue(runtime.startsWith("## "), "the resource starts with notes for its editor");
        assertFalse(PythonRuntime.HELPERS.contains("\n##"));
        assertTrue(runtime.endsWith(PythonRuntime.HELPERS), "everything else is appended exactly");
        assertTrue(PythonRuntime.HELPERS.startsWith("# ════"));
    }
}
