package org.gatherlab.lessons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.gatherlab.runs.Engine;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.scenario.ScenarioDocument;

/**
 * One built-in lesson: a scenario whose runs, side by side, overturn one misconception.
 *
 * @param id           the file name without {@code .lesson.json}, e.g. {@code 01-gather-keeps-others-running}
 * @param scenarioFile the scenario's file name in the same folder
 * @param document     the scenario as read (unknown fields kept, so the app can save a copy faithfully)
 * @param focusRun     0-based index of the run the learner makes predictions about
 * @param texts        the words, by ISO 639 language code; always has {@code en} and {@code es}
 * @param options      the choices offered for the three predictions
 * @param expectations what the lesson claims about its runs (checked by the tests, never shown)
 */
public record Lesson(String id, String scenarioFile, ScenarioDocument document, int focusRun,
                     Map<String, LessonText> texts, AnswerOptions options, List<Expectation> expectations) {
    public static final String FORMAT = "gatherlab/lesson@1";
    public static final String FALLBACK_LANGUAGE = "en";

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        if (!texts.containsKey(FALLBACK_LANGUAGE)) throw new IllegalArgumentException(id + ": no English text");
        if (focusRun < 0 || focusRun >= document.scenario().runs().size()) {
            throw new IllegalArgumentException(id + ": focusRun " + focusRun + " is not a run of the scenario");
        }
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        expectations = List.copyOf(expectations);
    }

    public Scenario scenario() { return document.scenario(); }

    /** The text in the locale's language, or English when the lesson has none in it. */
    public LessonText text(Locale locale) {
        LessonText t = texts.get(locale.getLanguage());
        return t != null ? t : texts.get(FALLBACK_LANGUAGE);
    }

    /** The English title (for logs, tests and sorting); {@code text(locale).title()} for display. */
    public String title() { return texts.get(FALLBACK_LANGUAGE).title(); }

    public String title(Locale locale) { return text(locale).title(); }

    public RunSpec focusRunSpec() { return scenario().runs().get(focusRun); }

    /** The focus run as the report labels it, e.g. {@code gather(return_exceptions=True)}. */
    public String focusRunLabel() { return Reports.label(focusRunSpec()); }

    /** Every run of the scenario on the virtual clock. */
    public ScenarioReport run() { return Engine.runVirtual(scenario()); }

    /** The correct answers for the focus run, computed by the engine now. */
    public LessonAnswers answers() {
        return LessonAnswers.of(Engine.runVirtual(scenario(), focusRunSpec(), TraceListener.NONE));
    }

    /** Where the engine disagrees with the lesson's expectations, one line each; empty when the lesson holds. */
    public List<String> verify() {
        ScenarioReport report = run();
        List<String> out = new ArrayList<>();
        for (Expectation e : expectations) {
            for (String m : e.mismatches(report.runs().get(e.run()))) out.add(id + ": " + m);
        }
        return out;
    }
}
