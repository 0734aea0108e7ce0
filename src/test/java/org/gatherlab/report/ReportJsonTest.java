package org.gatherlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskState;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Copied from the contract: {@code src/site/markdown/scenario-contract.md#report-example}. */
    static final String CONTRACT_EXAMPLE = """
            {
              "format": "gatherlab/report@1",
              "scenario": "Three downloads",
              "clock": "virtual",
              "runs": [
                {
                  "label": "gather()",
                  "strategy": "gather",
                  "options": {"returnExceptions": false, "cpu": "loop", "onExit": "drain"},
                  "returnedAtMs": 100,
                  "settledAtMs": 300,
                  "outcome": {"kind": "raised", "exception": "TaskFailed", "tasks": ["B"]},
                  "completionOrder": ["B", "C", "A"],
                  "tasks": [
                    {"name": "A", "state": "succeeded", "startMs": 0, "endMs": 300, "afterReturn": true,  "cancelCause": null},
                    {"name": "B", "state": "failed",    "startMs": 0, "endMs": 100, "afterReturn": false, "cancelCause": null},
                    {"name": "C", "state": "succeeded", "startMs": 0, "endMs": 200, "afterReturn": true,  "cancelCause": null}
                  ],
                  "events": []
                }
              ]
            }
            """;

    @Test
    void contractExampleIsReproducedToTheCharacterExceptColumnAlignment() {
        String json = ReportJson.render(TypicalReports.contractExample());
        // The contract pads task rows into columns; that padding is the only difference allowed.
        assertEquals(CONTRACT_EXAMPLE.replaceAll("([,:]) {2,}", "$1 "), json);
    }

    @Test
    void contractExampleHasTheContractsFieldsInTheContractsOrder() throws Exception {
        JsonNode expected = MAPPER.readTree(CONTRACT_EXAMPLE), actual = MAPPER.readTree(ReportJson.render(TypicalReports.contractExample()));
        assertEquals(expected, actual);
        // Tree equality ignores field order; the compact text does not.
        assertEquals(MAPPER.writeValueAsString(expected), MAPPER.writeValueAsString(actual));
    }

    @Test
    void eventsCarryTimeKindTaskNameOrCallerAndTheirOwnFields() throws Exception {
        JsonNode events = MAPPER.readTree(ReportJson.render(TypicalReports.threeDownloads())).at("/runs/0/events");
        assertEquals(16, events.size());
        assertEquals("{\"atMs\":0,\"kind\":\"sleeping\",\"task\":\"A\",\"dueMs\":300}", MAPPER.writeValueAsString(events.get(4)));
        assertEquals("{\"atMs\":100,\"kind\":\"caller-raised\",\"task\":\"caller\",\"exception\":\"TaskFailed\"}",
                MAPPER.writeValueAsString(events.get(11)));
        JsonNode pool = MAPPER.readTree(ReportJson.render(TypicalReports.poolAndLateTimer())).at("/runs/0/events");
        assertEquals("{\"atMs\":0,\"kind\":\"job-started\",\"task\":\"A\",\"worker\":0}", MAPPER.writeValueAsString(pool.get(6)));
        assertEquals("{\"atMs\":0,\"kind\":\"compute-began\",\"task\":\"C\",\"plannedMs\":30}", MAPPER.writeValueAsString(pool.get(12)));
        assertEquals("{\"atMs\":30,\"kind\":\"timer-late\",\"task\":\"D\",\"dueMs\":10}", MAPPER.writeValueAsString(pool.get(15)));
        assertEquals("{\"atMs\":50,\"kind\":\"cancel-requested\",\"task\":\"B\",\"cause\":\"self\"}", MAPPER.writeValueAsString(pool.get(18)));
    }

    @Test
    void eachEventIsOneLine() {
        String json = ReportJson.render(TypicalReports.threeDownloads());
        assertTrue(json.contains("\n        {\"atMs\": 0, \"kind\": \"created\", \"task\": \"A\"},\n"), json);
    }

    @Test
    void optionalTaskTimesAppearOnlyWhenSetAndWaitGivesDoneAndPending() throws Exception {
        JsonNode run = MAPPER.readTree(ReportJson.render(TypicalReports.poolAndLateTimer())).at("/runs/0");
        JsonNode a = run.at("/tasks/0"), b = run.at("/tasks/1");
        assertEquals(0, a.get("jobStartMs").asInt());
        assertEquals(80, a.get("jobEndMs").asInt());
        assertFalse(a.has("permitMs"));
        assertFalse(b.has("jobStartMs"));
        assertEquals("self", b.get("cancelCause").asText());
        assertEquals("{\"kind\":\"returned\",\"done\":[\"A\",\"B\",\"C\",\"D\"],\"pending\":[]}", MAPPER.writeValueAsString(run.get("outcome")));
        assertEquals("{\"returnWhen\":\"ALL_COMPLETED\",\"cpu\":\"processes\",\"workers\":1,\"onExit\":\"drain\"}",
                MAPPER.writeValueAsString(run.get("options")));
    }

    @Test
    void wholeNumbersHaveNoFractionAndMeasuredTimesKeepTheirs() throws Exception {
        RunReport measured = new RunReport("gather()", TypicalReports.gatherRun(List.of()).run(), TypicalReports.gatherOptions(),
                100.25, 300.0, new Outcome.Returned(List.of(Outcome.Result.value("A"), Outcome.Result.error("B", "TaskFailed"))),
                List.of("A"), List.of(new TaskReport("A", TaskState.SUCCEEDED, 0.125, 300.0, true, null, 12.5, null, null)), null);
        String json = ReportJson.render(new ScenarioReport("real", ClockKind.REAL, List.of(measured)));
        assertTrue(json.contains("\"returnedAtMs\": 100.25,"), json);
        assertTrue(json.contains("\"settledAtMs\": 300,"), json);
        assertTrue(json.contains("\"startMs\": 0.125, \"endMs\": 300,"), json);
        assertTrue(json.contains("\"permitMs\": 12.5}"), json);
        JsonNode outcome = MAPPER.readTree(json).at("/runs/0/outcome");
        assertEquals("{\"kind\":\"returned\",\"results\":[{\"task\":\"A\",\"value\":\"A\"},{\"task\":\"B\",\"error\":\"TaskFailed\"}]}",
                MAPPER.writeValueAsString(outcome));
    }

    @Test
    void severalReportsMakeAnArrayAndNamesAreEscaped() throws Exception {
        ScenarioReport odd = new ScenarioReport("quote \" backslash \\ tab \t é", ClockKind.VIRTUAL, List.of());
        JsonNode all = MAPPER.readTree(ReportJson.render(List.of(TypicalReports.contractExample(), odd)));
        assertTrue(all.isArray());
        assertEquals("quote \" backslash \\ tab \t é", all.get(1).get("scenario").asText());
    }
}
