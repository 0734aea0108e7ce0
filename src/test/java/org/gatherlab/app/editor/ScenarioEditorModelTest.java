package org.gatherlab.app.editor;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.scenario.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's view model, without the toolkit: checks run at once through {@link BackgroundWork#direct()}. */
class ScenarioEditorModelTest {
    private final ScenarioEditorModel model = new ScenarioEditorModel(BackgroundWork.direct(), new Seeds(7, 8, 9), Messages.english());

    @Test
    void aNewScenarioHasFiveIoTasksAndTheDefaultComparison() {
        assertEquals(List.of("A", "B", "C", "D", "E"), names());
        assertTrue(model.tasks().stream().allMatch(r -> r.task().kind() == TaskKind.IO && r.task().durationMs() >= 100));
        assertEquals(List.of(RunSpec.of(Strategy.SEQUENTIAL), RunSpec.of(Strategy.GATHER),
                RunSpec.of(Strategy.GATHER).withCpu(CpuMode.PROCESSES).withWorkers(4)), runs());
        assertTrue(model.validProperty().get(), model.problems().toString());
        assertTrue(model.problems().isEmpty());
    }

    @Test
    void aNegativeDurationGetsTheCommandLinesMessageOnItsCell() {
        model.editTask(2, TaskField.DURATION_MS, "-5");

        TaskRow.State row = model.tasks().get(2).state();
        assertEquals("tasks[2].durationMs: must be between 0 and 3600000, got -5", row.problem(TaskField.DURATION_MS));
        assertNull(row.problem(TaskField.NAME));
        assertEquals(List.of("untitled.gather.json: tasks[2].durationMs: must be between 0 and 3600000, got -5"), problemTexts());
        assertFalse(model.validProperty().get());

        model.editTask(2, TaskField.DURATION_MS, "250");
        assertNull(model.tasks().get(2).state().problem(TaskField.DURATION_MS));
        assertTrue(model.problems().isEmpty());
        assertTrue(model.validProperty().get());
        assertEquals(250, model.tasks().get(2).task().durationMs());
    }

    @Test
    void problemsAreLabelledWithTheFilesName() {
        model.setFileLabel("lesson.gather.json");
        model.editTask(0, TaskField.FAILURE_RATE, "1.5");
        assertEquals(List.of("lesson.gather.json: tasks[0].failureRate: must be between 0 and 1, got 1.5"), problemTexts());
    }

    @Test
    void textThatIsNoNumberStaysInTheCellWithTheReadersWording() {
        model.editTask(1, TaskField.DURATION_MS, "abc");

        TaskRow.State row = model.tasks().get(1).state();
        assertEquals("abc", row.text(TaskField.DURATION_MS));
        assertEquals(200, row.task().durationMs(), "the model keeps the last value");
        assertEquals("tasks[1].durationMs: must be a number, got \"abc\"", row.problem(TaskField.DURATION_MS));
        assertTrue(model.hasDrafts());
        assertFalse(model.validProperty().get());

        model.editTask(1, TaskField.DURATION_MS, "");
        assertEquals("tasks[1].durationMs: is required", model.tasks().get(1).state().problem(TaskField.DURATION_MS));

        model.editTask(1, TaskField.DURATION_MS, "1e3");
        assertEquals(1000, model.tasks().get(1).task().durationMs());
        assertEquals("1000", model.tasks().get(1).state().text(TaskField.DURATION_MS));
        assertFalse(model.hasDrafts());
        assertTrue(model.validProperty().get());
    }

