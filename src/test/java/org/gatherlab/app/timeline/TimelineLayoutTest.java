package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.app.timeline.Primitive.Bar;
import org.gatherlab.app.timeline.Primitive.CallerLine;
import org.gatherlab.app.timeline.Primitive.EndGlyph;
import org.gatherlab.app.timeline.Primitive.GuideLine;
import org.gatherlab.app.timeline.Primitive.LaneKind;
import org.gatherlab.app.timeline.Primitive.LaneLabel;
import org.gatherlab.app.timeline.Primitive.PanelHeader;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.report.Lanes;
import org.gatherlab.report.LaneState;
import org.junit.jupiter.api.Test;

/** The layout is a pure function: exact primitives for small runs, bounded output for huge ones. */
class TimelineLayoutTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /**
     * The contract's report example ({@code src/site/markdown/scenario-contract.md#report-example}): A io 300, B io 100
     * failing, C io 200 under gather().
     */
    static TimelineRun threeDownloads(RunSpec run) {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));
        return TimelineRun.of(Engine.runVirtual(Scenario.of("three", tasks, List.of(run)), run, TraceListener.NONE).trace());
    }

    /** One ms per pixel from 0: the x of t ms is 128 + t. */
    static Viewport onePixelPerMs(double width, double height) {
        return new Viewport(0, 1, width, height, 0);
    }

    @Test void gatherPanelHasExactLanesGlyphsMarkerAndGuide() {
        TimelineRun run = threeDownloads(RunSpec.of(Strategy.GATHER));
        Frame f = TimelineLayout.layout(List.of(run), INF, onePixelPerMs(600, 400));

        // Panel 1 starts under the 24 px ruler: heading 24..64, loop lane 64, A 82, B 100, C 118.
        assertEquals(List.of(
                new LaneLabel(0, LaneKind.LOOP, -1, 64, 18, "event loop", false),
                new LaneLabel(0, LaneKind.TASK, 0, 82, 18, "A", false),
                new LaneLabel(0, LaneKind.TASK, 1, 100, 18, "B", false),
                new LaneLabel(0, LaneKind.TASK, 2, 118, 18, "C", false)), f.all(LaneLabel.class));
        assertEquals(List.of(
                new Bar(0, LaneKind.TASK, 0, 0, 128, 85, 300, 12, LaneState.SLEEPING, 1, null),
                new Bar(0, LaneKind.TASK, 1, 1, 128, 103, 100, 12, LaneState.SLEEPING, 1, null),
                new Bar(0, LaneKind.TASK, 2, 2, 128, 121, 200, 12, LaneState.SLEEPING, 1, null)), f.all(Bar.class));
        assertEquals(List.of(
                new EndGlyph(0, 0, 428, 91, TaskState.SUCCEEDED, null),
                new EndGlyph(0, 1, 228, 109, TaskState.FAILED, null),
                new EndGlyph(0, 2, 328, 127, TaskState.SUCCEEDED, null)), f.all(EndGlyph.class));
        // The await raised at 100 ms: a marker from the heading's second row to the last lane.
        assertEquals(List.of(new CallerLine(0, 228, 48, 136, Lanes.MarkKind.RAISED, 100, "await raised TaskFailed")),
                f.all(CallerLine.class));
        assertEquals(List.of(new GuideLine(0, 428, 48, 136, 300, "max d = 300 ms")), f.all(GuideLine.class));
        PanelHeader header = f.all(PanelHeader.class).getFirst();
        assertEquals("1  gather()", header.title());
        assertEquals("await raised TaskFailed (B) at 100 ms · all tasks settled at 300 ms", header.detail());
        assertEquals(List.of("await raised TaskFailed", "ideal max d = 300 ms"),
                header.annotations().stream().map(Primitive.Annotation::text).toList());
        assertEquals(List.of(new Primitive.IdleLine(0, 128, 428, 73)), f.all(Primitive.IdleLine.class));
    }

    @Test void nothingAfterThePlayheadIsShown() {
        TimelineRun run = threeDownloads(RunSpec.of(Strategy.GATHER));
        Frame f = TimelineLayout.layout(List.of(run), 150, onePixelPerMs(600, 400));

        assertEquals(List.of(150.0, 100.0, 150.0), f.all(Bar.class).stream().map(Bar::w).toList());
        assertEquals(List.of(TaskState.FAILED), f.all(EndGlyph.class).stream().map(EndGlyph::state).toList());
        assertEquals(1, f.all(CallerLine.class).size(), "the await raised at 100, before the playhead");
        assertEquals("await raised TaskFailed (B) at 100 ms", f.all(PanelHeader.class).getFirst().detail());
        assertEquals(List.of(new Primitive.Playhead(278, 0, 148, "150 ms", 252, 52)), f.all(Primitive.Playhead.class));

        Frame before = TimelineLayout.layout(List.of(run), 50, onePixelPerMs(600, 400));
        assertTrue(before.all(CallerLine.class).isEmpty());
        assertTrue(before.all(EndGlyph.class).isEmpty());
        assertEquals("awaiting…", before.all(PanelHeader.class).getFirst().detail());
        // Guides are ideals, not events: they are drawn whatever the playhead.
        assertEquals(1, before.all(GuideLine.class).size());
    }

    @Test void runsShareOneAxisAndStackTheirPanels() {
        TimelineRun seq = threeDownloads(RunSpec.of(Strategy.SEQUENTIAL));
        TimelineRun gather = threeDownloads(RunSpec.of(Strategy.GATHER));
        List<TimelineRun> runs = List.of(seq, gather);
        assertEquals(400, TimelineLayout.spanMs(runs), "sequential stops at B's failure at 300 + 100");
        Frame f = TimelineLayout.layout(runs, INF, onePixelPerMs(700, 600));

        assertEquals(List.of("1  sequential", "2  gather()"), f.all(PanelHeader.class).stream().map(PanelHeader::title).toList());
        // Panel 2 starts 124 px below panel 1 (40 heading + 4 lanes × 18 + 12).
        assertEquals(24 + 124, f.all(PanelHeader.class).get(1).y());
        // Sequential never started C: its lane says so.
        assertEquals(List.of(new Primitive.Note(0, 132, 127, "not started")), f.all(Primitive.Note.class));
        // Both runs raised, at 400 and 100 ms, on the same axis.
        assertEquals(List.of(528.0, 228.0), f.all(CallerLine.class).stream().map(CallerLine::x).toList());
        // Sequential's ideal, Σ d = 600 ms, lies beyond the 572 ms this view shows: no line, a pointer at the edge.
        assertTrue(f.all(GuideLine.class).stream().noneMatch(g -> g.run() == 0));
        assertTrue(f.all(PanelHeader.class).getFirst().annotations().stream().anyMatch(a -> a.text().equals("ideal Σ d = 600 ms →")));
    }

    @Test void subPixelSegmentsAreMerged() {
        // 200 CPU tasks of 0.1 ms on the loop, drawn at 1 ms per pixel: 200 computations in 20 px.
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) tasks.add(TaskSpec.cpu("t" + i, 0.1));
        RunSpec spec = RunSpec.of(Strategy.GATHER);
        TimelineRun run = TimelineRun.of(Engine.runVirtual(Scenario.of("tiny", tasks, List.of(spec)), spec, TraceListener.NONE).trace());
        assertEquals(200, run.lanes().loopBusy().size());
        Frame f = TimelineLayout.layout(List.of(run), INF, new Viewport(0, 1, 400, 300, 0));

        List<Bar> loop = f.all(Bar.class).stream().filter(b -> b.kind() == LaneKind.LOOP).toList();
        assertEquals(1, loop.size(), "one bar for the whole busy stretch");
        assertEquals(200, loop.getFirst().merged());
        assertEquals(20, loop.getFirst().w(), 1e-6);
        assertEquals(LaneState.COMPUTING, loop.getFirst().state());
        // Task t10 is ready 1 ms, then computes 0.1 ms: the sliver folds into its neighbour.
        Bar t10 = f.all(Bar.class).stream().filter(b -> b.kind() == LaneKind.TASK && b.index() == 10).findFirst().orElseThrow();
        assertEquals(LaneState.READY, t10.state());
        assertEquals(2, t10.merged());
        assertEquals(1.1, t10.w(), 1e-6);
        // At twenty times the zoom each computation is two pixels wide and drawn on its own.
        Frame zoomed = TimelineLayout.layout(List.of(run), INF, new Viewport(0, 0.05, 600, 300, 0));
        List<Bar> apart = zoomed.all(Bar.class).stream().filter(b -> b.kind() == LaneKind.LOOP).toList();
        assertEquals(200, apart.size());
        assertTrue(apart.stream().allMatch(b -> b.merged() == 1));
    }

    @Test void aLaneNeverYieldsMoreBarsThanPixels() {
        // Sequential over 3,000 alternating CPU and I/O slivers: the loop is busy, idle, busy, ... 1,500 times.
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < 3000; i++) tasks.add(i % 2 == 0 ? TaskSpec.cpu("t" + i, 0.05) : TaskSpec.io("t" + i, 0.05));
        RunSpec spec = RunSpec.of(Strategy.SEQUENTIAL);
        TimelineRun run = TimelineRun.of(Engine.runVirtual(Scenario.of("slivers", tasks, List.of(spec)), spec, TraceListener.NONE).trace());
        assertEquals(1500, run.lanes().loopBusy().size());
        for (double width : new double[] {300, 1000, 3000, 20000}) {
            Viewport vp = Viewport.fit(TimelineLayout.spanMs(List.of(run)), width, 400);
            Frame f = TimelineLayout.layout(List.of(run), INF, vp);
            long loopBars = f.all(Bar.class).stream().filter(b -> b.kind() == LaneKind.LOOP).count();
            assertTrue(loopBars <= vp.plotWidth(), loopBars + " bars in " + vp.plotWidth() + " px");
            for (Bar b : f.all(Bar.class)) assertTrue(b.w() >= 1, "every bar is at least a pixel wide: " + b);
        }
    }

    @Test void onlyVisibleLanesAreLaidOutForTenThousandTasks() {
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) tasks.add(TaskSpec.io("task" + i, 10 + i % 90));
        RunSpec spec = RunSpec.of(Strategy.GATHER);
        TimelineRun run = TimelineRun.of(Engine.runVirtual(Scenario.of("big", tasks, List.of(spec)), spec, TraceListener.NONE).trace());
        List<TimelineRun> runs = List.of(run, run);
        Viewport vp = Viewport.fit(TimelineLayout.spanMs(runs), 1000, 800);

        Frame top = TimelineLayout.layout(runs, INF, vp);
        List<LaneLabel> labels = top.all(LaneLabel.class);
        assertEquals(41, labels.size(), "(800 - 24 - 40) / 18 rows, plus the one cut at the bottom");
        assertEquals("task0", labels.get(1).text());
        assertTrue(top.items().size() < 300, "primitives: " + top.items().size());
        assertEquals(2 * (40 + 18 * 10_001 + 12), top.contentHeight());

        // Scrolled to the middle of the first run: its heading sticks under the ruler; task 5000 is on screen.
        Frame middle = TimelineLayout.layout(runs, INF, vp.withScrollY(40 + 18 * 5001));
        PanelHeader pinned = middle.all(PanelHeader.class).getFirst();
        assertTrue(pinned.pinned());
        assertEquals(24, pinned.y());
        assertEquals("task5000", middle.all(LaneLabel.class).getFirst().text());
        assertTrue(middle.all(LaneLabel.class).size() <= 45);
    }

    @Test void workerLanesShowWhichTaskEachJobRuns() {
        RunSpec spec = RunSpec.of(Strategy.GATHER).withProcesses(2);
        List<TaskSpec> tasks = List.of(TaskSpec.cpu("A", 100), TaskSpec.cpu("B", 100), TaskSpec.cpu("C", 100));
        TimelineRun run = TimelineRun.of(Engine.runVirtual(Scenario.of("pool", tasks, List.of(spec)), spec, TraceListener.NONE).trace());
        assertEquals(CpuMode.PROCESSES, run.trace().run().cpu());
        Frame f = TimelineLayout.layout(List.of(run), INF, onePixelPerMs(500, 400));
        List<Bar> jobs = f.all(Bar.class).stream().filter(b -> b.kind() == LaneKind.WORKER).toList();
        assertEquals(List.of("A", "C", "B"), jobs.stream().map(Bar::text).toList());
        assertEquals(List.of(0, 0, 1), jobs.stream().map(Bar::index).toList());
        // ceil(3 / 2) × 100 = 200 ms: the pool's ideal, and exactly when the run ends.
        assertEquals(List.of("max d = 100 ms", "ceil(3/2) × 100 = 200 ms"), f.all(GuideLine.class).stream().map(GuideLine::label).toList());
    }

    @Test void cancelledTasksCarryTheirCauseBesideTheGlyph() {
        RunSpec spec = RunSpec.of(Strategy.GATHER).withOnExit(OnExit.CANCEL);
        TimelineRun run = threeDownloads(spec);
        Frame f = TimelineLayout.layout(List.of(run), INF, onePixelPerMs(600, 400));
        List<EndGlyph> glyphs = f.all(EndGlyph.class);
        assertEquals(List.of(TaskState.CANCELLED, TaskState.FAILED, TaskState.CANCELLED), glyphs.stream().map(EndGlyph::state).toList());
        assertEquals("teardown", glyphs.getFirst().label());
        assertNotNull(f.all(CallerLine.class).stream().filter(c -> c.kind() == Lanes.MarkKind.TEARDOWN).findFirst().orElse(null));
    }

    @Test void lateTimersAreMarkedWithHowLate() {
        // gather(io 100, cpu 300): B's timer, due at 100, fires when the loop is free again, at 300.
        RunSpec spec = RunSpec.of(Strategy.GATHER);
        List<TaskSpec> tasks = List.of(TaskSpec.io("B", 100), TaskSpec.cpu("A", 300));
        TimelineRun run = TimelineRun.of(Engine.runVirtual(Scenario.of("late", tasks, List.of(spec)), spec, TraceListener.NONE).trace());
        Frame f = TimelineLayout.layout(List.of(run), INF, onePixelPerMs(700, 400));
        assertEquals(List.of(new Primitive.LateMark(0, 428, 64, 200, 1, "+200 ms late")), f.all(Primitive.LateMark.class));
        assertEquals(List.of(new Bar(0, LaneKind.LOOP, -1, 1, 128, 67, 300, 12, LaneState.COMPUTING, 1, null)),
                f.all(Bar.class).stream().filter(b -> b.kind() == LaneKind.LOOP).toList());
    }

    @Test void hitTestingFindsTheLaneUnderThePointer() {
        TimelineRun run = threeDownloads(RunSpec.of(Strategy.GATHER));
        Frame f = TimelineLayout.layout(List.of(run), INF, onePixelPerMs(600, 400));
        assertEquals(new Frame.Hit(0, LaneKind.TASK, 1), f.hit(300, 105));
        assertEquals(new Frame.Hit(0, LaneKind.LOOP, -1), f.hit(10, 70));
        assertNull(f.hit(300, 30), "the heading is not a lane");
        assertNull(f.hit(300, 10), "nor is the ruler");
    }

    @Test void axisTicksAreRoundNumbersAtLeastAHundredPixelsApart() {
        List<Primitive.Tick> ticks = TimeAxis.ticks(new Viewport(0, 1, 528, 300, 0));
        // The last tick sits on the right edge: its label would not fit, so it has none.
        assertEquals(java.util.Arrays.asList("0 ms", "100 ms", "200 ms", "300 ms", null), ticks.stream().map(Primitive.Tick::label).toList());
        assertEquals(List.of(128.0, 228.0, 328.0, 428.0, 528.0), ticks.stream().map(Primitive.Tick::x).toList());
        List<Primitive.Tick> seconds = TimeAxis.ticks(new Viewport(0, 20, 528, 300, 0));
        assertEquals(java.util.Arrays.asList("0 s", "2 s", "4 s", "6 s", null), seconds.stream().map(Primitive.Tick::label).toList());
    }

    @Test void atScaleTwoALaneIsTwiceAsTallOnScreen() {
        List<TimelineRun> runs = List.of(threeDownloads(RunSpec.of(Strategy.GATHER)));
        ViewportModel model = new ViewportModel();
        model.resize(800, 400);
        Viewport one = model.resolve(TimelineLayout.spanMs(runs), TimelineLayout.contentHeight(runs));
        model.setScale(2);
        Viewport two = model.resolve(TimelineLayout.spanMs(runs), TimelineLayout.contentHeight(runs));
        assertEquals(1, one.scale());
        assertEquals(2, two.scale());
        assertEquals(400, two.width(), "the same 800 device pixels hold half the layout pixels");
        LaneLabel lane1 = TimelineLayout.layout(runs, INF, one).all(LaneLabel.class).getFirst();
        LaneLabel lane2 = TimelineLayout.layout(runs, INF, two).all(LaneLabel.class).getFirst();
        assertEquals(2 * one.device(lane1.h()), two.device(lane2.h()), "a lane is twice as tall in device pixels");
        assertEquals(2 * one.device(lane1.y()), two.device(lane2.y()), "and starts twice as far down");
        assertEquals(2 * one.device(TimelineLayout.GUTTER), two.device(TimelineLayout.GUTTER), "the label column is twice as wide");
        // The same picture at another scale (a 2× export) is the same layout.
        assertEquals(TimelineLayout.layout(runs, INF, one).items(), TimelineLayout.layout(runs, INF, one.withScale(2)).items());
        model.setScale(1);
        assertEquals(one, model.resolve(TimelineLayout.spanMs(runs), TimelineLayout.contentHeight(runs)), "back to scale 1, back to the same viewport");
    }
}
