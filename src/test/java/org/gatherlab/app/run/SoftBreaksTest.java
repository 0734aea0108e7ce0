package org.gatherlab.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoftBreaksTest {
    private static final String Z = "\u200A";

    @Test void javaNamesMayWrapAfterADotAndBeforeTheirArguments() {
        assertEquals("1 · Structured" + Z + "Task" + Z + "Scope." + Z + "open() · virtual threads on 4 carriers",
                SoftBreaks.of("1 · StructuredTaskScope.open() · virtual threads on 4 carriers"));
        assertEquals("raised Structured" + Z + "Task" + Z + "Scope." + Z + "Failed" + Z + "Exception (A) at 100 ms",
                SoftBreaks.of("raised StructuredTaskScope.FailedException (A) at 100 ms"));
        assertEquals("2 · invokeAll" + Z + "(tasks, 250 ms)", SoftBreaks.of("2 · invokeAll(tasks, 250 ms)"));
        assertEquals("Completable" + Z + "Future." + Z + "allOf(...)." + Z + "join()", SoftBreaks.of("CompletableFuture.allOf(...).join()"));
    }

    @Test void pythonWordsAndNumbersStayAsTheyAre() {
        for (String s : new String[] {"2 · gather()", "raised TaskFailed('B') at 100 ms", "3.00× faster", "wait(...) · FIRST_COMPLETED", "raised TimeoutError", "devolvió [Descarga, B] a los 400 ms"}) {
            assertEquals(s, SoftBreaks.of(s));
        }
    }
}
