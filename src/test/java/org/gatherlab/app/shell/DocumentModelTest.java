package org.gatherlab.app.shell;

import org.gatherlab.app.editor.DefaultScenario;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.editor.TaskField;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.Scenario;
import org.gatherlab.scenario.ScenarioFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files, the unsaved-changes question, recent files and the autosave, without the toolkit. */
class DocumentModelTest {
    /** The texts asserted below are the English ones, whatever the machine's language. */
    private static final Messages ENGLISH = Messages.english();

    static final String UNKNOWN_FIELDS = """
            {
              "editor": {"zoom": 1.5},
              "format": "gatherlab/scenario@1",
              "name": "Kept",
              "tasks": [
                {"color": "#ff0000", "name": "A", "durationMs": 300, "kind": "io"},
                {"name": "B", "durationMs": 100, "note": "slow on purpose"}
              ],
              "runs": [{"strategy": "gather", "x-ui": {"expanded": true}}],
              "x-comment": "written by hand"
            }
            """;
    static final String BAD = """
            {"format": "gatherlab/scenario@1",
             "tasks": [{"name": "A", "durationMs": -5}, {"name": "A", "durationMs": 10, "kind": "gpu"}],
             "runs": [{"strategy": "taskgroup", "returnExceptions": true}]}
            """;

    @TempDir
    Path dir;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final Settings settings = Settings.inMemory();
    private ScenarioEditorModel editor;
    private DocumentModel documents;
    private Path autosaveDir;
    private RecoveryStore store;

    @BeforeEach
    void start() {
        autosaveDir = dir.resolve("home");
        editor = new ScenarioEditorModel(BackgroundWork.direct(), () -> 1, ENGLISH);
        store = RecoveryStore.open(autosaveDir);
        documents = new DocumentModel(editor, BackgroundWork.direct(), prompts, settings, store, ENGLISH);
    }

    @AfterEach
    void end() {
        store.close();
    }

    @Test
    void aNewScenarioIsCleanUntilEdited() {
        assertFalse(documents.dirtyProperty().get());
        assertEquals("untitled.gather.json — GatherLab", documents.titleProperty().get());
        editor.editTask(0, TaskField.DURATION_MS, "999");
        assertTrue(documents.dirtyProperty().get());
        assertEquals("• untitled.gather.json — GatherLab", documents.titleProperty().get());
    }

    @Test
    void dirtyMeansDiffersFromWhatWasSavedNotThatSomethingWasEdited() throws Exception {
        String original = java.math.BigDecimal.valueOf(editor.scenario().tasks().get(0).durationMs()).stripTrailingZeros().toPlainString();
        editor.editTask(0, TaskField.DURATION_MS, "999");
        editor.editTask(1, TaskField.DURATION_MS, "998");
        assertTrue(documents.dirtyProperty().get());
        editor.undo();
        assertTrue(documents.dirtyProperty().get(), "one edit is still there");
        editor.undo();
        assertFalse(documents.dirtyProperty().get(), "undone back to what was opened");
        assertEquals("untitled.gather.json — GatherLab", documents.titleProperty().get());
        editor.redo();
        assertTrue(documents.dirtyProperty().get(), "a redo puts the change back");
        assertEquals("• untitled.gather.json — GatherLab", documents.titleProperty().get());

        // Typed back by hand to the saved value: the same content, so clean too.
        editor.undo();
        editor.editTask(0, TaskField.DURATION_MS, "5");
        assertTrue(documents.dirtyProperty().get());
        editor.editTask(0, TaskField.DURATION_MS, original);
        assertFalse(documents.dirtyProperty().get());

        // Text that is not a value yet is unsaved work, though the scenario's values are the saved ones.
        editor.setSeedText("12x");
        assertTrue(documents.dirtyProperty().get());
        editor.setSeedText(Long.toString(editor.seedProperty().get()));
        assertFalse(documents.dirtyProperty().get());

        // After a save, "saved" is the file: undoing past it is a change again.
        editor.editTask(0, TaskField.DURATION_MS, "444");
        prompts.filesToSave.add(Optional.of(dir.resolve("undo.gather.json")));
        documents.save();
        assertFalse(documents.dirtyProperty().get());
        editor.undo();
        assertTrue(documents.dirtyProperty().get(), "the file holds 444, the editor the value before it");
        editor.redo();
        assertFalse(documents.dirtyProperty().get());
    }

