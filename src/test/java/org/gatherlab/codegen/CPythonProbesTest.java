package org.gatherlab.codegen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facts asyncio-decided-orders.md builds rules P1 and C1 on, asked of plain CPython 3.11 (no GatherLab code):
 * the probe programs of {@code src/site/resources/probes}, with real threads and real time.
 */
class CPythonProbesTest {
    private static final Path PROBES = Path.of("src/site/resources/probes");

    @BeforeAll
    static void python() {
        Python.require();
    }

    private static String probe(String file, String... args) throws IOException {
        Python.Result r = Python.run(Files.readString(PROBES.resolve(file)), args);
        assertEquals(0, r.exit(), r.stderr());
        return r.stdout();
    }

    /** C1: both cancel() calls reach the caller and gather's children, in the order they were due; the first's message is what they catch. */
    @Test
    void twoOverdueCancelsOfTheCallerArriveInDueOrderAndTheFirstsMessageIsCaught() throws IOException {
        String timeoutFirst = probe("two_cancels.py", "gather", "150", "100");
        String callerFirst = probe("two_cancels.py", "gather", "100", "150");
        String group = probe("two_cancels.py", "taskgroup", "100", "150");
        assertAll(timeoutFirst + callerFirst + group,
                () -> assertTrue(timeoutFirst.matches("(?s).*main\\.cancel\\(msg=None\\) #1.*main\\.cancel\\(msg='caller'\\) #2.*")),
                () -> assertTrue(timeoutFirst.matches("(?s).*B\\.cancel\\(msg=None\\) #1.*B\\.cancel\\(msg='caller'\\) #2.*")),
                () -> assertTrue(timeoutFirst.contains("B caught CancelledError()")),
                () -> assertTrue(timeoutFirst.contains("main's await raised CancelledError()"), "not TimeoutError"),
                () -> assertTrue(callerFirst.matches("(?s).*main\\.cancel\\(msg='caller'\\) #1.*main\\.cancel\\(msg=None\\) #2.*")),
                () -> assertTrue(callerFirst.contains("B caught CancelledError('caller',)")),
                () -> assertTrue(callerFirst.contains("main's await raised CancelledError('caller',)")),
                () -> assertTrue(group.contains("main's await raised CancelledError('caller',)")),
                () -> assertTrue(group.contains("B.cancel(msg=None) #1"), "the TaskGroup's abort cancels each child once"));
    }

    /** P1: a 0 ms job's task never resumes earlier than two passes after the step that submitted it (the model's order is that soonest one). */
    @Test
    void aZeroMsJobsResultNeverArrivesSoonerThanTwoPasses() throws IOException {
        String out = probe("zero_ms_jobs.py", "30", "1", "2", "--cold");
        Matcher m = Pattern.compile("passes from the submitting step to the resumption: \\{(.*)}").matcher(out);
        assertTrue(m.find(), out);
        List<Integer> passes = Pattern.compile("(\\d+): \\d+").matcher(m.group(1)).results().map(r -> Integer.parseInt(r.group(1))).toList();
        assertTrue(passes.getFirst() >= 2, "_set_state can run in the next pass at the soonest, the task one pass later: " + out);
    }
}
