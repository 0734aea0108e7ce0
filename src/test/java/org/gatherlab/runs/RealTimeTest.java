package org.gatherlab.runs;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runtime.RealClock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real clock, with generous tolerances only: a shared 2-core machine is no stopwatch. */
class RealTimeTest {
    private static RunReport real(RunSpec run, List<TaskSpec> tasks, TraceListener listener) {
        Scenario s = Scenario.of("real", tasks, List.of(run));
        return Engine.runReal(s, run, listener, new RealClock());
    }

    /**
     * Overlap is shown by the order of what happened, not by a stopwatch (a 30 ms upper margin failed under a load
     * average of 15): all three tasks are asleep on their timers before the first wakes, the timers fire by due time
     * (C, B, A), the caller's await raises B's failure and A runs on to its end. Only lower bounds are timed: a timer
     * never fires early, however loaded the machine.
     */
    @Test void gatherOfIoTasksOverlapsInRealTime() {
        List<TraceEvent> seen = new CopyOnWriteArrayList<>();
        RunReport r = real(RunSpec.of(Strategy.GATHER), List.of(TaskSpec.io("A", 60), TaskSpec.io("B", 40).failing(), TaskSpec.io("C", 20)), seen::add);
        assertEquals(new Outcome.Raised("TaskFailed", List.of("B")), r.outcome());
        assertEquals(List.of("C", "B", "A"), r.completionOrder());
        int firstEnd = indexOf(seen, e -> e instanceof TraceEvent.Succeeded || e instanceof TraceEvent.Failed);
        assertEquals(List.of(0, 1, 2), seen.subList(0, firstEnd).stream().filter(e -> e instanceof TraceEvent.Sleeping)
                .map(TraceEvent::task).distinct().sorted().toList(), "all three asleep at once before the first woke: " + seen);
        // gather cancels nothing: A ran on to its end. (Whether the caller woke before A's timer fired is the load's
        // business: a loop stalled past 60 ms finds both timers due in one iteration, as CPython's would.)
        assertEquals(TaskState.SUCCEEDED, r.tasks().getFirst().state());
        assertTrue(r.returnedAtMs() >= 40, "not before B's 40 ms: " + r.returnedAtMs());
        assertTrue(r.settledAtMs() >= 60, "not before A's 60 ms: " + r.settledAtMs());
    }

    private static int indexOf(List<TraceEvent> events, java.util.function.Predicate<TraceEvent> which) {
        for (int i = 0; i < events.size(); i++) if (which.test(events.get(i))) return i;
        throw new AssertionError("no such event in " + events);
    }

    @Test void cpuOnTheLoopRunsOneAfterAnotherAndEventsStreamInTimeOrder() {
        List<TraceEvent> seen = new CopyOnWriteArrayList<>();
        RunReport r = real(RunSpec.of(Strategy.GATHER), List.of(TaskSpec.cpu("A", 30), TaskSpec.cpu("B", 30)), seen::add);
        assertTrue(r.returnedAtMs() >= 60, "two 30 ms CPU steps cannot overlap on one loop: " + r.returnedAtMs());
        assertEquals(r.trace().events(), seen, "the listener saw every event, in order");
        for (int i = 1; i < seen.size(); i++) assertFalse(seen.get(i).atMs() < seen.get(i - 1).atMs(), "time never runs backwards");
    }

    @Test void aProcessPoolRunsJobsInParallelOnRealThreads() {
        RunReport r = real(RunSpec.of(Strategy.GATHER).withProcesses(2), List.of(TaskSpec.cpu("A", 80), TaskSpec.cpu("B", 80)), TraceListener.NONE);
        assertEquals(TaskState.SUCCEEDED, r.tasks().get(1).state());
        assertTrue(r.tasks().get(1).jobStartMs() < r.tasks().get(0).jobEndMs(),
                "B's job started before A's ended (two workers): " + r.tasks());
    }

    @Test void stopEndsARunningRealRunQuickly() throws Exception {
        RealClock clock = new RealClock();
        Scenario s = Scenario.of("long", List.of(TaskSpec.io("A", 60_000), TaskSpec.cpu("B", 60_000)), List.of(RunSpec.of(Strategy.GATHER)));
        Thread stopper = new Thread(() -> {
            try { Thread.sleep(50); } catch (InterruptedException e) { return; }
            clock.stop();
        });
        stopper.start();
        var trace = Engine.runReal(s, s.runs().get(0), TraceListener.NONE, clock).trace();
        stopper.join();
        assertTrue(clock.now() < 5_000, "stopped long before the minute was up");
        assertEquals(null, trace.outcome());
    }
}