    @Test
    void saveAsWritesTheFileAddsTheExtensionAndMakesItClean() throws Exception {
        editor.setName("My lesson");
        prompts.filesToSave.add(Optional.of(dir.resolve("lesson")));
        documents.save();

        Path saved = dir.resolve("lesson.gather.json");
        assertEquals(List.of("save as my-lesson.gather.json"), prompts.asked);
        assertEquals(editor.scenario(), ScenarioFiles.read(saved).scenario());
        assertEquals(saved, documents.file());
        assertFalse(documents.dirtyProperty().get());
        assertEquals("lesson.gather.json — GatherLab", documents.titleProperty().get());
        assertEquals(List.of(saved.toAbsolutePath()), documents.recentFiles());

        editor.editTask(0, TaskField.DURATION_MS, "1");
        documents.save(); // no question: it has a file now
        assertEquals(1, ScenarioFiles.read(saved).scenario().tasks().get(0).durationMs());
    }

    @Test
    void openThenSaveKeepsUnknownFields() throws Exception {
        Path file = dir.resolve("kept.gather.json");
        Files.writeString(file, UNKNOWN_FIELDS);
        documents.open(file);
        assertEquals("Kept", editor.nameProperty().get());
        assertFalse(documents.dirtyProperty().get());

        editor.editTask(1, TaskField.DURATION_MS, "150");
        editor.moveTasks(List.of(1), -1);
        documents.save();

        String text = Files.readString(file);
        assertTrue(text.contains("\"editor\""), text);
        assertTrue(text.contains("\"x-comment\": \"written by hand\""), text);
        assertTrue(text.contains("\"note\": \"slow on purpose\""), text);
        assertTrue(text.contains("\"color\": \"#ff0000\""), text);
        assertTrue(text.contains("\"x-ui\""), text);
        assertEquals(150, ScenarioFiles.read(file).scenario().tasks().get(0).durationMs());
        assertEquals("B", ScenarioFiles.read(file).scenario().tasks().get(0).name());
    }

    @Test
    void openingABadFileChangesNothingAndShowsEveryProblem() throws Exception {
        editor.editTask(0, TaskField.DURATION_MS, "123");
        Scenario before = editor.scenario();
        Path bad = dir.resolve("bad.gather.json");
        Files.writeString(bad, BAD);
        prompts.saveChoices.add(Prompts.SaveChoice.DISCARD);

        documents.open(bad);

        assertEquals(before, editor.scenario());
        assertNull(documents.file());
        assertTrue(documents.dirtyProperty().get());
        assertTrue(documents.recentFiles().isEmpty());
        assertEquals(1, prompts.shown.size());
        ScriptedPrompts.Shown shown = prompts.shown.get(0);
        assertEquals("Cannot open bad.gather.json", shown.title());
        assertEquals(List.of(
                bad + ": tasks[0].durationMs: must be between 0 and 3600000, got -5",
                bad + ": tasks[1].name: must be unique, \"A\" is also the name of tasks[0]",
                bad + ": tasks[1].kind: must be \"io\" or \"cpu\", got \"gpu\"",
                bad + ": runs[0].returnExceptions: not allowed with strategy \"taskgroup\", which has no return_exceptions option"),
                shown.lines());
        assertTrue(shown.header().contains("4 problems"), shown.header());
    }

    @Test
    void aFileThatIsNotThereIsSaidSoAndLeavesTheRecentList() throws Exception {
        Path gone = dir.resolve("gone.gather.json");
        Files.writeString(gone, ScenarioFiles.toJson(DefaultScenario.create(), "x"));
        documents.open(gone);
        assertEquals(1, documents.recentFiles().size());
        Files.delete(gone);
        documents.open(gone);
        assertTrue(prompts.shown.get(0).lines().get(0).endsWith("no such file"), prompts.shown.toString());
        assertTrue(documents.recentFiles().isEmpty());
    }

    @Test
    void theUnsavedChangesQuestionCanCancelDiscardOrSave() throws Exception {
        editor.editTask(0, TaskField.DURATION_MS, "777");

        prompts.saveChoices.add(Prompts.SaveChoice.CANCEL);
        documents.newScenario();
        assertEquals(777, editor.scenario().tasks().get(0).durationMs(), "cancel keeps the work");

        prompts.saveChoices.add(Prompts.SaveChoice.SAVE);
        prompts.filesToSave.add(Optional.of(dir.resolve("kept.gather.json")));
        documents.newScenario();
        assertEquals(777, ScenarioFiles.read(dir.resolve("kept.gather.json")).scenario().tasks().get(0).durationMs());
        assertEquals(DefaultScenario.create(), editor.scenario());
        assertNull(documents.file());

        editor.editTask(0, TaskField.DURATION_MS, "778");
        prompts.saveChoices.add(Prompts.SaveChoice.DISCARD);
        documents.newScenario();
        assertEquals(DefaultScenario.create(), editor.scenario());
        assertFalse(documents.dirtyProperty().get());
    }

