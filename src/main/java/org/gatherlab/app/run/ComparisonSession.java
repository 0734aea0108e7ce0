package org.gatherlab.app.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.gatherlab.app.fx.Words;
import org.gatherlab.app.timeline.TimelineRun;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceLog;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runs.Engine;
import org.gatherlab.runtime.RealClock;

/**
 * One comparison of {@link ComparisonModel}: the work on the engine's thread, its inbox, and what the pulse keeps of
 * it. Three kinds: a virtual Run (each run posted as it is computed, then played back from the start), a real Run
 * (live events streamed), and an update after an edit (every run computed, laid out, and posted at once, so the
 * picture changes in one frame from the old scenario to the new one).
 *
 * <p>Latest wins: the model stops a session when it starts another, and a stopped session posts nothing more (it
 * ends between two runs; one run of the engine is not interrupted) and its inbox is never read again.
 */
final class ComparisonSession {
    enum Kind { RUN, UPDATE }

    sealed interface Message { }

    /** Real comparisons: how long the run takes on the virtual clock, so the axis need not rescale as it grows. */
    record Expected(int run, double endMs) implements Message { }

    record Started(int run, RealClock clock) implements Message { }

    record Event(int run, TraceEvent event) implements Message { }

    /**
     * {@code timeline}: the finished run's lanes, laid out on the background thread (at 100,000 tasks they take a
     * while); {@code summary}: its outcome panel, worded there too (null: the FX thread words it).
     */
    record Finished(int run, RunReport report, boolean stopped, double[] times, TimelineRun timeline, Summarized summary) implements Message {
        Finished(int run, RunReport report, boolean stopped) {
            this(run, report, stopped, eventTimes(report.trace()), stopped ? null : TimelineRun.of(report.trace()), null);
        }
    }

    /** {@code times}: every run's event times merged (sorted, distinct), or null when the pulse merges them. */
    record Done(boolean stopped, double[] times) implements Message {
        Done(boolean stopped) { this(stopped, null); }
    }

    record Failed(Throwable error) implements Message { }

    /**
     * An update's whole result: every run's report, timeline, event times and outcome panel, and the event times of all
     * the runs merged, all made off the FX thread.
     */
    record Computed(List<RunMemo.Entry> runs, double[] times) implements Message {
        Computed(List<RunMemo.Entry> runs) { this(runs, merge(runs.stream().map(RunMemo.Entry::times).toList())); }
    }

    final Scenario scenario;
    final ClockKind clock;
    final Kind kind;
    /** An update that shows a new scenario (New, Open, a lesson, Generate): every panel starts over. */
    final boolean reset;
    final ConcurrentLinkedQueue<Message> inbox = new ConcurrentLinkedQueue<>();
    /** The runs on screen when this session began: those of the same tasks, seed and options are not computed again. */
    private final RunMemo memo;
    /** The language the outcome panels are worded in off the FX thread (the FX thread words them again if it changed). */
    private final Words words;
    final AtomicReference<RealClock> current = new AtomicReference<>();
    volatile boolean stopped;

    // Pulse side only.
    final double[] expected;
    int liveIndex = -1;
    RealClock liveClock;
    List<TraceEvent> liveEvents;
    boolean liveDirty;
    long lastRebuildNanos, rebuildCostNanos;
    /** Each finished run's event times, by run. */
    final double[][] times;
    /** Each run finished on the virtual clock, as the next session may reuse it. */
    final RunMemo.Entry[] done;

    ComparisonSession(Scenario scenario, ClockKind clock, Kind kind, boolean reset, RunMemo memo, Words words) {
        this.scenario = scenario;
        this.clock = clock;
        this.kind = kind;
        this.reset = reset;
        this.memo = memo;
        this.words = words;
        times = new double[scenario.runs().size()][];
        done = new RunMemo.Entry[scenario.runs().size()];
        expected = new double[scenario.runs().size()];
        Arrays.fill(expected, Double.NaN);
    }

    double expected(int run) { return expected[run]; }

    void post(Message m) {
        if (!stopped || kind == Kind.RUN) inbox.add(m);
    }

    void stop() {
        stopped = true;
        RealClock c = current.get();
        if (c != null) c.stop();
    }

