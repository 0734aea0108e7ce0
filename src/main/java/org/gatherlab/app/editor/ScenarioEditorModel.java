package org.gatherlab.app.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.scenario.JsonPath;
import org.gatherlab.scenario.Problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The scenario editor's presentation model: the scenario being edited, as rows the view binds to, and the
 * commands the view calls. No toolkit beyond {@code javafx.beans} and {@code javafx.collections}; every
 * method is called on one thread (the FX thread in the app, the test's thread in tests).
 *
 * <p>Validation is the scenario reader's own ({@link ScenarioCheck}), run through the {@link BackgroundWork}
 * seam after every edit (a 100,000-task scenario takes a few hundred milliseconds to check). Checks are
 * coalesced: while one runs, edits only mark that another is needed, and a result that no longer matches the
 * scenario is dropped. Its problems land on the cells their JSON paths name ({@code tasks[2].durationMs}).
 */
public final class ScenarioEditorModel {
    public static final int MAX_TASKS = 100_000;
    public static final String UNTITLED = "untitled.gather.json";

    // ---- Properties ----------------------------------------------------------------------------------------

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", 0);
    /** What the seed field shows: the seed, or text typed there that is not an integer. */
    private final ReadOnlyStringWrapper seedText = new ReadOnlyStringWrapper(this, "seedText", "0");
    /** The seed field's problem as {@code seed: message}, or null. */
    private final ReadOnlyStringWrapper seedProblem = new ReadOnlyStringWrapper(this, "seedProblem", null);

    private final ObservableList<TaskRow> taskRows = FXCollections.observableArrayList();
    private final ObservableList<TaskRow> tasks = FXCollections.unmodifiableObservableList(taskRows);
    private final ObservableList<RunRow> runRows = FXCollections.observableArrayList();
    private final ObservableList<RunRow> runs = FXCollections.unmodifiableObservableList(runRows);
    private final ObservableList<Problem> problemList = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.unmodifiableObservableList(problemList);

    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyBooleanWrapper generating = new ReadOnlyBooleanWrapper(this, "generating", false);
    private final ReadOnlyIntegerWrapper failingCount = new ReadOnlyIntegerWrapper(this, "failingCount", 0);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private final ReadOnlyLongWrapper loads = new ReadOnlyLongWrapper(this, "loads", 0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper(this, "problemSummary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<CheckResult> checked = new ReadOnlyObjectWrapper<>(this, "checked");

    // ---- State ---------------------------------------------------------------------------------------------

    private final BackgroundWork checker;
    private final LongSupplier seedSource;
    private final Messages messages;
    private String fileLabel = UNTITLED;
    private String seedDraft;
    private boolean checkInFlight;
    private boolean checkPending;
    private final ProblemPlacement placement = new ProblemPlacement();
    private final EditHistory history = new EditHistory();
    private final RunListEdits runEdits;
    private final TaskListEdits taskEdits;
    /** While an undo or redo puts a scenario back: that is no new step. */
    private boolean restoring;
    /** Counts replacements like {@link #loads}, but before the check they cause begins (checks carry it). */
    private long replacements;
    private final Set<TaskRow> rowsWithDrafts = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param checker    where validation and task generation run
     * @param seedSource the seeds "reroll" picks (the app passes a random source; tests a fixed sequence)
     * @param messages   the app's language: the summaries are worded in it, and re-worded when it changes
     */
    public ScenarioEditorModel(BackgroundWork checker, LongSupplier seedSource, Messages messages) {
        this.checker = checker;
        this.seedSource = seedSource;
        this.messages = messages;
        this.runEdits = new RunListEdits(runRows, messages, () -> changed(false), message::set);
        this.taskEdits = new TaskListEdits(taskRows, messages, () -> changed(true), message::set, row -> {
            placement.forget(row);
            rowsWithDrafts.remove(row);
        });
        load(DefaultScenario.create(messages.words()));
        messages.localeProperty().addListener(o -> {
            showSummary();
            showProblemSummary(checking.get());
        });
    }

    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }

    public ReadOnlyStringProperty descriptionProperty() { return description.getReadOnlyProperty(); }

    public ReadOnlyLongProperty seedProperty() { return seed.getReadOnlyProperty(); }

    public ReadOnlyStringProperty seedTextProperty() { return seedText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty seedProblemProperty() { return seedProblem.getReadOnlyProperty(); }

    /** The task rows, in the file's order (read-only: change them through the commands). */
    public ObservableList<TaskRow> tasks() { return tasks; }

    public ObservableList<RunRow> runs() { return runs; }

    /** Every problem, in document order, as the command line would print them. */
    public ObservableList<Problem> problems() { return problems; }

    /** Whether a check of the latest edit is still running. */
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }

    /** Whether the scenario as it is now has been checked and has no problems: it can be run and saved. */
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty generatingProperty() { return generating.getReadOnlyProperty(); }

    /** How many tasks fail with the current seed. */
    public ReadOnlyIntegerProperty failingCountProperty() { return failingCount.getReadOnlyProperty(); }

    /** Counts every change of the scenario; the document compares it with the revision it last saved. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /**
     * Counts the times the whole scenario (New, Open, a lesson, recovery) or its whole task list (Generate) was replaced:
     * every view shows the new one, dropping whatever was being typed into a field of the old one.
     */
    public ReadOnlyLongProperty loadsProperty() { return loads.getReadOnlyProperty(); }

    /** One line about the scenario: {@code 5 tasks · 3 runs · with seed 42, B fails}. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** One line about its problems: {@code No problems}, {@code Checking…}, or the count and the first one. */
    public ReadOnlyStringProperty problemSummaryProperty() { return problemSummary.getReadOnlyProperty(); }

    /** The last thing a command wants to tell the person (e.g. why a move did nothing). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public String fileLabel() { return fileLabel; }

    /** The last check that ended (one an edit overtook too, if it found nothing: a drag is followed as checks go). */
    public ReadOnlyObjectProperty<CheckResult> checkedProperty() { return checked.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return history.canUndoProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return history.canRedoProperty(); }

    // ---- Commands: undo and redo ---------------------------------------------------------------------------

    /** Puts back the scenario before the last edit (a table edit, an option, a generation, a whole drag). */
    public boolean undo() { return restore(history.undo(), "editor.undo.nothing"); }

    /** Puts back what the last undo took away. */
    public boolean redo() { return restore(history.redo(), "editor.redo.nothing"); }

    /** The edits until {@link #endEdit()} are one undo step (a drag on the timeline). */
    public void beginEdit() { history.begin(); }

    public void endEdit() { history.end(); }

    /**
     * Shows a scenario from the history in the rows there are: a row whose task did not change keeps its state, so the
     * table keeps its selection and its scroll; only when the number of rows differs are they made again.
     */
    private boolean restore(Scenario s, String nothingKey) {
        if (s == null) {
            message.set(messages.text(nothingKey));
            return false;
        }
        restoring = true;
        try {
            name.set(s.name());
            description.set(s.description());
            seedDraft = null;
            seed.set(s.seed());
            rowsWithDrafts.clear();
            if (!RowMoves.restoreTasks(taskRows, s.tasks())) placement.clear();
            RowMoves.restoreRuns(runRows, s.runs());
            changed(true);
        } finally {
            restoring = false;
        }
        return true;
    }

    // ---- Commands: the whole scenario ----------------------------------------------------------------------

    /** Replaces everything being edited (New, Open, recovery). */
    public void load(Scenario scenario) {
        name.set(scenario.name());
        description.set(scenario.description());
        seedDraft = null;
        seed.set(scenario.seed());
        List<TaskRow> newTasks = new ArrayList<>(scenario.tasks().size());
        for (TaskSpec t : scenario.tasks()) newTasks.add(new TaskRow(t));
        placement.clear();
        rowsWithDrafts.clear();
        taskRows.setAll(newTasks);
        List<RunRow> newRuns = new ArrayList<>();
        for (RunSpec r : scenario.runs()) newRuns.add(new RunRow(r));
        runRows.setAll(newRuns);
        replacements++;
        changed(true);
        history.reset(scenario());
        loads.set(loads.get() + 1);
    }

    /** The scenario as edited. Fields holding text that is no value yet keep their last value here. */
    public Scenario scenario() {
        List<TaskSpec> t = new ArrayList<>(taskRows.size());
        for (TaskRow row : taskRows) t.add(row.task());
        List<RunSpec> r = new ArrayList<>(runRows.size());
        for (RunRow row : runRows) r.add(row.run());
        return new Scenario(name.get(), description.get(), seed.get(), t, r);
    }

    /** Whether some field holds typed text that is not a value yet (the scenario then is not what the person sees). */
    public boolean hasDrafts() {
        if (seedDraft != null || !rowsWithDrafts.isEmpty()) return true;
        for (RunRow row : runRows) if (!row.state().drafts().isEmpty()) return true;
        return false;
    }

    /** The label problems are reported under (the file's name, or {@value #UNTITLED}). */
    public void setFileLabel(String label) {
        if (label.equals(fileLabel)) return;
        fileLabel = label;
        scheduleCheck();
    }

    public void setName(String text) {
        String v = text == null ? "" : text;
        if (v.equals(name.get())) return;
        name.set(v);
        changed(false);
    }

    public void setDescription(String text) {
        String v = text == null ? "" : text;
        if (v.equals(description.get())) return;
        description.set(v);
        changed(false);
    }

    public void setSeed(long value) {
        if (seedDraft == null && value == seed.get()) return;
        seedDraft = null;
        seed.set(value);
        changed(true);
    }

    /** The seed field's text: an integer sets the seed; anything else stays in the field with the reader's message. */
    public void setSeedText(String text) {
        try {
            Long v = FieldText.optionalInteger(text, Long.MIN_VALUE, Long.MAX_VALUE,
                    "must be between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
            setSeed(v == null ? 0 : v);
        } catch (InvalidInput e) {
            if (text.equals(seedDraft)) return;
            seedDraft = text;
            changed(false);
        }
    }

    /** A new seed: other tasks may fail. */
    public void rerollSeed() {
        long next = seedSource.getAsLong();
        if (next == seed.get()) next = seedSource.getAsLong();
        setSeed(next);
        message.set(messages.format("editor.rerolled", next, failureSentence()));
    }

    // ---- Commands: tasks -----------------------------------------------------------------------------------

    /** Adds a task (io, 200 ms, the first free name of A–Z, else T&lt;n&gt;) after {@code afterIndex} (-1: at the end). */
    public int addTask(int afterIndex) { return taskEdits.addTask(afterIndex); }

    /** Copies each task right after itself, named "A copy", "A copy 2", ...; returns the copies' indices. */
    public List<Integer> duplicateTasks(Collection<Integer> indices) { return taskEdits.duplicateTasks(indices); }

    /** Deletes the tasks (never the last one); returns the index to select next. */
    public int deleteTasks(Collection<Integer> indices) { return taskEdits.deleteTasks(indices); }

    /** Moves the tasks one place up ({@code delta} -1) or down (+1) as a block; returns their new indices. */
    public List<Integer> moveTasks(Collection<Integer> indices, int delta) { return taskEdits.moveTasks(indices, delta); }

    /** Sets a field from typed text (what the table's cells call when an edit is committed). */
    public void editTask(int index, TaskField field, String text) {
        if (index < 0 || index >= taskRows.size()) return;
        TaskRow row = taskRows.get(index);
        TaskRow.State s = row.state();
        Map<TaskField, String> drafts = new EnumMap<>(TaskField.class);
        drafts.putAll(s.drafts());
        Map<TaskField, String> cellProblems = new EnumMap<>(TaskField.class);
        cellProblems.putAll(s.problems());
        cellProblems.remove(field); // the check of the new value says whether it is still wrong
        TaskSpec task = s.task();
        try {
            task = field.parse(task, text);
            drafts.remove(field);
        } catch (InvalidInput e) {
            drafts.put(field, text);
            cellProblems.put(field, ProblemPlacement.taskPath(index, field) + ": " + e.getMessage());
        }
        if (task.equals(s.task()) && drafts.equals(s.drafts())) return;
        row.set(new TaskRow.State(task, drafts, cellProblems, s.fails()));
        track(row);
        changed(field == TaskField.FAILURE_RATE);
    }

    public void setTaskKind(int index, TaskKind kind) {
        editTask(index, TaskField.KIND, kind.json());
    }

    /** A duration in ms, as a drag on the timeline or Alt+arrows set it (the same edit as typing it in the table). */
    public void setTaskDuration(int index, double ms) { editTask(index, TaskField.DURATION_MS, FieldText.number(ms)); }
    public void setTaskFailureRate(int index, double rate) { editTask(index, TaskField.FAILURE_RATE, FieldText.number(rate)); }

    /** Replaces all tasks (e.g. with generated ones); runs and seed stay. */
    public void replaceTasks(List<TaskSpec> newTasks) {
        List<TaskRow> rows = new ArrayList<>(newTasks.size());
        for (TaskSpec t : newTasks) rows.add(new TaskRow(t));
        placement.clear();
        rowsWithDrafts.clear();
        taskRows.setAll(rows);
        replacements++;
        changed(true);
        loads.set(loads.get() + 1);
    }

    /** Generates tasks off the FX thread, then replaces the task list with them. */
    public void generateTasks(GenerateSpec spec) {
        generating.set(true);
        message.set(messages.count("editor.generating", spec.count()));
        checker.submit(() -> TaskGenerator.generate(spec), generated -> {
            generating.set(false);
            replaceTasks(generated);
            message.set(messages.count("editor.generated", generated.size(), spec.seed()));
        }, error -> {
            generating.set(false);
            message.set(messages.format("editor.generateFailed", error.getMessage()));
        });
    }

    // ---- Commands: runs (see RunListEdits) -----------------------------------------------------------------

    public int addRun(Strategy strategy) { return runEdits.addRun(strategy); }

    public int duplicateRun(int index) { return runEdits.duplicateRun(index); }

    /** Removes a run; returns the index to select next (-1 when none is left). */
    public int removeRun(int index) { return runEdits.removeRun(index); }

    public int moveRun(int index, int delta) { return runEdits.moveRun(index, delta); }

    /** Sets the strategy; options the new strategy does not have go back to their defaults (the message says which). */
    public void setStrategy(int index, Strategy strategy) { runEdits.setStrategy(index, strategy); }

    public void setReturnExceptions(int index, boolean value) { runEdits.setReturnExceptions(index, value); }

    public void setReturnWhen(int index, ReturnWhen value) { runEdits.setReturnWhen(index, value); }

    public void setCpu(int index, CpuMode value) { runEdits.setCpu(index, value); }

    public void setOnExit(int index, OnExit value) { runEdits.setOnExit(index, value); }

    /** Java runs: platform or virtual threads. */
    public void setThreads(int index, JavaThreads value) { runEdits.setThreads(index, value); }

    /** Structured runs: the scope's joiner. */
    public void setJoiner(int index, ScopeJoiner value) { runEdits.setJoiner(index, value); }

    /** Sets a text option (timeoutMs, cancelAtMs, limit, workers, cores) from typed text; empty means absent. */
    public void editRun(int index, RunField field, String text) { runEdits.editRun(index, field, text); }

    // ---- Changes and checks --------------------------------------------------------------------------------

    private void changed(boolean failuresMayChange) {
        revision.set(revision.get() + 1);
        if (!restoring) history.changed(scenario());
        if (failuresMayChange) refreshFailures();
        seedText.set(seedDraft != null ? seedDraft : Long.toString(seed.get()));
        seedProblem.set(seedDraft == null ? null : seedDraftProblem());
        showSummary();
        scheduleCheck();
    }

    private void showSummary() {
        summary.set(messages.format("editor.summary", messages.count("editor.summary.tasks", taskRows.size()),
                messages.count("editor.summary.runs", runRows.size()), failureSentence()));
    }

    /** {@code Checking…}, {@code No problems}, or the count and the first one. */
    private void showProblemSummary(boolean checkingNow) {
        if (checkingNow) problemSummary.set(messages.text("editor.problems.checking"));
        else if (problemList.isEmpty()) problemSummary.set(messages.text("editor.problems.none"));
        else problemSummary.set(messages.count("editor.problems.first", problemList.size(), ProblemPlacement.cellText(problemList.get(0))));
    }

    private void scheduleCheck() {
        checking.set(true);
        valid.set(false);
        showProblemSummary(true);
        if (checkInFlight) {
            checkPending = true;
            return;
        }
        startCheck();
    }

    private void startCheck() {
        checkInFlight = true;
        checkPending = false;
        long checkedRevision = revision.get();
        Scenario snapshot = scenario();
        boolean drafts = hasDrafts();
        long replaced = replacements;
        String label = fileLabel;
        checker.submit(() -> ScenarioCheck.problems(snapshot, label),
                found -> finishCheck(checkedRevision, replaced, snapshot, drafts, found),
                error -> finishCheck(checkedRevision, replaced, snapshot, drafts,
                        List.of(new Problem(label, JsonPath.ROOT, messages.format("editor.checkFailed", error)))));
    }

    private void finishCheck(long checkedRevision, long replaced, Scenario snapshot, boolean drafts, List<Problem> found) {
        checkInFlight = false;
        if (checkPending || checkedRevision != revision.get()) {
            // Edits came in meanwhile (a drag): a valid state on the way is still worth showing while they go on.
            if (!drafts && found.isEmpty() && replaced == replacements) checked.set(new CheckResult(checkedRevision, replaced, snapshot, List.of(), false));
            startCheck();
            return;
        }
        problemList.setAll(placement.place(found, fileLabel, seedDraft, seedDraft == null ? null : seedDraftMessage(),
                !rowsWithDrafts.isEmpty(), taskRows, runRows));
        // valid before checking: whoever waits for the check to end sees the verdict.
        valid.set(problemList.isEmpty());
        showProblemSummary(false);
        checked.set(new CheckResult(checkedRevision, replaced, snapshot, List.copyOf(problemList), true));
        checking.set(false);
    }

    /** Whether the tasks that fail with the seed changed; only rows whose answer changed are touched. */
    private void refreshFailures() {
        long s = seed.get();
        int count = 0;
        for (int i = 0; i < taskRows.size(); i++) {
            TaskRow row = taskRows.get(i);
            boolean fails = FailurePlan.fails(s, i, row.task().failureRate());
            if (fails) count++;
            if (fails != row.state().fails()) row.set(row.state().withFails(fails));
        }
        failingCount.set(count);
    }

    private String failureSentence() {
        return FailureSentence.of(messages, seed.get(), failingCount.get(), taskRows);
    }

    private void track(TaskRow row) {
        if (row.state().drafts().isEmpty()) rowsWithDrafts.remove(row);
        else rowsWithDrafts.add(row);
    }

    private String seedDraftMessage() { return FieldText.seedMessage(seedDraft); }

    private String seedDraftProblem() { return "seed: " + seedDraftMessage(); }

}
