package org.gatherlab.scenario;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.gatherlab.scenario.TestFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text that is not a JSON object, keys given twice, and how several problems are reported together. */
class ScenarioSyntaxTest {

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() {
        String text = "{\n  \"format\": \"gatherlab/scenario@1\",\n  \"seed\": x\n}";
        assertEquals(LABEL + ": line 3, column 11: unexpected 'x': expected a JSON value (a string, number, object, list, true, false or null)",
                problem(text));
    }

    @Test
    void columnsCountCodePointsAndCrLfEndsALine() {
        String text = "{\"name\": \"\uD83D\uDE00\",\r\n \"seed\": ?}";
        assertEquals(LABEL + ": line 2, column 10: unexpected '?': expected a JSON value (a string, number, object, list, true, false or null)",
                problem(text));
    }

    @Test
    void aSyntaxErrorReportsOnlyItselfBecauseTheRestCannotBeTrusted() {
        assertEquals(1, problems("{\"seed\": 1.5, \"tasks\": [}").size());
    }

    @Test
    void aTrailingCommaIsNamed() {
        assertEquals(LABEL + ": line 1, column 13: unexpected '}' after a comma (JSON allows no trailing comma)",
                problem("{\"seed\": 1, }"));
    }

    @Test
    void aMissingCommaIsNamed() {
        assertEquals(LABEL + ": line 1, column 12: unexpected '\"': expected ',' or '}'", problem("{\"seed\": 1 \"name\": \"x\"}"));
    }

    @Test
    void anUnclosedObjectSaysWhereItWasOpened() {
        assertEquals(LABEL + ": line 2, column 10: unexpected end of file: the object opened at line 1, column 1 is not closed",
                problem("{\n\"seed\": 1"));
    }

    @Test
    void aMismatchedBracketSaysWhatWasExpected() {
        assertEquals(LABEL + ": line 1, column 13: unexpected '}': expected ']' to close the list opened at line 1, column 11",
                problem("{\"tasks\": [1}"));
    }

    @Test
    void commentsAreNotJson() {
        assertEquals(LABEL + ": line 1, column 1: comments are not allowed in JSON", problem("// a scenario\n{}"));
    }

    @Test
    void nanAndInfinityAreNotJsonNumbers() {
        assertEquals(LABEL + ": line 1, column 10: 'NaN' is not a JSON number", problem("{\"seed\": NaN}"));
        assertEquals(LABEL + ": line 1, column 10: 'Infinity' is not a JSON number", problem("{\"seed\": Infinity}"));
    }

    @Test
    void singleQuotesAreNotJson() {
        assertEquals(LABEL + ": line 1, column 2: unexpected ''': expected a field name in double quotes", problem("{'seed': 1}"));
    }

    @Test
    void leadingZeroesAreNotJson() {
        assertEquals(LABEL + ": line 1, column 11: invalid number: leading zeroes not allowed", problem("{\"seed\": 01}"));
    }

    @Test
    void anUnescapedControlCharacterInAStringIsNamed() {
        assertEquals(LABEL + ": line 1, column 11: control character U+0009 must be escaped inside a string", problem("{\"name\": \"\t\"}"));
    }

    @Test
    void aPlusSignIsNotJsonAndJacksonsFeatureAdviceIsLeftOut() {
        assertEquals(LABEL + ": line 1, column 10: unexpected '+' in a number: JSON spec does not allow numbers to have plus signs",
                problem("{\"seed\": +1}"));
    }

    @Test
    void aFileCutOffInsideAnObjectSaysSo() {
        assertEquals(LABEL + ": line 1, column 8: unexpected end of file inside an object", problem("{\"seed\""));
    }

    @Test
    void absurdNestingIsRefusedAsASyntaxProblemNotACrash() {
        String deep = "{\"x\": " + "[".repeat(2000) + "]".repeat(2000) + "}";
        assertEquals(LABEL + ": line 1, column 71: objects and lists are nested more than 64 levels deep", problem(deep));
    }

    @Test
    void anEmptyFileIsNotAScenario() {
        assertEquals(LABEL + ": line 2, column 1: the file is empty; expected a JSON object", problem(" \n"));
    }

    @Test
    void contentAfterTheRootObjectIsAnError() {
        String text = scenario(TASK_A, GATHER) + "\n{\"format\": \"gatherlab/scenario@1\"}";
        assertEquals(LABEL + ": line 2, column 1: unexpected content after the end of the top-level JSON value", problem(text));
        assertEquals(LABEL + ": line 1, column " + (scenario(TASK_A, GATHER).length() + 2) + ": unexpected content after the end of the top-level JSON value",
                problem(scenario(TASK_A, GATHER) + " x"));
    }

