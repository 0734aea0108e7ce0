package org.gatherlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gatherlab.runs.Engine;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Test;

/**
 * Task and scenario names are whatever a file says: they reach a terminal, a spreadsheet or an SVG viewer
 * as text to show, never as a command (OWASP's CSV injection, terminal escape sequences, broken XML).
 */
class NamesAreDataTest {
    static final List<String> HOSTILE = List.of(
            "two\nlines",
            "\u001b]0;owned\u0007",
            "\u001b[2J\u001b[31mred",
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "csi\u009b31m",
            "del\u007f",
            "tab\there",
            "rlo\u202etxt.exe");

    static ScenarioReport report() {
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) tasks.add(TaskSpec.io(HOSTILE.get(i), 10 * (i + 1)));
        return Engine.runVirtual(Scenario.of("scenario\u001b[5m\nname", tasks, List.of(RunSpec.of(Strategy.GATHER))));
    }

    @Test
    void printableShowsControlCharactersAsEscapes() {
        assertEquals("a\\nb\\r\\t\\e[31m\\u0007\\u007f\\u009b\\ud800\\u202e ok \u00e9\uD83D\uDE00",
                Printable.escape("a\nb\r\t\u001b[31m\u0007\u007f\u009b\ud800\u202e ok \u00e9\uD83D\uDE00"));
        assertEquals("plain text", Printable.escape("plain text"));
    }

    @Test
    void theTextReportSendsNoControlCharacterToTheTerminal() {
        String text = TextReport.render(report());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(c != '\n' && (Character.isISOControl(c) || c == '\u202e'),
                    "control character U+%04X at %d in:%n%s".formatted((int) c, i, text));
        }
        assertTrue(text.startsWith("Scenario: scenario\\e[5m\\nname"), text);
        assertTrue(text.contains("  two\\nlines "), text);
        assertTrue(text.contains("  \\e]0;owned\\u0007 "), text);
        assertTrue(text.contains("  rlo\\u202etxt.exe "), text);
    }

    @Test
    void aNewlineInANameDoesNotBreakTheTable() {
        List<String> lines = TextReport.render(report()).lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("  task ")).findFirst().orElseThrow());
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertTrue(lines.get(header + 1 + i).endsWith("  -"), "row " + i + " is one whole line: " + lines.get(header + 1 + i));
        }
        assertEquals("", lines.get(header + 1 + HOSTILE.size()));
    }

    @Test
    void csvCellsShowControlCharactersAsEscapesAndNeutraliseFormulas() {
        List<String> names = csvColumn(ReportCsv.render(report()), 4);
        // Control characters as the text report shows them: a CSV printed to a terminal sends it none, a row is one line.
        assertEquals(List.of("two\\nlines", "\\e]0;owned\\u0007", "\\e[2J\\e[31mred", "'=HYPERLINK(\"http://x\",\"y\")",
                "'+1", "'-2", "'@SUM(A1)", "csi\\u009b31m", "del\\u007f", "tab\\there", "rlo\\u202etxt.exe"), names);
        for (char c : ReportCsv.render(report()).replace("\r\n", "").toCharArray())
            assertFalse(Character.isISOControl(c), "U+%04X in the CSV".formatted((int) c));
        assertEquals("'=x", ReportCsv.field("=x"));
        assertEquals("\"'=1,2\"", ReportCsv.field("=1,2"));
        assertEquals("\\ttab", ReportCsv.field("\ttab"));
        assertEquals("\\rcr", ReportCsv.field("\rcr"));
        assertEquals("a=b", ReportCsv.field("a=b"));
    }

    @Test
    void jsonEscapesEveryControlCharacterAndKeepsTheNames() throws Exception {
        String json = ReportJson.render(report());
        for (char c : json.toCharArray()) assertFalse(c != '\n' && Character.isISOControl(c), "U+%04X in the JSON".formatted((int) c));
        JsonNode tasks = new ObjectMapper().readTree(json).at("/runs/0/tasks");
        for (int i = 0; i < HOSTILE.size(); i++) assertEquals(HOSTILE.get(i), tasks.get(i).get("name").asText());
    }

    @Test
    void theSvgIsWellFormedAndShowsNamesEscaped() throws Exception {
        String svg = TimelineSvg.render(report());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.contains(">\\e]0;owned\\u0007<"), svg);
        assertTrue(svg.contains("two\\nlines"), svg);
    }

    /** One column of an RFC 4180 text, every row after the header. */
    static List<String> csvColumn(String csv, int column) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') cell.append(csv.charAt(++i));
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows.subList(1, rows.size()).stream().map(r -> r.get(column)).toList();
    }
}