    @Test
    void savingAScenarioWithProblemsIsRefusedWithThem() {
        editor.editTask(2, TaskField.DURATION_MS, "-5");
        prompts.filesToSave.add(Optional.of(dir.resolve("x.gather.json")));
        documents.save();
        assertFalse(Files.exists(dir.resolve("x.gather.json")));
        assertEquals(List.of("tasks[2].durationMs: must be between 0 and 3600000, got -5"), prompts.shown.get(0).lines());
        assertTrue(documents.dirtyProperty().get());
    }

    @Test
    void quitAfterDiscardDeletesTheAutosaveAndExits() {
        editor.editTask(0, TaskField.DURATION_MS, "5");
        documents.autosave();
        assertTrue(Files.exists(store.file()));
        prompts.saveChoices.add(Prompts.SaveChoice.DISCARD);
        boolean[] exited = {false};
        documents.quit(() -> exited[0] = true);
        assertTrue(exited[0]);
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void quitCancelledStaysOpen() {
        editor.editTask(0, TaskField.DURATION_MS, "5");
        prompts.saveChoices.add(Prompts.SaveChoice.CANCEL);
        boolean[] exited = {false};
        documents.quit(() -> exited[0] = true);
        assertFalse(exited[0]);
    }

    @Test
    void autosaveWritesARecoveryFileThatTheNextStartOffersToRestore() throws Exception {
        Path file = dir.resolve("kept.gather.json");
        Files.writeString(file, UNKNOWN_FIELDS);
        documents.open(file);
        documents.autosave();
        assertFalse(Files.exists(store.file()), "nothing to autosave while clean");

        editor.editTask(0, TaskField.DURATION_MS, "4242");
        editor.setSeed(9);
        documents.autosave();
        assertTrue(Files.exists(store.file()));
        Scenario working = editor.scenario();

        // The app dies here. The next start finds the autosave:
        store.abandon();
        ScenarioEditorModel editor2 = new ScenarioEditorModel(BackgroundWork.direct(), () -> 1, ENGLISH);
        ScriptedPrompts prompts2 = new ScriptedPrompts();
        prompts2.recoverAnswers.add(true);
        RecoveryStore store2 = RecoveryStore.open(autosaveDir);
        DocumentModel documents2 = new DocumentModel(editor2, BackgroundWork.direct(), prompts2, settings, store2, ENGLISH);
        documents2.offerRecovery();
        assertFalse(Files.exists(store.directory()), "the recovered work moved to the new instance");
        assertTrue(Files.exists(store2.file()));

        assertEquals(working, editor2.scenario());
        assertEquals(file, documents2.file(), "it belongs to the file it came from");
        assertTrue(documents2.dirtyProperty().get(), "recovered work is unsaved");
        documents2.save();
        assertTrue(Files.readString(file).contains("\"x-comment\""), "unknown fields survive recovery");
        assertEquals(4242, ScenarioFiles.read(file).scenario().tasks().get(0).durationMs());
        assertFalse(Files.exists(store2.file()), "saving deletes the autosave");
        store2.close();
    }

    @Test
    void declinedRecoveryIsDeleted() {
        editor.editTask(0, TaskField.DURATION_MS, "5");
        documents.autosave();
        store.abandon();
        ScriptedPrompts prompts2 = new ScriptedPrompts();
        prompts2.recoverAnswers.add(false);
        ScenarioEditorModel editor2 = new ScenarioEditorModel(BackgroundWork.direct(), () -> 1, ENGLISH);
        try (RecoveryStore store2 = RecoveryStore.open(autosaveDir)) {
            new DocumentModel(editor2, BackgroundWork.direct(), prompts2, settings, store2, ENGLISH).offerRecovery();
            assertEquals(List.of("recover"), prompts2.asked);
            assertEquals(DefaultScenario.create(), editor2.scenario());
            assertFalse(Files.exists(store.file()));
            assertTrue(store2.find().isEmpty(), "declined work is not offered again");
        }
    }

    @Test
    void aSecondInstanceIsNotOfferedTheUnsavedWorkOfOneStillRunning() {
        editor.editTask(0, TaskField.DURATION_MS, "5");
        documents.autosave();
        ScriptedPrompts prompts2 = new ScriptedPrompts();
        ScenarioEditorModel editor2 = new ScenarioEditorModel(BackgroundWork.direct(), () -> 1, ENGLISH);
        try (RecoveryStore store2 = RecoveryStore.open(autosaveDir)) {
            DocumentModel documents2 = new DocumentModel(editor2, BackgroundWork.direct(), prompts2, settings, store2, ENGLISH);
            documents2.offerRecovery();
            assertEquals(List.of(), prompts2.asked, "the first instance is alive: nothing to recover");

            // Each autosaves its own work.
            editor2.editTask(0, TaskField.DURATION_MS, "6");
            documents2.autosave();
            assertNotEquals(store.file(), store2.file());
            assertEquals(5, durationOfFirstTask(store.file()));
            assertEquals(6, durationOfFirstTask(store2.file()));
        }
        assertTrue(Files.exists(store.file()), "the second's clean exit leaves the first's autosave alone");
    }


    @Test
    void noAutosaveNoQuestion() {
        documents.offerRecovery();
        assertTrue(prompts.asked.isEmpty());
    }

    @Test
    void anInvalidWorkingScenarioKeepsTheLastGoodAutosave() throws Exception {
        editor.editTask(0, TaskField.DURATION_MS, "5");
        documents.autosave();
        editor.editTask(0, TaskField.DURATION_MS, "-5");
        documents.autosave();
        assertEquals(5, ScenarioFiles.read(store.file()).scenario().tasks().get(0).durationMs());
    }

    @Test
    void recentFilesKeepTheLastEightMostRecentFirstAndAreRemembered() throws Exception {
        for (int i = 0; i < 10; i++) {
            Path f = dir.resolve("f" + i + ".gather.json");
            Files.writeString(f, ScenarioFiles.toJson(DefaultScenario.create(), "x"));
            documents.open(f);
        }
        documents.open(dir.resolve("f5.gather.json"));
        List<String> names = documents.recentFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("f5", "f9", "f8", "f7", "f6", "f4", "f3", "f2"),
                names.stream().map(n -> n.replace(".gather.json", "")).toList());
        assertEquals(documents.recentFiles(), new RecentFiles(settings).files());
    }

