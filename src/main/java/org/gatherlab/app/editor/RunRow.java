package org.gatherlab.app.editor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunOption;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One run of the run list: a strategy and its options; like {@link TaskRow}, one immutable state per row. */
public final class RunRow {
    /**
     * @param run      the run as the model holds it
     * @param drafts   typed text that could not become a value, per text field
     * @param problems per field, the reader's problems as {@code path: message}
     */
    public record State(RunSpec run, Map<RunField, String> drafts, Map<RunField, String> problems) {
        public State {
            Objects.requireNonNull(run, "run");
            drafts = Map.copyOf(drafts);
            problems = Map.copyOf(problems);
        }

        public String text(RunField field) {
            String draft = drafts.get(field);
            return draft != null ? draft : field.format(run);
        }

        public String problem(RunField field) { return problems.get(field); }

        public boolean hasProblems() { return !problems.isEmpty(); }

        /** One line for the run list, in Python's words: {@code gather(return_exceptions=True) · cpu on 4 processes}. */
        public String summary(Words w) { return describe(run, w); }

        State withRun(RunSpec r) { return new State(r, drafts, problems); }

        State withDrafts(Map<RunField, String> d) { return new State(run, d, problems); }

        State withProblems(Map<RunField, String> p) { return new State(run, drafts, p); }
    }

    private final ReadOnlyObjectWrapper<State> state;

    RunRow(RunSpec run) {
        state = new ReadOnlyObjectWrapper<>(this, "state", new State(run, Map.of(), Map.of()));
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public State state() { return state.get(); }

    public RunSpec run() { return state.get().run(); }

    void set(State s) {
        if (!s.equals(state.get())) state.set(s);
    }

    /** The options that differ from their defaults, as the Python call would spell them, the rest in the app's words. */
    public static String describe(RunSpec run, Words w) {
        List<String> args = new ArrayList<>();
        if (run.returnExceptions()) args.add("return_exceptions=True");
        if (run.strategy() == Strategy.WAIT && run.returnWhen() != ReturnWhen.ALL_COMPLETED) args.add("return_when=" + run.returnWhen().name());
        if (run.timeoutMs() != null) args.add("timeout=" + FieldText.number(run.timeoutMs()) + " ms");
        StringBuilder s = new StringBuilder(run.strategy().json());
        if (!args.isEmpty()) s.append('(').append(String.join(", ", args)).append(')');
        if (run.limit() != null) s.append(" · Semaphore(").append(run.limit()).append(')');
        if (run.cpu() == CpuMode.PROCESSES) s.append(" · ").append(w.count("editor.runs.summary.processes", run.workers()));
        if (run.cancelAtMs() != null) s.append(" · ").append(w.format("editor.runs.summary.cancelAt", FieldText.number(run.cancelAtMs())));
        if (run.onExit() == OnExit.CANCEL) s.append(" · ").append(w.text("editor.runs.summary.onExitCancel"));
        if (run.strategy().takes(RunOption.THREADS)) s.append(" · ").append(run.threads().json());
        if (run.strategy().takes(RunOption.CORES)) s.append(" · ").append(w.count("editor.runs.summary.cores", run.cores()));
        if (run.strategy().takes(RunOption.JOINER)) s.append(" · ").append(run.joiner().json());
        return s.toString();
    }

    @Override
    public String toString() { return "RunRow" + state.get(); }
}
