package org.gatherlab.app.run;

import java.util.Arrays;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Where playback of the finished runs is, and how it moves: a playhead in scenario milliseconds that
 * advances by real elapsed time × speed while playing, stops at the end of the longest run, steps to the
 * next or previous event of any run, and can be dragged anywhere. Pure state: the view's animation timer
 * feeds it elapsed time ({@link #advance(long)}); tests do the same with made-up nanoseconds.
 */
public final class PlaybackModel {
    public static final double MIN_SPEED = 0.1, MAX_SPEED = 4, DEFAULT_SPEED = 1;
    /** The speeds the playback bar offers. */
    public static final double[] SPEEDS = {0.1, 0.25, 0.5, 1, 2, 4};

    // ---- Properties
    private final ReadOnlyDoubleWrapper playheadMs = new ReadOnlyDoubleWrapper(this, "playheadMs", 0);
    private final ReadOnlyDoubleWrapper endMs = new ReadOnlyDoubleWrapper(this, "endMs", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", DEFAULT_SPEED);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);

    /** Every distinct event time of every run, ascending: the stops of step forward/back. */
    private double[] eventTimes = new double[0];

    public ReadOnlyDoubleProperty playheadMsProperty() { return playheadMs.getReadOnlyProperty(); }
    public double getPlayheadMs() { return playheadMs.get(); }

    /** The end of the longest run: playback stops here. */
    public ReadOnlyDoubleProperty endMsProperty() { return endMs.getReadOnlyProperty(); }
    public double getEndMs() { return endMs.get(); }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public boolean isPlaying() { return playing.get(); }

    /** Scenario ms per real ms, {@value #MIN_SPEED}× to {@value #MAX_SPEED}×. */
    public ReadOnlyDoubleProperty speedProperty() { return speed.getReadOnlyProperty(); }
    public double getSpeed() { return speed.get(); }

    /** True while there is nothing to play (no finished run loaded). */
    public ReadOnlyBooleanProperty emptyProperty() { return empty.getReadOnlyProperty(); }
    public boolean isEmpty() { return empty.get(); }

    // ---- Commands

    public void play() {
        if (isEmpty()) return;
        if (getPlayheadMs() >= getEndMs()) playheadMs.set(0);   // play at the end replays from the start
        playing.set(getEndMs() > 0);
    }

    public void pause() { playing.set(false); }

    public void togglePlay() {
        if (isPlaying()) pause(); else play();
    }

    /** To the first event strictly after the playhead (or the end); pauses. */
    public void stepForward() {
        if (isEmpty()) return;
        pause();
        int i = Arrays.binarySearch(eventTimes, getPlayheadMs());
        int next = i >= 0 ? i + 1 : -i - 1;
        playheadMs.set(next < eventTimes.length ? Math.min(eventTimes[next], getEndMs()) : getEndMs());
    }

    /** To the last event strictly before the playhead (or 0); pauses. */
    public void stepBack() {
        if (isEmpty()) return;
        pause();
        int i = Arrays.binarySearch(eventTimes, getPlayheadMs());
        int prev = i >= 0 ? i - 1 : -i - 2;
        playheadMs.set(prev >= 0 ? eventTimes[prev] : 0);
    }

    /** Moves the playhead (clamped to [0, end]); playing goes on from there. */
    public void scrub(double ms) {
        if (Double.isNaN(ms)) return;
        playheadMs.set(Math.clamp(ms, 0, getEndMs()));
    }

    public void rewind() { scrub(0); }

    /** Clamped to {@value #MIN_SPEED}..{@value #MAX_SPEED}. */
    public void setSpeed(double x) {
        if (Double.isNaN(x)) return;
        speed.set(Math.clamp(x, MIN_SPEED, MAX_SPEED));
    }

    /** Moves a playing playhead by {@code elapsedNanos} of real time × speed; stops at the end. */
    public void advance(long elapsedNanos) {
        if (!isPlaying() || elapsedNanos <= 0) return;
        double next = getPlayheadMs() + elapsedNanos / 1e6 * getSpeed();
        if (next >= getEndMs()) {
            playheadMs.set(getEndMs());
            playing.set(false);
        } else {
            playheadMs.set(next);
        }
    }

    // ---- Loading (by the comparison model)

    /**
     * New material to play: the end of the longest run and every event time (any order, repeats allowed).
     * The playhead is kept where it was, clamped to the new end.
     */
    public void load(double end, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) if (k == 0 || sorted[i] != sorted[k - 1]) sorted[k++] = sorted[i];
        loadSorted(end, Arrays.copyOf(sorted, k));
    }

    /** As {@link #load}, with the times already sorted and distinct (merged off the FX thread); kept, not copied. */
    public void loadSorted(double end, double[] sortedDistinct) {
        eventTimes = sortedDistinct;
        endMs.set(Math.max(0, end));
        empty.set(false);
        playheadMs.set(Math.clamp(getPlayheadMs(), 0, getEndMs()));
    }

    /** Nothing to play (a new comparison is being computed or streamed). */
    public void clear() {
        pause();
        eventTimes = new double[0];
        empty.set(true);
        endMs.set(0);
        playheadMs.set(0);
    }
}
