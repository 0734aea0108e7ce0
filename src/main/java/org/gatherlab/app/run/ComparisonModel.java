package org.gatherlab.app.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.LaneDetails;
import org.gatherlab.app.timeline.TimelineRun;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runtime.RealClock;
import org.gatherlab.runtime.SystemTime;

/**
 * The comparison of every run of one scenario: runs them (virtual: computed at once, then played back;
 * real: one after another in real time, the timeline growing live), and holds what the view shows.
 *
 * <p>Threads. Commands and {@link #pulse(long)} are called on one thread (the FX thread in the app, the
 * test's thread in tests). Runs execute behind {@link BackgroundWork#execute}; they never touch a property. They post
 * messages (a report, each live trace event) into a lock-free inbox, and {@link #pulse(long)}, called by
 * the view's animation timer once per frame, drains the inbox, updates the properties and advances
 * playback. So the UI is updated at most once a frame, however fast events stream, and nothing ever
 * needs {@code Platform.runLater}.
 */
public final class ComparisonModel {
    /** The longest real-time step one frame may move playback (a stalled frame must not skip the story). */
    private static final long MAX_FRAME_NANOS = 250_000_000L;

    private final BackgroundWork background;
    private final Messages messages;

    // ---- Properties
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** The status in words of any language: worded again when the language changes. */
    private Function<Words, String> statusWords = w -> w.text("comparison.status.idle");
    private final ReadOnlyObjectWrapper<ClockKind> clock = new ReadOnlyObjectWrapper<>(this, "clock", ClockKind.VIRTUAL);
    private final ReadOnlyStringWrapper highlightedTask = new ReadOnlyStringWrapper(this, "highlightedTask");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyStringWrapper staleReason = new ReadOnlyStringWrapper(this, "staleReason", "");
    /** Why the picture is out of date, in words of any language. */
    private Function<Words, String> staleWords = w -> "";
    private final ObservableList<RunViewModel> runs = FXCollections.observableArrayList();
    private final ObservableList<RunViewModel> runsView = FXCollections.unmodifiableObservableList(runs);
    private final PlaybackModel playback = new PlaybackModel();

    private ComparisonSession session;
    /** The last runs computed on the virtual clock, for the next session to reuse those whose inputs are unchanged. */
    private RunMemo memo = RunMemo.EMPTY;
    private List<TimelineRun> timeline = new ArrayList<>();
    private List<TimelineRun> timelineView = List.of();
    private long lastPulseNanos;
    /** An edit that came while a real run streamed: shown once it ends (null: none). */
    private Scenario deferred;
    private boolean deferredReset;
    /** Whether the picture is marked out of date only because a real run held an edit back. */
    private boolean waitingForRealRun;
    private boolean pulsed;

    /** In English. */
    public ComparisonModel(BackgroundWork background) { this(background, Messages.english()); }

    /** @param messages the app's language: status and outcome panels are worded in it, and again when it changes */
    public ComparisonModel(BackgroundWork background, Messages messages) {
        this.background = Objects.requireNonNull(background, "background");
        this.messages = Objects.requireNonNull(messages, "messages");
        status.set(statusWords.apply(messages.words()));
        messages.localeProperty().addListener(o -> {
            status.set(statusWords.apply(messages.words()));
            staleReason.set(staleWords.apply(messages.words()));
            RunReport sequential = sequential();
            for (RunViewModel r : runs) r.summarize(sequential, messages.words());
        });
    }

    /** The app's language (the view words what it draws in it). */
    public Messages messages() { return messages; }

    private void status(Function<Words, String> words) {
        statusWords = words;
        status.set(words.apply(messages.words()));
    }

    // ------------------------------------------------------------------------------------------ Properties

    /** True from {@link #run} until every run has finished or stopped. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public boolean isRunning() { return running.get(); }

    /** True while real runs stream in (the timeline follows them; playback waits). */
    public ReadOnlyBooleanProperty liveProperty() { return live.getReadOnlyProperty(); }
    public boolean isLive() { return live.get(); }

