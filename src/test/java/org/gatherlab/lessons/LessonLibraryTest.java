package org.gatherlab.lessons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken lesson is refused with every problem named by file and JSON path. */
class LessonLibraryTest {
    private static final String ID = "01-gather-keeps-others-running";
    private static final String LESSON = ID + ".lesson.json";
    private static final String SCENARIO = ID + ".gather.json";

    /** The shipped folder, with some files replaced. */
    private static Map<String, String> folder() throws IOException {
        Map<String, String> files = new HashMap<>();
        for (String f : List.of("index.json", LESSON, SCENARIO)) {
            files.put(f, Files.readString(Path.of("assets/lessons", f), StandardCharsets.UTF_8));
        }
        files.put("index.json", "{\"format\": \"gatherlab/lesson-index@1\", \"lessons\": [\"" + ID + "\"]}");
        return files;
    }

    private static LessonLibrary load(Map<String, String> files) {
        return LessonLibrary.load(files::get, "lessons/");
    }

    private static List<String> problems(Map<String, String> files) {
        return assertThrows(LessonException.class, () -> load(files)).problems();
    }

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "no problem containing \"" + expected + "\" in " + problems);
    }

    @Test void aValidFolderLoads() throws IOException {
        LessonLibrary lib = load(folder());
        assertEquals(List.of(ID), lib.ids());
        assertEquals(List.of(), lib.lessons().getFirst().verify());
    }

    @Test void aMissingLessonFileIsNamed() throws IOException {
        Map<String, String> files = folder();
        files.remove(LESSON);
        assertEquals(List.of("lessons/" + LESSON + ": file not found"), problems(files));
    }

    @Test void brokenJsonIsNamedWithItsPosition() throws IOException {
        Map<String, String> files = folder();
        files.put(LESSON, "{\"format\": \"gatherlab/lesson@1\",\n  \"focusRun\": }");
        List<String> problems = problems(files);
        assertEquals(1, problems.size());
        assertProblem(problems, "lessons/" + LESSON + ": not valid JSON");
        assertProblem(problems, "line 2");
    }

    @Test void aKeyGivenTwiceIsRefused() throws IOException {
        Map<String, String> files = folder();
        files.put(LESSON, files.get(LESSON).replaceFirst("\"focusRun\": 0,", "\"focusRun\": 0, \"focusRun\": 1,"));
        assertProblem(problems(files), "lessons/" + LESSON + ": not valid JSON: Duplicate field 'focusRun'");
    }

    @Test void everyMissingOrEmptyTextIsReportedAtOnce() throws IOException {
        Map<String, String> files = folder();
        String text = files.get(LESSON)
                .replaceFirst("\"rule\": \"gather pasa[^\"]*\"", "\"rule\": \"  \"")
                .replaceFirst("\"myth\": \"When one task fails[^\"]*\",", "");
        files.put(LESSON, text);
        List<String> problems = problems(files);
        assertProblem(problems, "lessons/" + LESSON + ": es.rule: must be a non-empty string");
        assertProblem(problems, "lessons/" + LESSON + ": en.myth: must be a non-empty string");
    }

    @Test void aLessonWithoutSpanishIsRefused() throws IOException {
        Map<String, String> files = folder();
        files.put(LESSON, files.get(LESSON).replaceFirst("\"es\": \\{", "\"xx\": {"));
        assertProblem(problems(files), "lessons/" + LESSON + ": es: missing");
    }

    @Test void misspeltFieldsAreProblemsNotSilence() throws IOException {
        Map<String, String> files = folder();
        files.put(LESSON, files.get(LESSON).replaceFirst("\"lookAt\"", "\"lookat\"").replaceFirst("\"focusRun\"", "\"focus_run\""));
        List<String> problems = problems(files);
        assertProblem(problems, "lessons/" + LESSON + ": en.lookat: unknown field");
        assertProblem(problems, "lessons/" + LESSON + ": en.lookAt: must be a non-empty string");
        assertProblem(problems, "lessons/" + LESSON + ": focus_run: unknown field");
    }

    @Test void optionListsMustHoldThreeToFiveDistinctChoices() throws IOException {
        Map<String, String> files = folder();
        files.put(LESSON, files.get(LESSON)
                .replace("\"returnedAtMs\": [100, 200, 300]", "\"returnedAtMs\": [100, 200]")
                .replace("\"cancelled\": [[], [\"A\", \"C\"], [\"A\"], [\"C\"]]", "\"cancelled\": [[], [\"A\", \"C\"], [\"C\", \"A\"], [\"Z\"]]"));
        List<String> problems = problems(files);
        assertProblem(problems, "options.returnedAtMs: must be a list of 3 to 5 choices");
        assertProblem(problems, "options.cancelled: offers [C, A] twice");
        assertProblem(problems, "options.cancelled[3][0]: no task named \"Z\" in the scenario");
    }

    @Test void theFocusRunMustExistAndBePinned() throws IOException {
        Map<String, String> files = folder();
        files.put(LESSON, files.get(LESSON).replace("\"focusRun\": 0", "\"focusRun\": 7"));
        assertProblem(problems(files), "focusRun: must be between 0 and 1 (the scenario has 2 runs), got 7");
    }

    @Test void aBrokenScenarioIsReportedByTheScenarioValidatorWithItsFile() throws IOException {
        Map<String, String> files = folder();
        files.put(SCENARIO, files.get(SCENARIO).replace("\"durationMs\": 300", "\"durationMs\": -5"));
        assertProblem(problems(files), "lessons/" + SCENARIO + ": tasks[0].durationMs");
    }

    @Test void theIndexIsCheckedToo() throws IOException {
        Map<String, String> files = folder();
        files.put("index.json", "{\"format\": \"gatherlab/lesson-index@1\", \"lessons\": [\"" + ID + "\", \"" + ID + "\", \"Bad Name\"]}");
        List<String> problems = problems(files);
        assertProblem(problems, "lessons/index.json: lessons[1]: \"" + ID + "\" is listed twice");
        assertProblem(problems, "lessons/index.json: lessons[2]: must be a lesson id");
    }

    @Test void aLessonClaimingAMythFailsVerification() throws IOException {
        Map<String, String> files = folder();
        // The myth itself: "gather cancelled A and C".
        files.put(LESSON, files.get(LESSON).replaceFirst("\"cancelled\": \\[\\],", "\"cancelled\": [\"A\", \"C\"],"));
        List<String> mismatches = load(files).lessons().getFirst().verify();
        assertEquals(List.of(ID + ": run 0 (gather()): cancelled: the lesson expects [A, C], the engine says []"), mismatches);
    }
}
