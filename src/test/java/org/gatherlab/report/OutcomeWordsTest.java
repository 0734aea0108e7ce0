package org.gatherlab.report;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.VirtualClock;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.engine.jvm.JavaSimulation;
import org.gatherlab.engine.jvm.Said;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one outcome vocabulary: the reports' English to the letter, its Spanish, and the two bundles in step. */
class OutcomeWordsTest {
    private static final Outcome RETURNED = new Outcome.Returned(List.of(Outcome.Result.value("A"),
            Outcome.Result.error("B", "TaskFailed"), Outcome.Result.value("C")));
    private static final Outcome WAITED = new Outcome.ReturnedWait(List.of("A"), List.of("B", "C"));
    private static final Outcome RAISED = new Outcome.Raised("TaskFailed", List.of("B"));

    @Test void theReportsWordsAreTheEnglishOnes() {
        OutcomeWords en = OutcomeWords.english();
        assertEquals("returned [A, TaskFailed(B), C]", en.describe(RETURNED, 10));
        assertEquals("returned [A, ... 2 more]", en.describe(RETURNED, 1));
        assertEquals("returned done=[A] pending=[B, ... 1 more]", en.describe(WAITED, 1));
        assertEquals("raised TaskFailed (B)", en.describe(RAISED, 10));
        assertEquals("raised TimeoutError", en.describe(new Outcome.Raised("TimeoutError", List.of()), 10));
        assertEquals("did not finish", en.describe(null, 10));
        assertEquals("returned", en.verb(WAITED));
        assertEquals("raised TaskFailed", en.verb(RAISED));
        assertEquals(en, OutcomeWords.of(Locale.GERMAN), "a language GatherLab does not speak: English");
    }

    @Test void spanishWordsTheVerbsAndKeepsPython() {
        OutcomeWords es = OutcomeWords.of(Locale.of("es", "MX"));
        assertEquals("devolvió [A, TaskFailed(B), C]", es.describe(RETURNED, 10));
        assertEquals("devolvió done=[A] pending=[B, ... 1 más]", es.describe(WAITED, 1));
        assertEquals("lanzó TaskFailed (B)", es.describe(RAISED, 10));
        assertEquals("no terminó", es.verb(null));
        assertEquals("devuelve [A, B]", es.answer("returns [A, B]", "returns ", "raises "));
        assertEquals("lanza TimeoutError", es.answer("raises TimeoutError", "returns ", "raises "));
        assertEquals("raises TimeoutError", OutcomeWords.english().answer("raises TimeoutError", "returns ", "raises "));
    }

    /** GS17's B: a Java task's story is stored as facts and worded on rendering, in English (the report's bytes) or Spanish. */
    @Test void aJavaTasksStoryIsWordedWhenRendered() throws IOException {
        RunSpec run = RunSpec.of(Strategy.STRUCTURED);
        JavaRun r = JavaSimulation.run(List.of(TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300)), 0,
                JavaRunSpec.of(run), new VirtualClock(), e -> { });
        Said b = r.taskResults().get(1).words();
        assertEquals("interrupted when the scope was cancelled at 100 ms, but the CPU loop never looks at interrupts: it ran on and"
                + " returned \"B\" at 400 ms, which nobody will see; subtask.state() UNAVAILABLE: a scope has no CANCELLED state",
                OutcomeWords.english().said(b));
        assertEquals("interrumpida al cancelarse el scope a los 100 ms, pero el bucle de CPU nunca mira las interrupciones: siguió y"
                + " devolvió \"B\" a los 400 ms, cosa que nadie verá; subtask.state() UNAVAILABLE: un scope no tiene estado CANCELLED", OutcomeWords.of(Locale.of("es")).said(b));
        java.io.StringWriter json = new java.io.StringWriter();
        JsonLayout.writeValue(Reports.of(r.toTrace(run)).tasks().get(1).java(), 0, json);
        assertTrue(json.toString().contains("\"words\": \"" + OutcomeWords.english().said(b).replace("\"", "\\\"") + "\""), json.toString());
    }

    @Test void aStoryIsWordedIntoTheBuilderItIsGiven() {
        Said story = Said.story(List.of(Said.of("java.slept", Said.of("java.did.returned", "A"), "300 ms"),
                Said.of("java.state", "future.state()", "SUCCESS")));
        StringBuilder out = new StringBuilder("before: ");
        OutcomeWords.english().said(story, out);
        assertEquals("before: slept and returned \"A\" at 300 ms; future.state() SUCCESS", out.toString());
        assertEquals(out.substring("before: ".length()), OutcomeWords.english().said(story));
        StringBuilder spanish = new StringBuilder();
        OutcomeWords.of(Locale.of("es")).said(story, spanish);
        assertEquals(OutcomeWords.of(Locale.of("es")).said(story), spanish.toString());
    }

    @Test void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties en = load("outcome.properties"), es = load("outcome_es.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(es.stringPropertyNames()));
        for (String k : en.stringPropertyNames()) assertEquals(placeholders(en.getProperty(k)), placeholders(es.getProperty(k)), k);
    }

    @Test void placeholdersAreFilledLiterally() {
        assertEquals("it's A, {1}", OutcomeWords.fill("it's {0}, {1}", "A"));
        assertEquals("a {x} b {9}", OutcomeWords.fill("a {x} b {9}", "zero"));
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("assets/i18n", file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
