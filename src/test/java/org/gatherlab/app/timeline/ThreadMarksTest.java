package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gatherlab.app.timeline.Primitive.HeldLine;
import org.gatherlab.app.timeline.Primitive.InterruptMark;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runs.Engine;
import org.junit.jupiter.api.Test;

/** A Java run's thread marks on the timeline: exact primitives, clipped to the playhead and the viewport. */
class ThreadMarksTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** GS17: A io 100 failing, B cpu 400, C io 300 under structured (open joiner, 4 carriers). */
    private static TimelineRun gs17() {
        RunSpec run = RunSpec.of(Strategy.STRUCTURED);
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300));
        return TimelineRun.of(Engine.runVirtual(Scenario.of("gs17", tasks, List.of(run)), run, TraceListener.NONE).trace());
    }

    @Test void theCarrierRunsAlongTheLanesFootAndEachInterruptIsMarkedDeliveredOrIgnored() {
        // One ms per pixel from 0 (x = 128 + t); lanes: loop 64, A 82, B 100, C 118, each 18 px.
        Frame f = TimelineLayout.layout(List.of(gs17()), INF, new Viewport(0, 1, 700, 400, 0));
        assertEquals(List.of(new HeldLine(0, 1, 128, 528, 117, 0)), f.all(HeldLine.class), "B holds carrier 0 from 0 to 400");
        assertEquals(List.of(new InterruptMark(0, 1, 228, 100, false), new InterruptMark(0, 2, 228, 118, true)),
                f.all(InterruptMark.class), "at 100 ms: ignored by B's CPU loop, delivered to C's sleep");
    }

    /**
     * Looked at in the app: at the instant a scope cancels, a lane has its interrupt, the cancel tick (4 px either side)
     * and, for a task that ends there, its end glyph (7 px either side). The bolt (3.5 px either side of its centre) is
     * painted clear of both, so a delivered bolt is not hidden under the glyph.
     */
    @Test void theBoltClearsTheEndGlyphAndTheCancelTickOfItsInstant() {
        Frame f = TimelineLayout.layout(List.of(gs17()), INF, new Viewport(0, 1, 700, 400, 0));
        InterruptMark delivered = f.all(InterruptMark.class).get(1);
        double bolt = delivered.x() - TimelinePainter.INTERRUPT_LEFT;
        Primitive.EndGlyph end = f.all(Primitive.EndGlyph.class).stream().filter(e -> e.task() == delivered.task()).findFirst().orElseThrow();
        assertEquals(delivered.x(), end.x(), "C ends at its interrupt");
        assertTrue(end.x() - 7 >= bolt + 3.5, "the bolt " + bolt + " clears the glyph at " + end.x());
        for (Primitive.CancelTick t : f.all(Primitive.CancelTick.class)) assertTrue(t.x() - 4 >= bolt + 3.5, "and the cancel tick at " + t.x());
    }

    @Test void nothingAfterThePlayheadIsShown() {
        Frame f = TimelineLayout.layout(List.of(gs17()), 50, new Viewport(0, 1, 700, 400, 0));
        assertEquals(List.of(new HeldLine(0, 1, 128, 178, 117, 0)), f.all(HeldLine.class));
        assertEquals(List.of(), f.all(InterruptMark.class));
    }

    @Test void aPythonRunHasNone() {
        Frame f = TimelineLayout.layout(List.of(TimelineLayoutTest.threeDownloads(RunSpec.of(Strategy.GATHER))), INF,
                new Viewport(0, 1, 700, 400, 0));
        assertEquals(List.of(), f.all(HeldLine.class));
        assertEquals(List.of(), f.all(InterruptMark.class));
    }
}