    /** One sentence on what is happening or what happened. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public String getStatus() { return status.get(); }

    /** The clock of the current (or last) comparison. */
    public ReadOnlyObjectProperty<ClockKind> clockProperty() { return clock.getReadOnlyProperty(); }

    /** The task highlighted in every run, or null. */
    public ReadOnlyStringProperty highlightedTaskProperty() { return highlightedTask.getReadOnlyProperty(); }
    public String getHighlightedTask() { return highlightedTask.get(); }

    /** Grows whenever the timeline's material changes (a run finished, live events arrived). */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /**
     * True while the picture is not of the scenario in the editor (the editor holds a problem, or a real run streams
     * while it was edited): the last good picture stays, marked, and {@link #staleReasonProperty()} names why.
     */
    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }
    public boolean isStale() { return stale.get(); }

    /** {@code Out of date: tasks[1].durationMs: must be ...}, or empty. */
    public ReadOnlyStringProperty staleReasonProperty() { return staleReason.getReadOnlyProperty(); }

    /** One view model per run of the scenario, in its order. */
    public ObservableList<RunViewModel> runs() { return runsView; }

    public PlaybackModel playback() { return playback; }

    /** The runs as the timeline draws them (an immutable snapshot, replaced when it changes). */
    public List<TimelineRun> timelineRuns() { return timelineView; }

    /** The playhead the timeline lays out with: everything known while live, else the playback's position. */
    public double layoutPlayheadMs() {
        return live.get() ? Double.POSITIVE_INFINITY : playback.getPlayheadMs();
    }

    // -------------------------------------------------------------------------------------------- Commands

    /** Runs every run of the scenario on the given clock, replacing the previous comparison (which stops). */
    public void run(Scenario scenario, ClockKind clockKind) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(clockKind, "clock");
        if (session != null) session.stop();
        ComparisonSession s = new ComparisonSession(scenario, clockKind, ComparisonSession.Kind.RUN, false, memo, messages.words());
        session = s;
        timeline = new ArrayList<>();
        RunMemo shown = memo.of(scenario);   // the guides of the runs on screen, if of these tasks: not worked out again
        for (RunSpec spec : scenario.runs()) {
            RunMemo.Entry same = shown.find(spec);
            timeline.add(TimelineRun.pending(scenario.tasks(), spec, Double.NaN, same != null ? same.timeline() : null));
        }
        if (runs.size() == scenario.runs().size()) {
            for (RunViewModel r : runs) r.restart(scenario.runs().get(r.index()));
        } else {
            List<RunViewModel> models = new ArrayList<>();
            for (int i = 0; i < scenario.runs().size(); i++) models.add(new RunViewModel(i, scenario.runs().get(i)));
            runs.setAll(models);
        }
        playback.clear();
        clock.set(clockKind);
        running.set(true);
        live.set(clockKind == ClockKind.REAL);
        int n = scenario.runs().size();
        status(clockKind == ClockKind.VIRTUAL ? w -> w.count("comparison.status.computing", n) : w -> w.count("comparison.status.preparing", n));
        publish();
        try {
            background.execute(s::work);
        } catch (RuntimeException e) {
            s.post(new ComparisonSession.Failed(e));
        }
    }

    /**
     * Shows this scenario, as edited, on the virtual clock: computed and laid out in the background, then put in
     * place in one frame. The latest call wins; an older one still computing is stopped and its result dropped. The
     * view keeps its zoom, scroll and highlighted task; the playhead stays where it was, except that a picture that
     * was whole (at its end, or never played) is whole again. While a real run streams, the edit waits for it to end.
     *
     * @param reset a new scenario (New, Open, a lesson, Generate): new panels, nothing highlighted, the playhead at 0
     *              and paused, so a lesson's answer is not on screen before the class has predicted it
     */
    public void update(Scenario scenario, boolean reset) {
        Objects.requireNonNull(scenario, "scenario");
        if (running.get() && clock.get() == ClockKind.REAL) {
            deferredReset |= reset || deferred != null && deferredReset;
            deferred = scenario;
            markStale(w -> w.text("comparison.stale.realRun"));
            waitingForRealRun = true;
            return;
        }
        if (session != null) session.stop();
        ComparisonSession s = new ComparisonSession(scenario, ClockKind.VIRTUAL, ComparisonSession.Kind.UPDATE, reset, memo, messages.words());
        session = s;
        try {
            background.execute(s::work);
        } catch (RuntimeException e) {
            s.post(new ComparisonSession.Failed(e));
        }
    }

    /** The picture stays, marked out of date because of this problem (the editor's first, {@code path: message}). */
    public void markStale(String problem) {
        markStale(w -> w.format("comparison.stale", problem));
    }

    private void markStale(Function<Words, String> why) {
        waitingForRealRun = false;
        staleWords = why;
        staleReason.set(why.apply(messages.words()));
        stale.set(true);
    }

    /** The picture is of the editor's scenario again (it came back to what is shown). */
    public void clearStale() {
        waitingForRealRun = false;
        staleWords = w -> "";
        staleReason.set("");
        stale.set(false);
    }

    /**
     * Stops a real comparison: the running run ends at once ({@link RealClock#stop()}: its loop leaves, its threads are
     * interrupted and waited for), what had happened is kept and nothing after the Stop is recorded; the runs not begun
     * never start. How fast is measured by {@code soak.StopLatencyTest} (README).
     */
    public void stop() {
        if (session == null || !running.get()) return;
        session.stop();
        status(w -> w.text("comparison.status.stopping"));
    }

    public void highlight(String task) { highlightedTask.set(task); }

    /** Highlights the task, or clears the highlight if it was this task already. */
    public void toggleHighlight(String task) {
        highlightedTask.set(task == null || task.equals(highlightedTask.get()) ? null : task);
    }

    /** The tooltip of a lane: a task's events up to the playhead, the loop's load, a worker's jobs. */
    public String describe(Frame.Hit hit) {
        if (hit == null || hit.run() < 0 || hit.run() >= timelineView.size()) return null;
        return LaneDetails.describe(timelineView.get(hit.run()), hit, layoutPlayheadMs(), messages.words());
    }

    /**
     * One frame: takes in what the runs posted, moves live runs to "now" and advances playback by the real
     * time since the previous pulse. The view's animation timer calls this; tests call it by hand.
     */
    public void pulse(long nowNanos) {
        long elapsed = pulsed ? Math.clamp(nowNanos - lastPulseNanos, 0, MAX_FRAME_NANOS) : 0;
        lastPulseNanos = nowNanos;
        pulsed = true;
        ComparisonSession s = session;
        boolean changed = false, loaded = false;
        if (s != null) {
            for (ComparisonSession.Message m; (m = s.inbox.poll()) != null; ) {
                changed = true;
                loaded |= apply(s, m);
            }
            if (s.liveIndex >= 0) {
                follow(s, nowNanos);
                changed = true;
            }
        }
        if (!loaded && !live.get()) playback.advance(elapsed);
        double reveal = live.get() ? Double.POSITIVE_INFINITY : playback.getPlayheadMs();
        for (RunViewModel r : runs) r.reveal(reveal);
        if (changed) publish();
    }

    // ----------------------------------------------------------------------------------------- Internals

    /** Applies one message; true when playback was (re)loaded. */
    private boolean apply(ComparisonSession s, ComparisonSession.Message m) {
        switch (m) {
            case ComparisonSession.Expected e -> {
                s.expected[e.run()] = e.endMs();
                if (timeline.get(e.run()).status() == TimelineRun.Status.PENDING) {
                    timeline.set(e.run(), TimelineRun.pending(s.scenario.tasks(), s.scenario.runs().get(e.run()), e.endMs()));
                }
            }
            case ComparisonSession.Started st -> {
                s.liveIndex = st.run();
                s.liveClock = st.clock();
                s.liveEvents = new ArrayList<>();
                s.liveDirty = true;
                runs.get(st.run()).running();
            }
            case ComparisonSession.Event ev -> {
                if (ev.run() == s.liveIndex) {
                    s.liveEvents.add(ev.event());
                    s.liveDirty = true;
                }
            }
            case ComparisonSession.Finished f -> {
                runs.get(f.run()).finish(f.report(), f.stopped());
                Trace trace = f.report().trace();
                timeline.set(f.run(), f.stopped() ? TimelineRun.stopped(trace, s.expected(f.run())) : f.timeline());
                s.times[f.run()] = f.times();
                if (!f.stopped() && s.clock == ClockKind.VIRTUAL) {
                    s.done[f.run()] = new RunMemo.Entry(s.scenario.runs().get(f.run()), f.report(), f.timeline(), f.times(), f.summary());
                }
                if (s.liveIndex == f.run()) {
                    s.liveIndex = -1;
                    s.liveClock = null;
                    s.liveEvents = null;
                }
                // Only the sequential run changes the others' panels (their speed-up); at 100,000 tasks a summary reads
                // every task, so the others are not summarized again each time one more run finishes.
                RunReport sequential = sequential();
                if (sequential != null && sequential == f.report()) {
                    for (RunViewModel r : runs) r.summarize(sequential, messages.words(), r.index() == f.run() ? f.summary() : null);
                } else {
                    runs.get(f.run()).summarize(sequential, messages.words(), f.summary());
                }
            }
            case ComparisonSession.Computed c -> {
                show(s, c);
                return true;
            }
            case ComparisonSession.Done d -> {
                finish(s, d.stopped(), null, d.times());
                return true;
            }
            case ComparisonSession.Failed f -> {
                finish(s, true, f.error(), null);
                return true;
            }
        }
        return false;
    }

    /**
     * A live run: rebuild its lanes if events arrived, else just move its "now". Rebuilding walks the
     * whole trace so far; for a big run it is spaced out so that it takes at most a fifth of the time
     * (the lanes still grow every frame, up to "now").
     */
    private void follow(ComparisonSession s, long nowNanos) {
        int i = s.liveIndex;
        double now = s.liveClock.now();
        TimelineRun current = timeline.get(i);
        boolean due = nowNanos - s.lastRebuildNanos >= 4 * s.rebuildCostNanos;
        if (current.status() != TimelineRun.Status.LIVE || s.liveDirty && due) {
            long start = SystemTime.nanos();
            RunSpec spec = s.scenario.runs().get(i);
            Trace partial = new Trace(s.scenario.tasks(), spec, ClockKind.REAL, List.copyOf(s.liveEvents), null);
            timeline.set(i, TimelineRun.live(partial, now, s.expected(i)));
            s.liveDirty = false;
            s.rebuildCostNanos = SystemTime.nanos() - start;
            s.lastRebuildNanos = nowNanos;
        } else {
            timeline.set(i, current.withAvailableUntil(now));
        }
        String progress = String.format(Locale.ROOT, "%.1f", Math.floor(now / 100) / 10);
        int n = runs.size();
        String label = runs.get(i).getLabel();
        status(s.stopped ? w -> w.text("comparison.status.stopping")
                : w -> w.format("comparison.status.running", i + 1, n, label, progress));
    }

    /** @param times every run's event times merged off the FX thread, or null to merge them here */
    private void finish(ComparisonSession s, boolean stopped, Throwable error, double[] times) {
        running.set(false);
        live.set(false);
        if (deferred != null) {
            Scenario next = deferred;
            boolean reset = deferredReset;
            deferred = null;
            deferredReset = false;
            if (waitingForRealRun) clearStale();
            update(next, reset);
        }
        for (RunViewModel r : runs) if (r.getState() == RunViewModel.State.PENDING || r.getState() == RunViewModel.State.RUNNING) r.finish(null, true);
        for (int i = 0; i < timeline.size(); i++) {
            TimelineRun t = timeline.get(i);
            if (t.status() == TimelineRun.Status.LIVE) timeline.set(i, TimelineRun.stopped(t.trace(), t.expectedEndMs()));
        }
        double end = 0;
        int done = 0;
        for (TimelineRun t : timeline) {
            if (t.status() == TimelineRun.Status.PENDING) continue;
            done++;
            end = Math.max(end, t.lanes().endMs());
            if (Double.isFinite(t.returnedAtMs())) end = Math.max(end, t.returnedAtMs());
        }
        playback.loadSorted(end, times != null ? times : ComparisonSession.merge(Arrays.stream(s.times).filter(Objects::nonNull).toList()));
        if (s.clock == ClockKind.VIRTUAL && !stopped && error == null) remember(s.scenario, Arrays.asList(s.done));
        int n = runs.size();
        int finished = done;
        if (error != null) {
            status(w -> w.format("comparison.status.failed", error));
            playback.scrub(end);
        } else if (stopped) {
            status(w -> w.count("comparison.status.stopped", finished, n));
            playback.scrub(end);
        } else if (s.clock == ClockKind.VIRTUAL) {
            status(w -> w.count("comparison.status.computed", n));
            playback.rewind();
            playback.play();
        } else {
            status(w -> w.count("comparison.status.ran", n));
            playback.scrub(end);
        }
    }

    /** An update's result, in place: the same cards and lanes when the runs are the same in number. */
    private void show(ComparisonSession s, ComparisonSession.Computed c) {
        List<RunSpec> specs = s.scenario.runs();
        double oldEnd = playback.getEndMs(), playhead = playback.getPlayheadMs();
        boolean wasPlaying = playback.isPlaying();
        boolean whole = playback.isEmpty() || playhead >= oldEnd || (playhead == 0 && !wasPlaying);
        if (s.reset || runs.size() != specs.size()) {
            List<RunViewModel> models = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                RunViewModel m = new RunViewModel(i, specs.get(i));
                m.finish(c.runs().get(i).report(), false);
                models.add(m);
            }
            runs.setAll(models);
        } else {
            for (int i = 0; i < specs.size(); i++) runs.get(i).replace(specs.get(i), c.runs().get(i).report());
        }
        RunReport sequential = sequential();
        for (RunViewModel r : runs) r.summarize(sequential, messages.words(), c.runs().get(r.index()).summary());
        timeline = new ArrayList<>(c.runs().stream().map(RunMemo.Entry::timeline).toList());
        double end = 0;
        for (TimelineRun t : timeline) {
            end = Math.max(end, t.lanes().endMs());
            if (Double.isFinite(t.returnedAtMs())) end = Math.max(end, t.returnedAtMs());
        }
        playback.loadSorted(end, c.times());
        remember(s.scenario, c.runs());
        if (s.reset) {
            playback.pause();
            playback.rewind();
            highlightedTask.set(null);
        } else {
            playback.scrub(whole ? end : Math.min(playhead, end));
            if (wasPlaying && !whole) playback.play(); else playback.pause();
            String h = highlightedTask.get();
            if (h != null && s.scenario.tasks().stream().noneMatch(t -> t.name().equals(h))) highlightedTask.set(null);
        }
        running.set(false);
        live.set(false);
        clock.set(ClockKind.VIRTUAL);
        int n = specs.size();
        status(w -> w.count("comparison.status.updated", n));
    }

    /** The virtual runs now on screen, for the next session ({@link RunMemo}); null entries (runs not shown) left out. */
    private void remember(Scenario scenario, List<RunMemo.Entry> shown) {
        memo = new RunMemo(scenario.seed(), scenario.tasks(), shown.stream().filter(Objects::nonNull).toList());
    }

    private RunReport sequential() {
        for (RunViewModel r : runs) {
            if (r.spec().strategy() == Strategy.SEQUENTIAL && r.getReport() != null && r.getState() == RunViewModel.State.DONE) return r.getReport();
        }
        return null;
    }

    private void publish() {
        timelineView = List.copyOf(timeline);
        revision.set(revision.get() + 1);
    }
}