    @Test
    void rulesBetweenFieldsAndTasksAreTheReadersToo() {
        model.editTask(1, TaskField.NAME, "A");
        model.editTask(3, TaskField.FAIL_AT_MS, "150");
        model.editTask(4, TaskField.CANCEL_AT_MS, "10");

        assertEquals(List.of(
                "untitled.gather.json: tasks[1].name: must be unique, \"A\" is also the name of tasks[0]",
                "untitled.gather.json: tasks[3].failAtMs: must be between 0 and durationMs (100), got 150",
                "untitled.gather.json: tasks[4].cancelAtMs: not allowed in a file with a sequential run (runs[0]): "
                        + "a sequential run awaits each body directly, so there is no task object to cancel"), problemTexts());
        assertEquals("tasks[1].name: must be unique, \"A\" is also the name of tasks[0]",
                model.tasks().get(1).state().problem(TaskField.NAME));
        assertTrue(model.tasks().get(4).state().problem(TaskField.CANCEL_AT_MS).startsWith("tasks[4].cancelAtMs: not allowed"));
    }

    @Test
    void emptyOptionalFieldsAreAbsent() {
        model.editTask(0, TaskField.FAIL_AT_MS, "100");
        assertEquals(100.0, model.tasks().get(0).task().failAtMs());
        model.editTask(0, TaskField.FAIL_AT_MS, "  ");
        assertNull(model.tasks().get(0).task().failAtMs());
        assertEquals("", model.tasks().get(0).state().text(TaskField.FAIL_AT_MS));
    }

    @Test
    void addingDuplicatingDeletingAndMovingTasks() {
        int added = model.addTask(1);
        assertEquals(2, added);
        assertEquals(List.of("A", "B", "F", "C", "D", "E"), names());

        assertEquals(List.of(1, 4), model.duplicateTasks(List.of(0, 2)));
        assertEquals(List.of("A", "A copy", "B", "F", "F copy", "C", "D", "E"), names());
        assertEquals(List.of(1), model.duplicateTasks(List.of(0)));
        assertEquals("A copy 2", model.tasks().get(1).task().name());

        assertEquals(1, model.deleteTasks(List.of(1, 2, 5)));
        assertEquals(List.of("A", "B", "F", "C", "D", "E"), names());

        assertEquals(List.of(1, 3), model.moveTasks(List.of(2, 4), -1));
        assertEquals(List.of("A", "F", "B", "D", "C", "E"), names());
        assertEquals(List.of(0, 1), model.moveTasks(List.of(0, 1), -1), "a block already at the top stays");
        assertEquals(List.of(5), model.moveTasks(List.of(4), 1));
        assertEquals(List.of("A", "F", "B", "D", "E", "C"), names());
        assertTrue(model.validProperty().get());
    }

    @Test
    void movingATaskMovesItsProblemWithItAndRecheckingPutsTheRightIndex() {
        model.editTask(3, TaskField.DURATION_MS, "-5");
        model.moveTasks(List.of(3), -1);
        assertEquals("tasks[2].durationMs: must be between 0 and 3600000, got -5",
                model.tasks().get(2).state().problem(TaskField.DURATION_MS));
        assertNull(model.tasks().get(3).state().problem(TaskField.DURATION_MS));
    }

    @Test
    void theLastTaskCannotBeDeleted() {
        model.deleteTasks(List.of(0, 1, 2, 3, 4));
        assertEquals(List.of("A"), names());
        assertTrue(model.messageProperty().get().contains("at least one task"));
    }

    @Test
    void everyEditIsARevisionAndNoOpsAreNot() {
        long r0 = model.revisionProperty().get();
        model.editTask(0, TaskField.DURATION_MS, "300");
        model.editTask(0, TaskField.DURATION_MS, "300.0");
        model.setName(model.nameProperty().get());
        assertEquals(r0, model.revisionProperty().get());
        model.editTask(0, TaskField.DURATION_MS, "301");
        assertEquals(r0 + 1, model.revisionProperty().get());
    }

    @Test
    void theSeedDecidesWhichTasksFailAsTheContractSays() {
        model.editTask(0, TaskField.FAILURE_RATE, "0.5");
        model.editTask(1, TaskField.FAILURE_RATE, "0.5");
        model.editTask(2, TaskField.FAILURE_RATE, "1");
        for (long seed : new long[] {0, 1, 42, -3}) {
            model.setSeed(seed);
            boolean[] expected = FailurePlan.draw(seed, model.scenario().tasks());
            for (int i = 0; i < expected.length; i++) assertEquals(expected[i], model.tasks().get(i).state().fails(), "task " + i);
        }
        assertTrue(model.tasks().get(2).state().fails());
        assertTrue(model.summaryProperty().get().startsWith("5 tasks · 3 runs · with seed -3, "));
    }

