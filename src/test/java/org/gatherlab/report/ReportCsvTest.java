package org.gatherlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskState;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void oneRowPerTaskPerRunUnderTheHeader() {
        String csv = ReportCsv.render(TypicalReports.contractExample());
        assertEquals("""
                scenario,run,label,strategy,task,state,startMs,endMs,afterReturn,cancelCause,permitMs,jobStartMs,jobEndMs,returnedAtMs,settledAtMs,outcome\r
                Three downloads,1,gather(),gather,A,succeeded,0,300,true,,,,,100,300,raised TaskFailed (B)\r
                Three downloads,1,gather(),gather,B,failed,0,100,false,,,,,100,300,raised TaskFailed (B)\r
                Three downloads,1,gather(),gather,C,succeeded,0,200,true,,,,,100,300,raised TaskFailed (B)\r
                """, csv);
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("plain", ReportCsv.field("plain"));
        assertEquals("\"a,b\"", ReportCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ReportCsv.field("say \"hi\""));
        assertEquals("two\\nlines", ReportCsv.field("two\nlines"));
        assertEquals("cr\\rhere", ReportCsv.field("cr\rhere"));
        assertEquals("", ReportCsv.field(""));
    }

    @Test
    void aTaskNamedWithACommaStaysInItsColumn() {
        RunReport base = TypicalReports.gatherRun(List.of());
        RunReport run = new RunReport("gather(\"x\")", base.run(), base.options(), 100, 300, base.outcome(), List.of(),
                List.of(new TaskReport("a, \"b\"", TaskState.NOT_STARTED, null, null, false, null, null, null, null)), null);
        String row = ReportCsv.render(new ScenarioReport("s,1", ClockKind.VIRTUAL, List.of(run))).split("\r\n")[1];
        assertEquals("\"s,1\",1,\"gather(\"\"x\"\")\",gather,\"a, \"\"b\"\"\",not-started,,,false,,,,,100,300,raised TaskFailed (B)", row);
    }

    @Test
    void severalScenariosShareOneHeader() {
        String csv = ReportCsv.render(List.of(TypicalReports.contractExample(), TypicalReports.poolAndLateTimer()));
        String[] rows = csv.split("\r\n");
        assertEquals(1 + 3 + 4, rows.length);
        assertEquals("Pool & late timer,1,wait() · 1 processes,wait,A,succeeded,0,80,false,,,0,80,80,80,returned done=[A, B, C, D] pending=[]",
                rows[4].replace("\"", ""));
    }
}
