package org.gatherlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The picture a class sees while it predicts: the tasks and runs, and nothing of what happens. */
class ScenarioPlanSvgTest {
    private final Scenario scenario = new Scenario("<plan & test>", "", 1, List.of(
            new TaskSpec("A", TaskKind.IO, 300, 0, null, null),
            new TaskSpec("B<&>", TaskKind.IO, 100, 1, 50.0, null),
            new TaskSpec("C", TaskKind.CPU, 200, 0.25, null, 120.0)),
            List.of(RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.TASKGROUP)));

    @Test
    void itShowsEveryTaskAndRunAndMarksThePredictedOne() throws Exception {
        String svg = ScenarioPlanSvg.render(scenario, 1, ScenarioPlanSvg.Words.ENGLISH);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Run 1: gather()"), text);
        assertTrue(text.contains("Run 2: TaskGroup"), text);
        assertTrue(text.contains("B<&>"), "names are escaped, so they survive as text");
        assertTrue(text.contains("io, 100 ms, fails after 50 ms"));
        assertTrue(text.contains("cpu, 200 ms, fails with chance 25 %, task.cancel() at 120 ms"));
        assertEquals(1, svg.split("the class predicts this run", -1).length - 1);
        assertTrue(svg.indexOf("the class predicts this run") > svg.indexOf("Run 2: "), "the mark stands by run 2's header");
    }

    @Test
    void itGivesNothingAwayAboutTheOutcome() {
        String svg = ScenarioPlanSvg.render(scenario, 0, ScenarioPlanSvg.Words.ENGLISH);
        for (String word : List.of("raised", "returned", "settled", "cancelled", "succeeded", "<rect x=\"1", "<path")) {
            assertFalse(svg.contains(word), word);
        }
    }
}
