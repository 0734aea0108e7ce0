package org.gatherlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gatherlab.engine.TaskState;
import org.junit.jupiter.api.Test;

class LanesTest {

    @Test
    void ioTasksSleepFromTheirFirstStepToTheirEnd() {
        Lanes lanes = Lanes.of(TypicalReports.threeDownloads().runs().getFirst().trace());
        assertEquals(300, lanes.endMs());
        Lanes.Lane a = lanes.lanes().get(0), b = lanes.lanes().get(1);
        assertEquals(List.of(new Lanes.Segment(0, 300, LaneState.SLEEPING)), a.segments());
        assertEquals(TaskState.SUCCEEDED, a.end());
        assertEquals(List.of(new Lanes.Segment(0, 100, LaneState.SLEEPING)), b.segments());
        assertEquals(TaskState.FAILED, b.end());
        assertEquals(100.0, b.endMs());
        assertEquals(List.of(new Lanes.Mark(100, Lanes.MarkKind.RAISED, "TaskFailed")), lanes.caller());
        assertEquals(List.of(), lanes.loopBusy());
    }

    @Test
    void aTimerDueWhileTheLoopIsBusyReadsAsReadyFromItsDueTime() {
        Lanes lanes = Lanes.of(TypicalReports.poolAndLateTimer().runs().getFirst().trace());
        Lanes.Lane d = lanes.lanes().get(3);
        assertEquals(List.of(new Lanes.Segment(0, 10, LaneState.SLEEPING), new Lanes.Segment(10, 30, LaneState.READY)), d.segments());
        assertEquals(List.of(new Lanes.Span(0, 30, 2)), lanes.loopBusy());
        assertEquals(List.of(new Lanes.Segment(0, 30, LaneState.COMPUTING)), lanes.lanes().get(2).segments());
    }

    @Test
    void poolJobsShowQueuedThenRunningAndWorkersKeepTheirOwnLanes() {
        Lanes lanes = Lanes.of(TypicalReports.poolAndLateTimer().runs().getFirst().trace());
        assertEquals(List.of(new Lanes.Segment(0, 80, LaneState.JOB_RUNNING)), lanes.lanes().get(0).segments());
        Lanes.Lane b = lanes.lanes().get(1);
        assertEquals(List.of(new Lanes.Segment(0, 50, LaneState.JOB_QUEUED)), b.segments());
        assertEquals(TaskState.CANCELLED, b.end());
        assertEquals(List.of(50.0), b.cancelRequestsMs());
        assertEquals(List.of(new Lanes.WorkerLane(0, List.of(new Lanes.Span(0, 80, 0)))), lanes.workers());
    }

    @Test
    void aTaskThatNeverStartedHasAnEmptyLane() {
        Lanes lanes = Lanes.of(TypicalReports.sequentialAndGather().runs().getFirst().trace());
        Lanes.Lane c = lanes.lanes().get(2);
        assertEquals(List.of(), c.segments());
        assertNull(c.end());
        assertEquals(List.of(new Lanes.Segment(300, 400, LaneState.SLEEPING)), lanes.lanes().get(1).segments());
    }
}