    @Test
    void anAutosaveDueWhileTheScenarioIsCheckedWritesItIfValidWithoutWaiting() throws Exception {
        // Checks that wait until released, as a slow check on its own thread would.
        java.util.ArrayDeque<Runnable> checks = new java.util.ArrayDeque<>();
        BackgroundWork queued = new BackgroundWork() {
            @Override
            public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                   java.util.function.Consumer<? super Exception> onFailure) {
                checks.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }

            @Override
            public void execute(Runnable work) { work.run(); }
        };
        ScenarioEditorModel slow = new ScenarioEditorModel(queued, () -> 1, ENGLISH);
        while (!checks.isEmpty()) checks.remove().run();
        try (RecoveryStore s = RecoveryStore.open(dir.resolve("slow"))) {
            DocumentModel d = new DocumentModel(slow, BackgroundWork.direct(), new ScriptedPrompts(), settings, s, ENGLISH);
            slow.editTask(0, TaskField.DURATION_MS, "321");
            assertTrue(slow.checkingProperty().get());
            d.autosave();
            assertEquals(321, durationOfFirstTask(s.file()), "written while the check runs: the writer checks it too");

            slow.editTask(0, TaskField.DURATION_MS, "-5");
            assertTrue(slow.checkingProperty().get());
            d.autosave();
            assertEquals(321, durationOfFirstTask(s.file()), "an invalid scenario not checked yet is not written");
            assertEquals("", d.messageProperty().get().contains("Autosave failed") ? "said it failed" : "", "nor reported as a failure");
            while (!checks.isEmpty()) checks.remove().run();
            d.autosave();
            assertEquals(321, durationOfFirstTask(s.file()));
        }
    }

    private static double durationOfFirstTask(Path file) {
        try {
            return ScenarioFiles.read(file).scenario().tasks().get(0).durationMs();
        } catch (Exception e) {
            throw new AssertionError(file + ": " + e, e);
        }
    }
}