    @Test
    void rerollPicksTheNextSeedAndABadSeedTextIsAProblem() {
        model.rerollSeed();
        assertEquals(7, model.seedProperty().get());
        model.setSeedText("12x");
        assertEquals("12x", model.seedTextProperty().get());
        assertEquals("seed: must be an integer, got \"12x\"", model.seedProblemProperty().get());
        assertEquals(List.of("untitled.gather.json: seed: must be an integer, got \"12x\""), problemTexts());
        model.setSeedText("99999999999999999999");
        assertEquals("seed: must be between -9223372036854775808 and 9223372036854775807, got 99999999999999999999",
                model.seedProblemProperty().get());
        model.setSeedText(" 12 ");
        assertEquals(12, model.seedProperty().get());
        assertNull(model.seedProblemProperty().get());
        assertTrue(model.validProperty().get());
    }

    @Test
    void generatingWithASeedIsDeterministicAndReplacesTheTasks() {
        GenerateSpec spec = new GenerateSpec(1000, 100, 800, 0.1, 0.8, 5);
        model.generateTasks(spec);
        List<TaskSpec> first = model.scenario().tasks();
        model.generateTasks(spec);
        assertEquals(first, model.scenario().tasks());
        assertEquals(1000, first.size());
        assertEquals(200, first.stream().filter(t -> t.kind() == TaskKind.CPU).count());
        assertTrue(first.stream().allMatch(t -> t.durationMs() >= 100 && t.durationMs() <= 800 && t.failureRate() == 0.1));
        assertEquals("T17", first.get(17).name());
        assertNotEquals(first, TaskGenerator.generate(new GenerateSpec(1000, 100, 800, 0.1, 0.8, 6)));
        assertTrue(model.validProperty().get());
        assertEquals(3, model.runs().size(), "runs stay");
    }

    @Test
    void generatingAHundredThousandTasksGivesAValidScenario() {
        model.generateTasks(new GenerateSpec(100_000, 0, 5000, 0.01, 0.5, 1));
        assertEquals(100_000, model.tasks().size());
        assertTrue(model.validProperty().get());
        assertTrue(model.summaryProperty().get().startsWith("100,000 tasks"));
    }

