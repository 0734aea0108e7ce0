package org.gatherlab.app.run;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;

/**
 * One run of the comparison, as its outcome panel shows it. Changed only by {@link ComparisonModel}
 * (on the thread that pulses it); the panel binds to the read-only properties.
 */
public final class RunViewModel {
    public enum State { PENDING, RUNNING, DONE, STOPPED }

    private final int index;
    private RunSpec spec;

    // ---- Properties
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.PENDING);
    private final ReadOnlyObjectWrapper<RunReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<OutcomeSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed", false);

    RunViewModel(int index, RunSpec spec) {
        this.index = index;
        this.spec = spec;
        label.set(Reports.label(spec));
    }

    /** 0-based position in the scenario's run list (and the timeline's panel number - 1). */
    public int index() { return index; }

    public RunSpec spec() { return spec; }

    /** {@code gather()}, {@code TaskGroup() · timeout 250 ms}: the text report's label. */
    public ReadOnlyStringProperty labelProperty() { return label.getReadOnlyProperty(); }
    public String getLabel() { return label.get(); }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public State getState() { return state.get(); }

    /** The finished run's report (null until it finishes). */
    public ReadOnlyObjectProperty<RunReport> reportProperty() { return report.getReadOnlyProperty(); }
    public RunReport getReport() { return report.get(); }

    /** What the outcome panel says (null until the run finishes). */
    public ReadOnlyObjectProperty<OutcomeSummary> summaryProperty() { return summary.getReadOnlyProperty(); }
    public OutcomeSummary getSummary() { return summary.get(); }

    /** Whether the playhead has reached the end of the await, so the panel may tell how it ended. */
    public ReadOnlyBooleanProperty revealedProperty() { return revealed.getReadOnlyProperty(); }
    public boolean isRevealed() { return revealed.get(); }

    // ---- Changes (by the comparison model)

    void running() { state.set(State.RUNNING); }

    /**
     * The same panel for a new Run: not begun, nothing to tell yet (the card stays and shows it pending). Making new
     * models instead made new cards, and styling four new cards cost the FX thread tens of milliseconds a Run.
     */
    void restart(RunSpec newSpec) {
        spec = newSpec;
        label.set(Reports.label(newSpec));
        summary.set(null);
        report.set(null);
        revealed.set(false);
        state.set(State.PENDING);
    }

    /** The same run, as edited: its new spec and report in place (the card stays and re-words itself). */
    void replace(RunSpec newSpec, RunReport r) {
        spec = newSpec;
        label.set(Reports.label(newSpec));
        finish(r, false);
    }

    void finish(RunReport r, boolean stopped) {
        report.set(r);
        state.set(stopped ? State.STOPPED : State.DONE);
    }

    void summarize(RunReport sequential, Words words) {
        summarize(sequential, words, null);
    }

    /** The panel, worded here unless {@code worded} (made off the FX thread) is that very panel. */
    void summarize(RunReport sequential, Words words, Summarized worded) {
        RunReport r = report.get();
        if (r == null) return;
        summary.set(worded != null && worded.fits(r, sequential, words) ? worded.summary() : OutcomeSummary.of(r, sequential, words));
    }

    /** Revealed once the playhead is at or past the await's end (a run that never returned: once done). */
    void reveal(double playheadMs) {
        RunReport r = report.get();
        if (r == null) {
            revealed.set(false);
            return;
        }
        double at = r.returnedAtMs();
        revealed.set(!Double.isFinite(at) || playheadMs >= at);
    }
}
