package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runs.Engine;
import org.junit.jupiter.api.Test;

/** Fit runs: every run on screen where that stays readable, never smaller than presenter mode's smallest size. */
class FitRunsTest {
    /** The app's default comparison: three runs of five downloads, six rows each (the loop, A-E). */
    static List<TimelineRun> defaultComparison() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 200), TaskSpec.io("C", 400),
                TaskSpec.io("D", 100), TaskSpec.io("E", 250));
        List<RunSpec> specs = List.of(RunSpec.of(Strategy.SEQUENTIAL), RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.GATHER).withProcesses(4));
        Scenario s = Scenario.of("five downloads", tasks, specs);
        return specs.stream().map(r -> TimelineRun.of(Engine.runVirtual(s, r, TraceListener.NONE).trace())).toList();
    }

    private final List<TimelineRun> runs = defaultComparison();

    @Test void theRowsAreWhatTheLayoutStacks() {
        // Standard: 40 + 6 × 18 + 12 = 160 a panel; compact: 28 + 6 × 14 + 2 = 114. The ruler adds 24.
        assertEquals(480, TimelineLayout.contentHeight(runs, Rows.STANDARD));
        assertEquals(342, TimelineLayout.contentHeight(runs, Rows.COMPACT));
        Frame f = TimelineLayout.layout(runs, Double.POSITIVE_INFINITY, new Viewport(0, 1, 1000, 400, 0, 1, Rows.COMPACT));
        assertEquals(342, f.contentHeight());
        List<Primitive.LaneLabel> labels = f.all(Primitive.LaneLabel.class);
        assertEquals(18, labels.size(), "every lane of the three runs is laid out in 400 px");
        assertEquals(24 + 2 * 114 + 28 + 5 * 14, labels.getLast().y(), "run 3's E: two panels and a heading below the ruler");
    }

    @Test void theChosenSizeWhenEverythingFits() {
        assertEquals(new FitRuns.Fit(2, Rows.STANDARD), FitRuns.choose(2, 1008, runs), "(24 + 480) × 2");
        assertEquals(new FitRuns.Fit(1, Rows.STANDARD), FitRuns.choose(1, 600, runs));
    }

    @Test void compactRowsBeforeASmallerSize() {
        assertEquals(new FitRuns.Fit(2, Rows.COMPACT), FitRuns.choose(2, 732, runs), "(24 + 342) × 2 = 732");
        assertEquals(new FitRuns.Fit(1, Rows.COMPACT), FitRuns.choose(1, 366, runs));
    }

    /** Between compact and standard, the rows fill the height: 1920x1080 presenter's 832 px, 416 at 2×. */
    @Test void rowsBetweenFillTheHeight() {
        FitRuns.Fit fit = FitRuns.choose(2, 832, runs);
        assertEquals(2, fit.scale());
        assertEquals(Rows.between(0.36), fit.rows(), "(416 - 24 - 342) / (480 - 342) = 0.362, rounded down");
        double content = TimelineLayout.contentHeight(runs, fit.rows());
        assertTrue(content > TimelineLayout.contentHeight(runs, Rows.COMPACT) && (24 + content) * 2 <= 832, "fills, and fits: " + content);
        assertEquals(Rows.COMPACT, Rows.between(0));
        assertEquals(Rows.STANDARD, Rows.between(1));
    }

    /** 1280×800 in presenter mode leaves the timeline about 580 px: 3 runs at 1.58. */
    @Test void thenASmallerSizeDownToTheFloor() {
        FitRuns.Fit fit = FitRuns.choose(2, 580, runs);
        assertEquals(Rows.COMPACT, fit.rows());
        assertEquals(580 / 366.0, fit.scale(), 1e-9);
        assertTrue(fit.scale() >= FitRuns.FLOOR);
        assertEquals(new FitRuns.Fit(1.5, Rows.COMPACT), FitRuns.choose(2, 549, runs), "exactly at the floor");
    }

    @Test void neverBelowTheFloorNorBelowWhatWasChosen() {
        assertEquals(new FitRuns.Fit(1, Rows.COMPACT), FitRuns.choose(1, 300, runs), "normal mode is never shrunk");
        assertEquals(new FitRuns.Fit(1.5, Rows.COMPACT), FitRuns.choose(1.5, 100, runs), "not even one run at 1.5: the chosen size, scrolled");
        assertEquals(new FitRuns.Fit(2, Rows.COMPACT), FitRuns.choose(2, 200, runs), "one run needs (24 + 114) × 1.5 = 207");
    }

    /**
     * Three runs would need 1.37 in 500 px (below the floor): two runs whole instead, at the largest size that shows them
     * ((24 + 2 × 114) × 1.98 = 500), the third starting under them. 1280×720 presenter's 472 px: two at 1.87.
     */
    @Test void tooShortForAllThenTheMostRunsWhole() {
        assertEquals(new FitRuns.Fit(500 / 252.0, Rows.COMPACT), FitRuns.choose(2, 500, runs));
        FitRuns.Fit fit = FitRuns.choose(2, 472, runs);
        assertEquals(472 / 252.0, fit.scale(), 1e-9);
        assertEquals(2, FitRuns.wholeRuns(fit, 472, runs));
        assertEquals(new FitRuns.Fit(1.5, Rows.COMPACT), FitRuns.choose(1.5, 500, runs), "1.5 chosen: two runs at it");
        assertEquals(2, FitRuns.wholeRuns(FitRuns.choose(1.5, 500, runs), 500, runs));
        assertEquals(1, FitRuns.wholeRuns(FitRuns.choose(2, 300, runs), 300, runs), "(24 + 114) × 2 = 276: one run, at 2");
        assertEquals(new FitRuns.Fit(2, Rows.COMPACT), FitRuns.choose(2, 300, runs));
    }

    @Test void wholeRunsCountsWhatIsOnScreen() {
        assertEquals(3, FitRuns.wholeRuns(FitRuns.choose(2, 549, runs), 549, runs));
        assertEquals(3, FitRuns.wholeRuns(FitRuns.choose(2, 1008, runs), 1008, runs));
        // Three compact panels less the last one's gap: 24 + 342 - 2 = 364 at 1.
        assertEquals(3, FitRuns.wholeRuns(new FitRuns.Fit(1, Rows.COMPACT), 364, runs));
        assertEquals(2, FitRuns.wholeRuns(new FitRuns.Fit(1, Rows.COMPACT), 363, runs));
    }

    @Test void nothingToFit() {
        assertEquals(new FitRuns.Fit(2, Rows.STANDARD), FitRuns.choose(2, 100, List.of()));
    }
}
