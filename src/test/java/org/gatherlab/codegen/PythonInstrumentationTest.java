package org.gatherlab.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gatherlab.engine.RandomScenarios;
import org.gatherlab.engine.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's instrumentation (a Task subclass that notes cancel causes, a wrapper that sees each body's steps)
 * must not change what asyncio does: every callback the loop runs, and when, is the same as with plain
 * {@code asyncio.Task} objects and bare coroutines. Checked by {@code src/test/resources/codegen/trace_ab.py}.
 */
class PythonInstrumentationTest {

    @BeforeAll
    static void python() {
        Python.require();
    }

    @Test
    void theInstrumentedProgramRunsTheSameCallbacksAsPlainAsyncio() throws IOException {
        Path script = Path.of("src/test/resources/codegen/trace_ab.py").toAbsolutePath();
        Path dir = Files.createTempDirectory("gatherlab-ab");
        try {
            SplittableRandom rnd = new SplittableRandom(7);
            List<String> failures = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                Scenario s = RandomScenarios.draw(rnd.nextLong());
                Path prog = dir.resolve("p" + k + ".py");
                Files.writeString(prog, PythonProgram.generate(s, 0));
                Python.Result r = Python.exec(List.of("python3", "-I", script.toString(), prog.toString()), 60);
                if (r.exit() != 0 || !r.stdout().startsWith("same ")) failures.add(s + "\n  " + r.stdout() + r.stderr());
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }
}