    /** On the background thread. */
    void work() {
        try {
            if (kind == Kind.UPDATE) update();
            else if (clock == ClockKind.VIRTUAL) virtual();
            else real();
        } catch (Throwable t) {
            post(new Failed(t));
        }
    }

    private void update() {
        if (stopped) return;   // overtaken before it began: nothing to do
        List<RunSpec> specs = scenario.runs();
        List<RunMemo.Entry> runs = new ArrayList<>(specs.size());
        RunMemo kept = memo.of(scenario);
        RunReport sequential = null;
        for (RunSpec spec : specs) {
            if (stopped) return;
            RunMemo.Entry e = computed(kept, spec);
            runs.add(e);
            if (sequential == null && spec.strategy() == Strategy.SEQUENTIAL) sequential = e.report();
        }
        // The panels as the model words them once every run is in: each against the first sequential run.
        for (int i = 0; i < runs.size(); i++) {
            if (stopped) return;
            runs.set(i, runs.get(i).summarized(sequential, words));
        }
        post(new Computed(List.copyOf(runs)));
    }

    private void virtual() {
        List<RunSpec> specs = scenario.runs();
        RunMemo kept = memo.of(scenario);
        RunReport sequential = null;
        List<double[]> times = new ArrayList<>();
        for (int i = 0; i < specs.size() && !stopped; i++) {
            RunMemo.Entry e = computed(kept, specs.get(i));
            // As the model words it when this run comes in: against the first sequential run in so far (maybe itself).
            if (sequential == null && specs.get(i).strategy() == Strategy.SEQUENTIAL) sequential = e.report();
            e = e.summarized(sequential, words);
            times.add(e.times());
            post(new Finished(i, e.report(), false, e.times(), e.timeline(), e.summary()));
        }
        post(stopped ? new Done(true) : new Done(false, merge(times)));
    }

    /** A run on the virtual clock: the one kept if its inputs are unchanged, else computed and laid out here. */
    private RunMemo.Entry computed(RunMemo kept, RunSpec spec) {
        RunMemo.Entry e = kept.find(spec);
        if (e != null) return e;
        RunReport report = Engine.runVirtual(scenario, spec, TraceListener.NONE);
        return new RunMemo.Entry(spec, report, TimelineRun.of(report.trace()), eventTimes(report.trace()), null);
    }

    private void real() {
        List<RunSpec> specs = scenario.runs();
        RunMemo kept = memo.of(scenario);
        for (int i = 0; i < specs.size() && !stopped; i++) {
            // Its virtual twin first (kept from the picture, or computed: instant for small and medium scenarios): the expected length.
            post(new Expected(i, computed(kept, specs.get(i)).timeline().extentMs()));
            if (stopped) break;
            RealClock c = new RealClock();
            current.set(c);
            if (stopped) c.stop();
            post(new Started(i, c));
            int run = i;
            RunReport report = Engine.runReal(scenario, specs.get(i), e -> post(new Event(run, e)), c);
            current.set(null);
            post(new Finished(i, report, c.stopped()));
        }
        post(new Done(stopped));
    }

    /**
     * The sorted distinct times of several runs, each given sorted and distinct ({@link #eventTimes}): merged in one
     * pass, where sorting them again (400,000 times at 100,000 tasks and 4 runs) cost the FX thread 20-40 ms.
     */
    static double[] merge(List<double[]> sorted) {
        double[] all = new double[0];
        for (double[] next : sorted) {
            double[] out = new double[all.length + next.length];
            int i = 0, j = 0, k = 0;
            while (i < all.length || j < next.length) {
                double v = j >= next.length || i < all.length && all[i] <= next[j] ? all[i++] : next[j++];
                if (k == 0 || out[k - 1] != v) out[k++] = v;
            }
            all = k == out.length ? out : Arrays.copyOf(out, k);
        }
        return all;
    }

    /** Sorted distinct event times of a trace: where step forward/back stop. */
    static double[] eventTimes(Trace trace) {
        TraceLog log = trace.log();   // the columns: no event objects made for half a million events
        double[] times = new double[log.size()];
        int k = 0;
        for (int i = 0; i < log.size(); i++) if (k == 0 || times[k - 1] != log.atMs(i)) times[k++] = log.atMs(i);
        return Arrays.copyOf(times, k);
    }
}
