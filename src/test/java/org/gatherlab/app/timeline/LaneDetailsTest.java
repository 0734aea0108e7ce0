package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runs.Engine;
import org.junit.jupiter.api.Test;

/** A hovered lane's tooltip: its events (kind, time, cause) up to the playhead. */
class LaneDetailsTest {
    @Test void aTaskListsItsEventsWithCauses() {
        TimelineRun run = TimelineLayoutTest.threeDownloads(RunSpec.of(Strategy.GATHER).withOnExit(OnExit.CANCEL));
        String text = LaneDetails.describe(run, new Frame.Hit(0, Primitive.LaneKind.TASK, 0), Double.POSITIVE_INFINITY, Words.english());
        assertEquals(List.of(
                "A · io 300 ms · gather() · asyncio.run teardown",
                "cancelled (teardown) at 100 ms",
                "0 ms  created",
                "0 ms  step",
                "0 ms  sleeping (timer due at 300 ms)",
                "100 ms  cancel-requested (teardown)",
                "100 ms  step",
                "100 ms  cancelled (teardown)"), text.lines().toList());
    }

    /** GS17's C: the scope's interrupt reached it asleep; its story in the reader's language, its Java events listed. */
    @Test void aJavaTaskTellsItsStoryInTheReadersLanguage() {
        RunSpec spec = RunSpec.of(Strategy.STRUCTURED);
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300));
        TimelineRun run = TimelineRun.of(Engine.runVirtual(Scenario.of("gs17", tasks, List.of(spec)), spec, TraceListener.NONE).trace());
        Frame.Hit c = new Frame.Hit(0, Primitive.LaneKind.TASK, 2);
        List<String> es = LaneDetails.describe(run, c, Double.POSITIVE_INFINITY, Words.of(Words.SPANISH)).lines().toList();
        assertEquals("interrumpida al cancelarse el scope a los 100 ms mientras dormía: Thread.sleep lanzó InterruptedException"
                + " a los 100 ms; subtask.state() UNAVAILABLE: un scope no tiene estado CANCELLED", es.get(2));
        List<String> en = LaneDetails.describe(run, c, Double.POSITIVE_INFINITY, Words.english()).lines().toList();
        assertEquals("interrupted when the scope was cancelled at 100 ms while sleeping: Thread.sleep threw InterruptedException"
                + " at 100 ms; subtask.state() UNAVAILABLE: a scope has no CANCELLED state", en.get(2));
        assertEquals(true, en.contains("100 ms  interrupted"), String.join("\n", en));
        assertEquals(false, LaneDetails.describe(run, c, 50, Words.english()).contains("Thread.sleep"), "before its end, no story yet");
    }

    @Test void onlyEventsUpToThePlayheadAreListed() {
        TimelineRun run = TimelineLayoutTest.threeDownloads(RunSpec.of(Strategy.GATHER));
        String text = LaneDetails.describe(run, new Frame.Hit(0, Primitive.LaneKind.TASK, 1), 50, Words.english());
        assertEquals(List.of("B · io 100 ms · gather()", "0 ms  created", "0 ms  step", "0 ms  sleeping (timer due at 100 ms)"),
                text.lines().toList());
    }

    @Test void theLoopSaysHowBusyItWas() {
        TimelineRun run = TimelineLayoutTest.threeDownloads(RunSpec.of(Strategy.GATHER));
        assertEquals(List.of("event loop · gather()", "busy computing 0 ms of 300 ms (0%); nothing else runs meanwhile",
                "no timer fired late (by at least 1 ms)"),
                LaneDetails.describe(run, new Frame.Hit(0, Primitive.LaneKind.LOOP, -1), Double.POSITIVE_INFINITY, Words.english()).lines().toList());
    }

    @Test void aJavaRunsComputingLaneIsItsCarriersOrPoolThreadsAndCountsOverlapOnce() {
        // Two CPU loops of 100 ms on 2 carriers at once: the lane is busy 100 ms of 100, not 200.
        var scenario = org.gatherlab.engine.Scenario.of("two loops", List.of(org.gatherlab.engine.TaskSpec.cpu("A", 100),
                org.gatherlab.engine.TaskSpec.cpu("B", 100)), List.of());
        RunSpec carriers = RunSpec.of(Strategy.INVOKE_ALL).withCores(2);
        TimelineRun run = TimelineRun.of(org.gatherlab.runs.Engine.runVirtual(scenario, carriers, org.gatherlab.engine.TraceListener.NONE).trace());
        var hit = new Frame.Hit(0, Primitive.LaneKind.LOOP, -1);
        assertEquals(List.of("carriers · " + org.gatherlab.engine.Reports.label(carriers), "at least one CPU loop computing 100 ms of 100 ms (100%); the other threads run on meanwhile"),
                LaneDetails.describe(run, hit, Double.POSITIVE_INFINITY, Words.english()).lines().limit(2).toList());
        RunSpec pool = carriers.withThreads(org.gatherlab.engine.JavaThreads.PLATFORM);
        TimelineRun poolRun = TimelineRun.of(org.gatherlab.runs.Engine.runVirtual(scenario, pool, org.gatherlab.engine.TraceListener.NONE).trace());
        assertEquals("hilos del pool · " + org.gatherlab.engine.Reports.label(pool), LaneDetails.describe(poolRun, hit, Double.POSITIVE_INFINITY,
                Words.of(java.util.Locale.forLanguageTag("es"))).lines().findFirst().orElseThrow());
    }
}
