package org.gatherlab.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.report.RunRemarks;
import org.gatherlab.runs.Engine;
import org.junit.jupiter.api.Test;

/** The outcome card says where the JDK's answer is a race, and when both cancel requests reached the caller. */
class OutcomeRemarksTest {
    private static final Words ES = Words.of(Locale.forLanguageTag("es"));

    private static RunReport run(RunSpec spec, TaskSpec... tasks) {
        return Engine.runVirtual(Scenario.of("t", List.of(tasks), List.of(spec)), spec, TraceListener.NONE);
    }

    private static OutcomeSummary.Section section(OutcomeSummary s, String heading) {
        return s.sections().stream().filter(x -> x.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading + " in " + s.text()));
    }

    @Test void aRaceHasItsOwnSectionInBothLanguages() {
        RunReport r = run(RunSpec.of(Strategy.INVOKE_ANY).withThreads(JavaThreads.PLATFORM).withCores(1),
                TaskSpec.io("A", 100), TaskSpec.io("B", 100), TaskSpec.cpu("C", 100));
        var en = section(OutcomeSummary.of(r, null, Words.english()), "Races on the JDK: either order may happen");
        assertEquals(List.of(
                "• B got a pool thread at 100 ms, the instant the call cancelled it: the model starts it first (then interrupted); "
                        + "on the JDK the cancel may come first, and then it never runs (a race)",
                "• C was still queued at 100 ms when a pool thread became free: the model cancels it first (it never runs); "
                        + "on the JDK that thread may take it first, and then it starts and its CPU loop runs to its end (a race)"),
                en.lines().stream().map(OutcomeSummary.Line::display).toList());
        assertEquals("B", en.lines().getFirst().task(), "clicking the line highlights the task");
        assertEquals(RunRemarks.races(r).stream().map(RunRemarks.Race::words).map(w -> "• " + w).toList(),
                en.lines().stream().map(OutcomeSummary.Line::display).toList(), "the card says what the report says (one set of words)");
        var es = section(OutcomeSummary.of(r, null, ES), "Carreras en la JDK: puede pasar en cualquier orden");
        assertTrue(es.lines().getFirst().text().startsWith("B consiguió un hilo del pool a los 100 ms"), es.lines().getFirst().text());

        RunReport none = run(RunSpec.of(Strategy.INVOKE_ANY).withCores(1), TaskSpec.io("A", 100), TaskSpec.io("B", 100));
        assertTrue(OutcomeSummary.of(none, null, Words.english()).sections().stream().noneMatch(x -> x.heading().startsWith("Races")),
                "virtual threads: no race");
    }

    @Test void bothCancelRequestsOnTheCallerAreSaid() {
        RunReport r = run(RunSpec.of(Strategy.GATHER).withTimeoutMs(100.0).withCancelAtMs(150.0), TaskSpec.cpu("A", 300), TaskSpec.io("B", 500));
        List<String> lines = OutcomeSummary.of(r, null, Words.english()).text();
        assertTrue(lines.contains("  • The timeout (due at 100 ms) reached the caller too, with the caller's own cancel (due at 150 ms): "
                + "the tasks carry the first one's cause (timeout); the caller raises CancelledError, not TimeoutError, because the "
                + "timeout was not the only one to cancel it"), String.join("\n", lines));
        List<String> es = OutcomeSummary.of(r, null, ES).text();
        assertTrue(es.stream().anyMatch(l -> l.contains("El timeout (a los 100 ms) también alcanzó al llamador")), String.join("\n", es));
        RunReport one = run(RunSpec.of(Strategy.GATHER).withCancelAtMs(150.0), TaskSpec.cpu("A", 300), TaskSpec.io("B", 500));
        assertTrue(OutcomeSummary.of(one, null, Words.english()).text().stream().noneMatch(l -> l.contains("reached the caller too")));
    }
}