    @Test
    void generateSettingsOutsideTheirRangesAreRefusedWithTheFieldAndRule() {
        assertEquals(List.of("Number of tasks must be between 1 and 100000, got 100001"),
                new GenerateSpec(100_001, 0, 10, 0, 1, 0).problems(Words.english()));
        assertEquals(List.of("Shortest duration must not exceed the longest, got 20 > 10"), new GenerateSpec(3, 20, 10, 0, 1, 0).problems(Words.english()));
        assertEquals("Number of tasks must be a whole number between 1 and 100000, got \"ten\"",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> GenerateSpec.parseCount("ten", Words.english())).getMessage());
        assertEquals(100_000, GenerateSpec.parseCount("100,000", Words.english()));
    }

    @Test
    void optionsAStrategyDoesNotHaveAreDisabledAndResetWhenTheStrategyChanges() {
        RunSpec gather = model.runs().get(1).run();
        assertTrue(RunField.RETURN_EXCEPTIONS.appliesTo(gather));
        assertFalse(RunField.RETURN_WHEN.appliesTo(gather));
        assertFalse(RunField.WORKERS.appliesTo(gather), "workers mean nothing without a process pool");
        assertTrue(RunField.WORKERS.appliesTo(model.runs().get(2).run()));

        model.setReturnExceptions(1, true);
        model.setStrategy(1, Strategy.TASKGROUP);
        assertFalse(model.runs().get(1).run().returnExceptions());
        assertTrue(model.messageProperty().get().contains("returnExceptions"));
        assertTrue(model.validProperty().get());

        model.setStrategy(1, Strategy.WAIT);
        assertTrue(RunField.RETURN_WHEN.appliesTo(model.runs().get(1).run()));
        model.setReturnWhen(1, ReturnWhen.FIRST_EXCEPTION);
        model.setStrategy(1, Strategy.GATHER);
        assertEquals(ReturnWhen.ALL_COMPLETED, model.runs().get(1).run().returnWhen());
    }

    @Test
    void javaRunsHaveThreadsCoresAndForStructuredAJoiner() {
        RunSpec gather = model.runs().get(1).run();
        assertFalse(RunField.THREADS.appliesTo(gather));
        assertFalse(RunField.CORES.appliesTo(gather));
        assertFalse(RunField.JOINER.appliesTo(gather));

        model.editRun(1, RunField.LIMIT, "2");
        model.setStrategy(1, Strategy.CF_ALLOF);
        RunSpec cf = model.runs().get(1).run();
        assertNull(cf.limit(), "a Python-only option is reset");
        assertTrue(RunField.THREADS.appliesTo(cf));
        assertTrue(RunField.CORES.appliesTo(cf));
        assertTrue(RunField.TIMEOUT_MS.appliesTo(cf));
        assertFalse(RunField.JOINER.appliesTo(cf));
        assertFalse(RunField.LIMIT.appliesTo(cf));

        model.setThreads(1, org.gatherlab.engine.JavaThreads.PLATFORM);
        model.editRun(1, RunField.CORES, "2");
        assertEquals("2", model.runs().get(1).state().text(RunField.CORES));
        model.setStrategy(1, Strategy.STRUCTURED);
        assertTrue(RunField.JOINER.appliesTo(model.runs().get(1).run()));
        model.setJoiner(1, org.gatherlab.engine.ScopeJoiner.AWAIT_ALL);
        RunSpec s = model.runs().get(1).run();
        assertEquals(org.gatherlab.engine.JavaThreads.PLATFORM, s.threads(), "Java options carry over between Java strategies");
        assertEquals(2, s.cores());
        assertEquals(org.gatherlab.engine.ScopeJoiner.AWAIT_ALL, s.joiner());
        assertEquals("structured · platform · 2 cores · awaitAll", model.runs().get(1).state().summary(Words.english()));
        assertTrue(model.runs().get(1).state().problem(RunField.THREADS).startsWith("runs[1].threads: platform is not modelled for structured"),
                "the reader's message, on the field");
        model.setThreads(1, org.gatherlab.engine.JavaThreads.VIRTUAL);
        assertNull(model.runs().get(1).state().problem(RunField.THREADS));
        assertTrue(model.validProperty().get(), model.problems().toString());

        model.editRun(1, RunField.CORES, "0");
        assertTrue(model.runs().get(1).state().problem(RunField.CORES).startsWith("runs[1].cores: "),
                String.valueOf(model.runs().get(1).state().problem(RunField.CORES)));
        model.editRun(1, RunField.CORES, "");
        assertEquals(RunSpec.DEFAULT_CORES, model.runs().get(1).run().cores());
    }

    @Test
    void runOptionsAreEditedAndCheckedOnTheirField() {
        model.editRun(1, RunField.TIMEOUT_MS, "250");
        model.editRun(1, RunField.LIMIT, "2");
        model.setOnExit(1, OnExit.CANCEL);
        assertEquals(RunSpec.of(Strategy.GATHER).withTimeoutMs(250.0).withLimit(2).withOnExit(OnExit.CANCEL), model.runs().get(1).run());
        assertEquals("gather(timeout=250 ms) · Semaphore(2) · on exit: cancel", model.runs().get(1).state().summary(Words.english()));

        model.editRun(2, RunField.WORKERS, "0");
        assertEquals("runs[2].workers: must be between 1 and 256, got 0", model.runs().get(2).state().problem(RunField.WORKERS));
        model.editRun(2, RunField.WORKERS, "2.5");
        assertEquals("runs[2].workers: must be an integer, got 2.5", model.runs().get(2).state().problem(RunField.WORKERS));
        model.editRun(1, RunField.LIMIT, "0");
        assertEquals("runs[1].limit: must be at least 1, got 0", model.runs().get(1).state().problem(RunField.LIMIT));
        assertEquals(2, model.problems().size());
        model.editRun(2, RunField.WORKERS, "");
        assertEquals(RunSpec.DEFAULT_WORKERS, model.runs().get(2).run().workers());
    }

    @Test
    void addingRemovingAndMovingRuns() {
        assertEquals(3, model.addRun(Strategy.AS_COMPLETED));
        assertEquals(2, model.moveRun(3, -1));
        assertEquals(List.of(Strategy.SEQUENTIAL, Strategy.GATHER, Strategy.AS_COMPLETED, Strategy.GATHER),
                runs().stream().map(RunSpec::strategy).toList());
        assertEquals(0, model.removeRun(0));
        assertEquals(3, model.duplicateRun(2));
        assertEquals(List.of(Strategy.GATHER, Strategy.AS_COMPLETED, Strategy.GATHER, Strategy.GATHER),
                runs().stream().map(RunSpec::strategy).toList());
        model.editTask(0, TaskField.CANCEL_AT_MS, "10");
        assertTrue(model.validProperty().get(), "no sequential run left, so tasks may be cancelled");
    }

    @Test
    void loadingReplacesEverything() {
        Scenario s = new Scenario("x", "y", 3, List.of(TaskSpec.cpu("Z", 5)), List.of(RunSpec.of(Strategy.TASKGROUP)));
        model.editTask(0, TaskField.DURATION_MS, "oops");
        model.load(s);
        assertEquals(s, model.scenario());
        assertFalse(model.hasDrafts());
        assertTrue(model.problems().isEmpty());
        assertEquals("3", model.seedTextProperty().get());
    }

    @Test
    void aCheckThatNoLongerMatchesTheScenarioIsDroppedAndChecksAreCoalesced() {
        QueuedWork work = new QueuedWork();
        ScenarioEditorModel m = new ScenarioEditorModel(work, () -> 1, Messages.english());
        work.runAll();
        assertTrue(m.validProperty().get());

        m.editTask(0, TaskField.DURATION_MS, "-1");
        m.editTask(0, TaskField.DURATION_MS, "-2");
        m.editTask(0, TaskField.DURATION_MS, "-3");
        assertTrue(m.checkingProperty().get());
        assertEquals(1, work.pending(), "one check at a time");
        work.runOne(); // checks -1: stale, starts a check of the latest
        assertEquals(1, work.pending());
        assertTrue(m.checkingProperty().get());
        work.runAll();
        assertFalse(m.checkingProperty().get());
        assertEquals(List.of("untitled.gather.json: tasks[0].durationMs: must be between 0 and 3600000, got -3"),
                m.problems().stream().map(Problem::toString).toList());
    }

    private List<String> names() { return model.tasks().stream().map(r -> r.task().name()).toList(); }

    private List<RunSpec> runs() { return model.runs().stream().map(RunRow::run).toList(); }

    private List<String> problemTexts() { return model.problems().stream().map(Problem::toString).toList(); }

    /** Seeds in a fixed order, for reroll. */
    private static final class Seeds implements java.util.function.LongSupplier {
        private final long[] values;
        private int next;

        Seeds(long... values) { this.values = values; }

        @Override
        public long getAsLong() { return values[next++ % values.length]; }
    }

    /** Background work that waits until the test lets it run, to see what happens in between. */
    static final class QueuedWork implements BackgroundWork {
        private final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            queue.add(() -> BackgroundWork.direct().submit(work, onSuccess, onFailure));
        }

        int pending() { return queue.size(); }

        void runOne() { queue.remove().run(); }

        void runAll() { while (!queue.isEmpty()) runOne(); }
    }
}
