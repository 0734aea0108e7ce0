package org.gatherlab.app.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.collections.ObservableList;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunOption;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.ScopeJoiner;

/**
 * The editor's commands on the run list ({@link ScenarioEditorModel} hands them on): each changes the rows, then
 * tells the model once, which counts the revision, records the undo step and checks the scenario again.
 */
final class RunListEdits {
    private final ObservableList<RunRow> runRows;
    private final Messages messages;
    private final Runnable changed;
    private final Consumer<String> say;

    RunListEdits(ObservableList<RunRow> runRows, Messages messages, Runnable changed, Consumer<String> say) {
        this.runRows = runRows;
        this.messages = messages;
        this.changed = changed;
        this.say = say;
    }

    int addRun(Strategy strategy) {
        runRows.add(new RunRow(RunSpec.of(strategy)));
        changed.run();
        return runRows.size() - 1;
    }

    int duplicateRun(int index) {
        if (index < 0 || index >= runRows.size()) return -1;
        runRows.add(index + 1, new RunRow(runRows.get(index).run()));
        changed.run();
        return index + 1;
    }

    /** Removes a run; returns the index to select next (-1 when none is left). */
    int removeRun(int index) {
        if (index < 0 || index >= runRows.size()) return -1;
        if (runRows.size() == 1) {
            say.accept(messages.text("editor.lastRunKept"));
            return 0;
        }
        runRows.remove(index);
        changed.run();
        return Math.min(index, runRows.size() - 1);
    }

    int moveRun(int index, int delta) {
        if (index < 0 || index >= runRows.size()) return index;
        List<Integer> moved = RowMoves.move(runRows, List.of(index), delta);
        if (moved.get(0) != index) changed.run();
        return moved.get(0);
    }

    /**
     * Sets the strategy. Options the new strategy does not have are set back to their defaults (and the
     * view disables them), rather than kept and silently ignored or refused on save.
     */
    void setStrategy(int index, Strategy strategy) {
        updateRun(index, r -> {
            RunSpec n = new RunSpec(strategy, r.returnExceptions(), r.returnWhen(), r.timeoutMs(), r.cancelAtMs(), r.limit(),
                    r.cpu(), r.workers(), r.onExit());
            // The Java options carry over where both strategies take them; a Python run has the defaults.
            if (strategy.takes(RunOption.THREADS) && r.strategy().takes(RunOption.THREADS)) n = n.withThreads(r.threads());
            if (strategy.takes(RunOption.CORES) && r.strategy().takes(RunOption.CORES)) n = n.withCores(r.cores());
            if (strategy.takes(RunOption.JOINER) && r.strategy().takes(RunOption.JOINER)) n = n.withJoiner(r.joiner());
            List<String> reset = new ArrayList<>();
            if (!strategy.acceptsReturnExceptions() && n.returnExceptions()) {
                n = n.withReturnExceptions(false);
                reset.add("returnExceptions");
            }
            if (strategy != Strategy.WAIT && n.returnWhen() != ReturnWhen.ALL_COMPLETED) {
                n = n.withReturnWhen(ReturnWhen.ALL_COMPLETED);
                reset.add("returnWhen");
            }
            // The options the new strategy does not take (the Python ones on a Java run): the reader refuses them.
            if (!strategy.takes(RunOption.CANCEL_AT_MS) && n.cancelAtMs() != null) { n = n.withCancelAtMs(null); reset.add("cancelAtMs"); }
            if (!strategy.takes(RunOption.LIMIT) && n.limit() != null) { n = n.withLimit(null); reset.add("limit"); }
            if (!strategy.takes(RunOption.CPU) && n.cpu() != CpuMode.LOOP) { n = n.withCpu(CpuMode.LOOP); reset.add("cpu"); }
            if (!strategy.takes(RunOption.WORKERS) && n.workers() != RunSpec.DEFAULT_WORKERS) {
                n = n.withWorkers(RunSpec.DEFAULT_WORKERS);
                reset.add("workers");
            }
            if (!strategy.takes(RunOption.ON_EXIT) && n.onExit() != OnExit.DRAIN) { n = n.withOnExit(OnExit.DRAIN); reset.add("onExit"); }
            if (reset.size() == 1) say.accept(messages.format("editor.optionReset.single", strategy.json(), reset.get(0)));
            else if (reset.size() >= 2) say.accept(messages.format("editor.optionReset.pair", strategy.json(),
                    String.join(", ", reset.subList(0, reset.size() - 1)), reset.getLast()));
            return n;
        }, null);
    }

    void setReturnExceptions(int index, boolean value) { updateRun(index, r -> r.withReturnExceptions(value), RunField.RETURN_EXCEPTIONS); }

    void setReturnWhen(int index, ReturnWhen value) { updateRun(index, r -> r.withReturnWhen(value), RunField.RETURN_WHEN); }

    void setCpu(int index, CpuMode value) { updateRun(index, r -> r.withCpu(value), RunField.CPU); }

    void setOnExit(int index, OnExit value) { updateRun(index, r -> r.withOnExit(value), RunField.ON_EXIT); }

    /** Java runs: platform or virtual threads. */
    void setThreads(int index, JavaThreads value) { updateRun(index, r -> r.withThreads(value), RunField.THREADS); }

    /** Structured runs: the scope's joiner. */
    void setJoiner(int index, ScopeJoiner value) { updateRun(index, r -> r.withJoiner(value), RunField.JOINER); }

    /** Sets a text option (timeoutMs, cancelAtMs, limit, workers, cores) from typed text; empty means absent (workers, cores: the default). */
    void editRun(int index, RunField field, String text) {
        if (index < 0 || index >= runRows.size() || !field.isText()) return;
        RunRow row = runRows.get(index);
        RunRow.State s = row.state();
        Map<RunField, String> drafts = new EnumMap<>(RunField.class);
        drafts.putAll(s.drafts());
        Map<RunField, String> fieldProblems = new EnumMap<>(RunField.class);
        fieldProblems.putAll(s.problems());
        fieldProblems.remove(field);
        RunSpec run = s.run();
        try {
            run = field.parse(run, text);
            drafts.remove(field);
        } catch (InvalidInput e) {
            drafts.put(field, text);
            fieldProblems.put(field, ProblemPlacement.runPath(index, field) + ": " + e.getMessage());
        }
        if (run.equals(s.run()) && drafts.equals(s.drafts())) return;
        row.set(new RunRow.State(run, drafts, fieldProblems));
        changed.run();
    }

    private void updateRun(int index, UnaryOperator<RunSpec> edit, RunField field) {
        if (index < 0 || index >= runRows.size()) return;
        RunRow row = runRows.get(index);
        RunSpec before = row.run();
        RunSpec after = edit.apply(before);
        if (after.equals(before)) return;
        Map<RunField, String> fieldProblems = new EnumMap<>(RunField.class);
        fieldProblems.putAll(row.state().problems());
        if (field != null) fieldProblems.remove(field);
        row.set(row.state().withRun(after).withProblems(fieldProblems));
        changed.run();
    }

}
