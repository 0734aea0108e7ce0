package org.gatherlab.app.classroom.code;

import static org.gatherlab.app.classroom.code.PythonTokenizer.Kind.BUILTIN;
import static org.gatherlab.app.classroom.code.PythonTokenizer.Kind.COMMENT;
import static org.gatherlab.app.classroom.code.PythonTokenizer.Kind.DECORATOR;
import static org.gatherlab.app.classroom.code.PythonTokenizer.Kind.DEFINITION;
import static org.gatherlab.app.classroom.code.PythonTokenizer.Kind.KEYWORD;
import static org.gatherlab.app.classroom.code.PythonTokenizer.Kind.NUMBER;
import static org.gatherlab.app.classroom.code.PythonTokenizer.Kind.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gatherlab.codegen.PythonProgram;
import org.gatherlab.engine.Scenario;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.junit.jupiter.api.Test;

class PythonTokenizerTest {

    private static PythonTokenizer.Kind kindOf(String src, String text) {
        return PythonTokenizer.tokenize(src).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + text + " in " + PythonTokenizer.tokenize(src))).kind();
    }

    @Test void classifiesKeywordsStringsCommentsNumbersAndBuiltins() {
        String src = """
                @dataclasses.dataclass
                async def main(x=1_000, y=0x1F, z=2.5e-3):  # a comment
                    print(f"it's {x}", r'\\d', b"\\"q\\"")
                    return await asyncio.sleep(0.1) if x else None
                """;
        assertEquals(DECORATOR, kindOf(src, "@dataclasses.dataclass"));
        assertEquals(KEYWORD, kindOf(src, "async"));
        assertEquals(KEYWORD, kindOf(src, "def"));
        assertEquals(DEFINITION, kindOf(src, "main"));
        assertEquals(NUMBER, kindOf(src, "1_000"));
        assertEquals(NUMBER, kindOf(src, "0x1F"));
        assertEquals(NUMBER, kindOf(src, "2.5e-3"));
        assertEquals(COMMENT, kindOf(src, "# a comment"));
        assertEquals(BUILTIN, kindOf(src, "print"));
        assertEquals(STRING, kindOf(src, "f\"it's {x}\""));
        assertEquals(STRING, kindOf(src, "r'\\d'"));
        assertEquals(STRING, kindOf(src, "b\"\\\"q\\\"\""));
        assertEquals(KEYWORD, kindOf(src, "None"));
    }

    @Test void tripleQuotedStringsSpanLines() {
        String src = "x = \"\"\"one\n'two'\nthree\"\"\"\ny = 1\n";
        assertEquals(STRING, kindOf(src, "\"\"\"one\n'two'\nthree\"\"\""));
        assertEquals(NUMBER, kindOf(src, "1"));
    }

    @Test void isLosslessOnEveryGeneratedProgram() {
        int programs = 0;
        for (Lesson l : LessonLibrary.builtIn().lessons()) {
            Scenario s = l.scenario();
            for (int i = 0; i < s.runs().size(); i++) {
                if (s.runs().get(i).strategy().family() != org.gatherlab.engine.Family.PYTHON_ASYNCIO) continue;
                String program = PythonProgram.generate(s, i);
                List<PythonTokenizer.Token> tokens = PythonTokenizer.tokenize(program);
                assertEquals(program, String.join("", tokens.stream().map(PythonTokenizer.Token::text).toList()));
                assertTrue(tokens.stream().anyMatch(t -> t.kind() == KEYWORD && t.text().equals("await")));
                programs++;
            }
        }
        assertTrue(programs > 30);
    }

    @Test void unterminatedStringsStopAtTheLineEnd() {
        List<PythonTokenizer.Token> tokens = PythonTokenizer.tokenize("x = 'oops\ny = 2\n");
        assertEquals("'oops", tokens.stream().filter(t -> t.kind() == STRING).findFirst().orElseThrow().text());
        assertEquals(NUMBER, kindOf("x = 'oops\ny = 2\n", "2"));
    }
}