    @Test
    void trailingWhitespaceIsFine() {
        parse(scenario(TASK_A, GATHER) + " \r\n\t\n");
    }

    @Test
    void aLeadingUtf8BomIsIgnored() throws ScenarioException {
        byte[] text = scenario(TASK_A, GATHER).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals(parse(scenario(TASK_A, GATHER)).scenario(), ScenarioFiles.parse(withBom, LABEL).scenario());
        assertEquals(parse(scenario(TASK_A, GATHER)).scenario(), parse("\uFEFF" + scenario(TASK_A, GATHER)).scenario());
    }

    @Test
    void aBomAnywhereElseIsNotWhitespace() {
        assertEquals(LABEL + ": line 1, column 2: unexpected U+FEFF: expected a field name in double quotes", problem("{\uFEFF}"));
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition() {
        byte[] bytes = "{\n  \"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(LABEL + ": line 2, column 15: not valid UTF-8 (byte 0xE9); save the file as UTF-8"), problems(bytes));
    }

    @Test
    void aTruncatedUtf8SequenceIsRefused() {
        byte[] bytes = {'{', '"', (byte) 0xE2, (byte) 0x82};
        assertEquals(List.of(LABEL + ": line 1, column 3: not valid UTF-8 (byte 0xE2); save the file as UTF-8"), problems(bytes));
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtItsPath() {
        assertEquals(LABEL + ": tasks[0].name: is given twice",
                problem(withTask("{\"name\": \"A\", \"durationMs\": 1, \"name\": \"B\"}")));
    }

    @Test
    void aKeyGivenTwiceIsAnErrorEvenInsideUnknownFields() {
        assertEquals(LABEL + ": editor.zoom: is given twice", problem(withTop("\"editor\": {\"zoom\": 1, \"zoom\": 2}")));
    }

    @Test
    void aKeyGivenTwiceWithTheSameValueIsStillAnError() {
        assertEquals(List.of(LABEL + ": seed: is given twice", LABEL + ": seed: is given twice"),
                problems(withTop("\"seed\": 1, \"seed\": 1, \"seed\": 1")));
    }

    @Test
    void everyKeyGivenTwiceIsReportedAlongsideTheOtherProblemsInDocumentOrder() {
        String text = """
                {
                  "format": "gatherlab/scenario@1",
                  "seed": 1.5,
                  "tasks": [
                    {"name": "A", "durationMs": -1, "name": "A2"},
                    {"name": "B", "durationMs": 5, "failureRate": 2}
                  ],
                  "runs": [{"strategy": "gather", "strategy": "wait"}],
                  "seed": 2
                }""";
        assertEquals(List.of(
                LABEL + ": seed: must be an integer, got 1.5",
                LABEL + ": seed: is given twice",
                LABEL + ": tasks[0].name: is given twice",
                LABEL + ": tasks[0].durationMs: must be between 0 and 3600000, got -1",
                LABEL + ": tasks[1].failureRate: must be between 0 and 1, got 2",
                LABEL + ": runs[0].strategy: is given twice"), problems(text));
    }

    @Test
    void allProblemsOfAFileAreReportedInTheFilesOwnOrder() {
        String text = """
                {
                  "runs": [
                    {"strategy": "taskgroup", "returnExceptions": true},
                    {"limit": 0}
                  ],
                  "tasks": [
                    {"name": "A", "kind": "gpu", "durationMs": 5, "cancelAtMs": -2},
                    {"durationMs": "slow"},
                    "C"
                  ],
                  "name": 7
                }""";
        assertEquals(List.of(
                LABEL + ": runs[0].returnExceptions: not allowed with strategy \"taskgroup\", which has no return_exceptions option",
                LABEL + ": runs[1].limit: must be at least 1, got 0",
                LABEL + ": runs[1].strategy: is required",
                LABEL + ": tasks[0].kind: must be \"io\" or \"cpu\", got \"gpu\"",
                LABEL + ": tasks[0].cancelAtMs: must be at least 0, got -2",
                LABEL + ": tasks[1].durationMs: must be a number, got \"slow\"",
                LABEL + ": tasks[1].name: is required",
                LABEL + ": tasks[2]: must be an object, got \"C\"",
                LABEL + ": name: must be a string, got 7",
                LABEL + ": format: is required"), problems(text));
    }
}
