package org.gatherlab.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The fixed part of every generated program: sections 3 to 7 (virtual time, process pools,
 * cancellation causes, recording, running and reporting), kept as Python source in the resource
 * {@code runtime.py} beside this class, where an editor and {@code python3 -m py_compile} can read it.
 * Sections 1 and 2 (the scenario as data, {@code body} and {@code main}) are written per run by
 * {@link PythonProgram}.
 */
final class PythonRuntime {
    private PythonRuntime() {}

    /** Sections 3 to 7: the resource without its {@code ##} notes; ends with a newline. */
    static final String HELPERS = load("runtime.py");

    /** Read from this module (a named module's resources are visible to its own classes only). */
    private static String load(String name) {
        try (InputStream in = PythonRuntime.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is missing from the module");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.startsWith("##")).collect(Collectors.joining("\n", "", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
