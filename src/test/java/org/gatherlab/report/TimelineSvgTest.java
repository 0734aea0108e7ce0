package org.gatherlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.Trace;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TimelineSvgTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The lane labels: right-aligned texts left of the plot, each with a title. */
    static List<String> laneLabels(Document doc) {
        List<String> labels = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if ("end".equals(t.getAttribute("text-anchor")) && t.getElementsByTagNameNS("*", "title").getLength() == 1) {
                labels.add(t.getElementsByTagNameNS("*", "title").item(0).getTextContent());
            }
        }
        return labels;
    }

    @Test
    void isWellFormedSvgWithALanePerTaskPlusLoopAndWorkers() throws Exception {
        Document doc = parse(TimelineSvg.render(TypicalReports.poolAndLateTimer()));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<String> labels = laneLabels(doc);
        assertTrue(labels.containsAll(List.of("A", "B", "C", "D")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("event loop")), labels.toString());
        assertTrue(labels.contains("pool worker 0"), labels.toString());
    }

    @Test
    void everyRunGetsAPanelOnOneAxisAndTheCallerMarker() throws Exception {
        String svg = TimelineSvg.render(TypicalReports.sequentialAndGather());
        Document doc = parse(svg);
        assertEquals(2 * 3, laneLabels(doc).stream().filter(l -> l.length() == 1).count());
        assertTrue(svg.contains(">Run 1: sequential</text>"));
        assertTrue(svg.contains(">Run 2: gather()</text>"));
        assertTrue(svg.contains(">await raised TaskFailed at 100 ms</text>"), svg);
        assertTrue(svg.contains(">400</text>"), "the shared axis reaches the longest run");
    }

    @Test
    void everyStateHasAHatchedPatternAndTheLegendShowsIt() throws Exception {
        Document doc = parse(TimelineSvg.render(TypicalReports.threeDownloads()));
        NodeList patterns = doc.getElementsByTagNameNS("*", "pattern");
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < patterns.getLength(); i++) {
            Element p = (Element) patterns.item(i);
            ids.add(p.getAttribute("id"));
            assertTrue(p.getChildNodes().getLength() >= 2, "a pattern is more than a flat colour: " + p.getAttribute("id"));
        }
        Set<String> expected = java.util.Arrays.stream(LaneState.values()).map(SvgStyle::patternId).collect(Collectors.toSet());
        assertEquals(expected, ids);
        String legend = doc.getDocumentElement().getTextContent();
        for (LaneState s : LaneState.values()) assertTrue(legend.contains(s.description()), s.toString());
    }

    @Test
    void namesAreEscapedAndManyTasksAreCapped() throws Exception {
        String odd = "<b>&\"'\u0001";
        ScenarioReport many = TypicalReports.manyLongNames(100);
        RunReport run = many.runs().getFirst();
        List<TaskSpec> tasks = new ArrayList<>(run.trace().tasks());
        tasks.set(0, tasks.get(0).withName(odd));
        Trace trace = new Trace(tasks, run.run(), ClockKind.VIRTUAL, run.trace().events(), run.outcome());
        List<TaskReport> reports = new ArrayList<>(run.tasks());
        RunReport renamed = new RunReport(run.label(), run.run(), run.options(), run.returnedAtMs(), run.settledAtMs(),
                run.outcome(), run.completionOrder(), reports, trace);
        String svg = TimelineSvg.render(new ScenarioReport(odd, ClockKind.VIRTUAL, List.of(renamed)));
        Document doc = parse(svg);
        List<String> labels = laneLabels(doc);
        // A control character shows as its escape (XML cannot hold it, and it is part of the name).
        assertTrue(labels.contains("<b>&\"'\\u0001"), labels.subList(0, 3).toString());
        assertEquals(TimelineSvg.MAX_TASK_LANES, labels.stream().filter(l -> l.startsWith("download") || l.startsWith("<b>")).count());
        assertTrue(svg.contains("... 40 more tasks not drawn"));
        assertTrue(svg.length() < 400_000, "readable, not huge: " + svg.length());
    }
}
