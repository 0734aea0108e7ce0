package org.gatherlab.app.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
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
import org.gatherlab.engine.RunOption;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

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
    private static final int MAX_NAME_LENGTH = 40;

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

    // ---- State ---------------------------------------------------------------------------------------------

    private final BackgroundWork checker;
    private final LongSupplier seedSource;
    private final Messages messages;
    private String fileLabel = UNTITLED;
    private String seedDraft;
    private boolean checkInFlight;
    private boolean checkPending;
    private final Set<TaskRow> rowsWithProblems = Collections.newSetFromMap(new IdentityHashMap<>());
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
     * Counts the times the whole scenario was replaced (New, Open, a lesson, recovery): every view shows the new one,
     * dropping whatever was being typed into a field of the old one.
     */
    public ReadOnlyLongProperty loadsProperty() { return loads.getReadOnlyProperty(); }

    /** One line about the scenario: {@code 5 tasks · 3 runs · with seed 42, B fails}. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** One line about its problems: {@code No problems}, {@code Checking…}, or the count and the first one. */
    public ReadOnlyStringProperty problemSummaryProperty() { return problemSummary.getReadOnlyProperty(); }

    /** The last thing a command wants to tell the person (e.g. why a move did nothing). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public String fileLabel() { return fileLabel; }

    // ---- Commands: the whole scenario ----------------------------------------------------------------------

    /** Replaces everything being edited (New, Open, recovery). */
    public void load(Scenario scenario) {
        name.set(scenario.name());
        description.set(scenario.description());
        seedDraft = null;
        seed.set(scenario.seed());
        List<TaskRow> newTasks = new ArrayList<>(scenario.tasks().size());
        for (TaskSpec t : scenario.tasks()) newTasks.add(new TaskRow(t));
        rowsWithProblems.clear();
        rowsWithDrafts.clear();
        taskRows.setAll(newTasks);
        List<RunRow> newRuns = new ArrayList<>();
        for (RunSpec r : scenario.runs()) newRuns.add(new RunRow(r));
        runRows.setAll(newRuns);
        changed(true);
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
    public int addTask(int afterIndex) {
        int at = afterIndex < 0 || afterIndex >= taskRows.size() ? taskRows.size() : afterIndex + 1;
        Set<String> used = names();
        taskRows.add(at, new TaskRow(TaskSpec.io(freeName(used), 200)));
        changed(true);
        return at;
    }

    /** Copies each task right after itself, named "A copy", "A copy 2", ...; returns the copies' indices. */
    public List<Integer> duplicateTasks(Collection<Integer> indices) {
        List<Integer> sorted = validIndices(indices, taskRows.size());
        if (sorted.isEmpty()) return List.of();
        Set<String> used = names();
        List<Integer> copies = new ArrayList<>();
        int shift = 0;
        for (int i : sorted) {
            TaskSpec original = taskRows.get(i + shift).task();
            String copyName = copyName(original.name(), used);
            used.add(copyName);
            taskRows.add(i + shift + 1, new TaskRow(original.withName(copyName)));
            shift++;
            copies.add(i + shift);
        }
        changed(true);
        return copies;
    }

    /** Deletes the tasks; returns the index to select next (-1 when none is left). */
    public int deleteTasks(Collection<Integer> indices) {
        List<Integer> sorted = validIndices(indices, taskRows.size());
        if (sorted.isEmpty()) return -1;
        if (sorted.size() == taskRows.size()) {
            message.set(messages.text("editor.lastTaskKept"));
            sorted = sorted.subList(1, sorted.size());
            if (sorted.isEmpty()) return 0;
        }
        for (int k = sorted.size() - 1; k >= 0; k--) {
            TaskRow removed = taskRows.remove((int) sorted.get(k));
            rowsWithProblems.remove(removed);
            rowsWithDrafts.remove(removed);
        }
        changed(true);
        return Math.min(sorted.get(0), taskRows.size() - 1);
    }

    /**
     * Moves the tasks one place up ({@code delta} -1) or down (+1) as a block; returns their new indices
     * (unchanged when the block is already at that end).
     */
    public List<Integer> moveTasks(Collection<Integer> indices, int delta) {
        List<Integer> sorted = validIndices(indices, taskRows.size());
        List<Integer> moved = move(taskRows, sorted, delta);
        if (!moved.equals(sorted)) changed(true);
        return moved;
    }

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
            cellProblems.put(field, taskPath(index, field) + ": " + e.getMessage());
        }
        if (task.equals(s.task()) && drafts.equals(s.drafts())) return;
        row.set(new TaskRow.State(task, drafts, cellProblems, s.fails()));
        track(row);
        changed(field == TaskField.FAILURE_RATE);
    }

    public void setTaskKind(int index, TaskKind kind) {
        editTask(index, TaskField.KIND, kind.json());
    }

    /** Replaces all tasks (e.g. with generated ones); runs and seed stay. */
    public void replaceTasks(List<TaskSpec> newTasks) {
        List<TaskRow> rows = new ArrayList<>(newTasks.size());
        for (TaskSpec t : newTasks) rows.add(new TaskRow(t));
        rowsWithProblems.clear();
        rowsWithDrafts.clear();
        taskRows.setAll(rows);
        changed(true);
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

    // ---- Commands: runs ------------------------------------------------------------------------------------

    public int addRun(Strategy strategy) {
        runRows.add(new RunRow(RunSpec.of(strategy)));
        changed(false);
        return runRows.size() - 1;
    }

    public int duplicateRun(int index) {
        if (index < 0 || index >= runRows.size()) return -1;
        runRows.add(index + 1, new RunRow(runRows.get(index).run()));
        changed(false);
        return index + 1;
    }

    /** Removes a run; returns the index to select next (-1 when none is left). */
    public int removeRun(int index) {
        if (index < 0 || index >= runRows.size()) return -1;
        if (runRows.size() == 1) {
            message.set(messages.text("editor.lastRunKept"));
            return 0;
        }
        runRows.remove(index);
        changed(false);
        return Math.min(index, runRows.size() - 1);
    }

    public int moveRun(int index, int delta) {
        if (index < 0 || index >= runRows.size()) return index;
        List<Integer> moved = move(runRows, List.of(index), delta);
        if (moved.get(0) != index) changed(false);
        return moved.get(0);
    }

    /**
     * Sets the strategy. Options the new strategy does not have are set back to their defaults (and the
     * view disables them), rather than kept and silently ignored or refused on save.
     */
    public void setStrategy(int index, Strategy strategy) {
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
            if (reset.size() == 1) message.set(messages.format("editor.optionReset.single", strategy.json(), reset.get(0)));
            else if (reset.size() >= 2) message.set(messages.format("editor.optionReset.pair", strategy.json(),
                    String.join(", ", reset.subList(0, reset.size() - 1)), reset.getLast()));
            return n;
        }, null);
    }

    public void setReturnExceptions(int index, boolean value) { updateRun(index, r -> r.withReturnExceptions(value), RunField.RETURN_EXCEPTIONS); }

    public void setReturnWhen(int index, ReturnWhen value) { updateRun(index, r -> r.withReturnWhen(value), RunField.RETURN_WHEN); }

    public void setCpu(int index, CpuMode value) { updateRun(index, r -> r.withCpu(value), RunField.CPU); }

    public void setOnExit(int index, OnExit value) { updateRun(index, r -> r.withOnExit(value), RunField.ON_EXIT); }

    /** Java runs: platform or virtual threads. */
    public void setThreads(int index, JavaThreads value) { updateRun(index, r -> r.withThreads(value), RunField.THREADS); }

    /** Structured runs: the scope's joiner. */
    public void setJoiner(int index, ScopeJoiner value) { updateRun(index, r -> r.withJoiner(value), RunField.JOINER); }

    /** Sets a text option (timeoutMs, cancelAtMs, limit, workers, cores) from typed text; empty means absent (workers, cores: the default). */
    public void editRun(int index, RunField field, String text) {
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
            fieldProblems.put(field, runPath(index, field) + ": " + e.getMessage());
        }
        if (run.equals(s.run()) && drafts.equals(s.drafts())) return;
        row.set(new RunRow.State(run, drafts, fieldProblems));
        changed(false);
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
        changed(false);
    }

    // ---- Changes and checks --------------------------------------------------------------------------------

    private void changed(boolean failuresMayChange) {
        revision.set(revision.get() + 1);
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
        else problemSummary.set(messages.count("editor.problems.first", problemList.size(), cellText(problemList.get(0))));
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
        String label = fileLabel;
        checker.submit(() -> ScenarioCheck.problems(snapshot, label),
                found -> finishCheck(checkedRevision, found),
                error -> finishCheck(checkedRevision, List.of(new Problem(label, JsonPath.ROOT, messages.format("editor.checkFailed", error)))));
    }

    private void finishCheck(long checkedRevision, List<Problem> found) {
        checkInFlight = false;
        if (checkPending || checkedRevision != revision.get()) {
            startCheck();
            return;
        }
        show(found);
        // valid before checking: whoever waits for the check to end sees the verdict.
        valid.set(problemList.isEmpty());
        showProblemSummary(false);
        checking.set(false);
    }

    /** Puts the reader's problems and the fields' own on the cells they name, and in the problem list. */
    private void show(List<Problem> found) {
        List<Problem> all = new ArrayList<>();
        Set<String> draftPaths = new HashSet<>();
        if (seedDraft != null) {
            all.add(new Problem(fileLabel, new JsonPath("seed"), seedDraftMessage()));
            draftPaths.add("seed");
        }
        for (int i = 0; i < taskRows.size() && !rowsWithDrafts.isEmpty(); i++) {
            TaskRow.State s = taskRows.get(i).state();
            for (var draft : new TreeSet<>(s.drafts().keySet())) {
                String path = taskPath(i, draft);
                all.add(new Problem(fileLabel, new JsonPath(path), draftMessage(draft, s)));
                draftPaths.add(path);
            }
        }
        for (int j = 0; j < runRows.size(); j++) {
            RunRow.State s = runRows.get(j).state();
            for (var draft : new TreeSet<>(s.drafts().keySet())) {
                String path = runPath(j, draft);
                all.add(new Problem(fileLabel, new JsonPath(path), draftMessage(draft, s)));
                draftPaths.add(path);
            }
        }
        // A field holding a draft still has its last value in the scenario: the reader's word on that is stale.
        for (Problem p : found) if (!draftPaths.contains(p.path())) all.add(p);
        all.sort(ScenarioCheck.DOCUMENT_ORDER);

        Map<Integer, Map<TaskField, String>> byTask = new HashMap<>();
        Map<Integer, Map<RunField, String>> byRun = new HashMap<>();
        for (Problem p : all) {
            Matcher m = ScenarioCheck.TASK_PATH.matcher(p.path());
            if (m.matches() && m.group(2) != null) {
                int i = Integer.parseInt(m.group(1));
                TaskField.fromJson(m.group(2)).ifPresent(f ->
                        byTask.computeIfAbsent(i, k -> new EnumMap<>(TaskField.class)).merge(f, cellText(p), (a, b) -> a + "\n" + b));
                continue;
            }
            m = ScenarioCheck.RUN_PATH.matcher(p.path());
            if (m.matches() && m.group(2) != null) {
                int j = Integer.parseInt(m.group(1));
                RunField.fromJson(m.group(2)).ifPresent(f ->
                        byRun.computeIfAbsent(j, k -> new EnumMap<>(RunField.class)).merge(f, cellText(p), (a, b) -> a + "\n" + b));
            }
        }
        Set<TaskRow> stale = Collections.newSetFromMap(new IdentityHashMap<>());
        stale.addAll(rowsWithProblems);
        rowsWithProblems.clear();
        for (var e : byTask.entrySet()) {
            if (e.getKey() >= taskRows.size()) continue;
            TaskRow row = taskRows.get(e.getKey());
            row.set(row.state().withProblems(e.getValue()));
            rowsWithProblems.add(row);
            stale.remove(row);
        }
        for (TaskRow row : stale) row.set(row.state().withProblems(Map.of()));
        for (int j = 0; j < runRows.size(); j++) {
            RunRow row = runRows.get(j);
            row.set(row.state().withProblems(byRun.getOrDefault(j, Map.of())));
        }
        problemList.setAll(all);
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
        int n = failingCount.get();
        if (n == 0) return messages.format("editor.fails.none", seed.get());
        if (n <= 3) {
            List<String> failing = new ArrayList<>();
            for (TaskRow row : taskRows) if (row.state().fails()) failing.add(row.task().name());
            return messages.format(n == 1 ? "editor.fails.single" : "editor.fails.some", seed.get(), String.join(", ", failing));
        }
        return messages.count("editor.fails.many", n, seed.get(), messages.words().number(taskRows.size()));
    }

    private void track(TaskRow row) {
        if (row.state().drafts().isEmpty()) rowsWithDrafts.remove(row);
        else rowsWithDrafts.add(row);
    }

    private String seedDraftMessage() {
        try {
            FieldText.optionalInteger(seedDraft, Long.MIN_VALUE, Long.MAX_VALUE,
                    "must be between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
            return "must be an integer, got " + FieldText.quote(seedDraft);
        } catch (InvalidInput e) {
            return e.getMessage();
        }
    }

    private String seedDraftProblem() { return "seed: " + seedDraftMessage(); }

    private static String draftMessage(TaskField field, TaskRow.State s) {
        try {
            field.parse(s.task(), s.drafts().get(field));
            return "is not a value";
        } catch (InvalidInput e) {
            return e.getMessage();
        }
    }

    private static String draftMessage(RunField field, RunRow.State s) {
        try {
            field.parse(s.run(), s.drafts().get(field));
            return "is not a value";
        } catch (InvalidInput e) {
            return e.getMessage();
        }
    }

    private static String cellText(Problem p) { return p.path() + ": " + p.message(); }

    static String taskPath(int index, TaskField field) { return "tasks[" + index + "]." + field.json(); }

    static String runPath(int index, RunField field) { return "runs[" + index + "]." + field.json(); }

    private Set<String> names() {
        Set<String> used = new HashSet<>(taskRows.size() * 2);
        for (TaskRow row : taskRows) used.add(row.task().name());
        return used;
    }

    private static String freeName(Set<String> used) {
        for (char c = 'A'; c <= 'Z'; c++) if (!used.contains(String.valueOf(c))) return String.valueOf(c);
        for (int n = used.size(); ; n++) if (!used.contains("T" + n)) return "T" + n;
    }

    /** "A copy", "A copy 2", ... (in the app's language), cut to fit the 40 characters a name may have. */
    private String copyName(String original, Set<String> used) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? messages.format("editor.copyName.first", "") : messages.format("editor.copyName.nth", "", n);
            int room = MAX_NAME_LENGTH - suffix.codePointCount(0, suffix.length());
            String base = original.codePointCount(0, original.length()) > room
                    ? original.substring(0, original.offsetByCodePoints(0, room)) : original;
            String candidate = n == 1 ? messages.format("editor.copyName.first", base) : messages.format("editor.copyName.nth", base, n);
            if (!used.contains(candidate)) return candidate;
        }
    }

    private static List<Integer> validIndices(Collection<Integer> indices, int size) {
        return new TreeSet<>(indices).stream().filter(i -> i >= 0 && i < size).toList();
    }

    /** Moves the rows at {@code sorted} one place as a block, with one removal and one addition. */
    private static <R> List<Integer> move(ObservableList<R> rows, List<Integer> sorted, int delta) {
        if (sorted.isEmpty() || delta == 0) return sorted;
        int step = delta < 0 ? -1 : 1;
        int first = sorted.get(0);
        int last = sorted.get(sorted.size() - 1);
        if ((step < 0 && first == 0) || (step > 0 && last == rows.size() - 1)) return sorted;
        int from = step < 0 ? first - 1 : first;
        int to = step < 0 ? last : last + 1; // inclusive
        Set<Integer> chosen = new HashSet<>(sorted);
        List<R> moving = new ArrayList<>();
        List<R> staying = new ArrayList<>();
        for (int i = from; i <= to; i++) (chosen.contains(i) ? moving : staying).add(rows.get(i));
        // Within [from, to] the chosen rows shift by one; the others close the gap on the far side.
        List<R> arranged = new ArrayList<>(to - from + 1);
        List<Integer> moved = new ArrayList<>(sorted.size());
        int mi = 0;
        int si = 0;
        for (int i = from; i <= to; i++) {
            int original = i - step;
            boolean takeMoving = original >= from && original <= to && chosen.contains(original);
            if (takeMoving) {
                arranged.add(moving.get(mi++));
                moved.add(i);
            } else {
                arranged.add(staying.get(si++));
            }
        }
        rows.remove(from, to + 1);
        rows.addAll(from, arranged);
        return moved;
    }
}
