package org.gatherlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextReportTest {

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static String row(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no row " + prefix));
    }

    @Test
    void everyLineFitsAnEightyColumnTerminal() {
        for (var report : List.of(TypicalReports.threeDownloads(), TypicalReports.sequentialAndGather(),
                TypicalReports.poolAndLateTimer(), TypicalReports.manyLongNames(3), TypicalReports.manyLongNames(100))) {
            for (String line : lines(TextReport.render(report))) {
                assertTrue(line.codePointCount(0, line.length()) <= 80, "too wide (" + line.length() + "): " + line);
            }
        }
    }

    @Test
    void timelineDrawsEachTaskOnTheSharedAxisWithItsEnd() {
        List<String> lines = lines(TextReport.render(TypicalReports.threeDownloads()));
        String a = row(lines, "  A           |");
        String b = row(lines, "  B           |");
        assertEquals("  A           |" + "=".repeat(59) + "*|", a);
        // 100 of 300 ms is column 20 of 60: B sleeps for 20 columns and fails in the 21st.
        assertEquals("  B           |" + "=".repeat(20) + "!" + " ".repeat(39) + "|", b);
        String caller = row(lines, "  caller");
        assertEquals(15 + 20, caller.indexOf('^'));
        assertTrue(caller.contains("^ raised TaskFailed"), caller);
        assertTrue(row(lines, "  ms").contains(" 0 "), row(lines, "  ms"));
        assertTrue(row(lines, "  ms").endsWith("300"), row(lines, "  ms"));
    }

    @Test
    void headerTellsOutcomeTimesAndSpeedUpAgainstSequential() {
        String text = TextReport.render(TypicalReports.sequentialAndGather());
        assertTrue(text.contains("Run 2: gather()\n"), text);
        assertTrue(text.contains("  options: returnExceptions=false, cpu=loop, onExit=drain\n"), text);
        assertTrue(text.contains("  raised TaskFailed (B) at 100 ms; all tasks settled at 300 ms\n"), text);
        assertTrue(text.contains("  speed-up vs sequential: 4.00x (400 ms -> 100 ms)\n"), text);
        // The gather run is drawn on the sequential run's 400 ms axis: A sleeps 0-300, 45 of 60 columns.
        assertTrue(text.contains("  A           |" + "=".repeat(45) + "*" + " ".repeat(14) + "|"), text);
    }

    @Test
    void tableListsEveryTaskWithStateTimesAndCause() {
        String text = TextReport.render(TypicalReports.poolAndLateTimer());
        assertTrue(text.contains("  task  state      start  end  after return  cause  job\n"), text);
        assertTrue(text.contains("  B     cancelled      0   50  no            self   -\n"), text);
        assertTrue(text.contains("  A     succeeded      0   80  no            -      0-80\n"), text);
        List<String> lines = lines(text);
        assertEquals("  loop busy   |" + "#".repeat(23) + " ".repeat(37) + "|", row(lines, "  loop busy"));
        assertTrue(row(lines, "  worker 0").contains("JJJJ"));
        assertTrue(row(lines, "  D           |").contains("=======-"), row(lines, "  D           |"));
    }

    @Test
    void longListsOfTasksAreCappedWithACount() {
        String text = TextReport.render(TypicalReports.manyLongNames(100));
        assertTrue(text.contains("  ... 60 more tasks"), text);
        assertTrue(text.contains("  download-n..|"), text);
        assertTrue(text.contains("returned [download-number-0000-with-a-long-name-xyz,"), text);
        assertTrue(text.contains("... 92 more]"), text);
    }

    @Test
    void legendExplainsEveryGlyph() {
        String text = TextReport.render(TypicalReports.threeDownloads());
        for (String glyph : List.of("# computing", "= awaiting I/O", "- ready", ". waiting for a permit", "~ pool job queued",
                "J pool job running", "* succeeded", "! failed", "x cancelled", "^ the caller's await")) {
            assertTrue(text.contains(glyph), glyph);
        }
    }
}
