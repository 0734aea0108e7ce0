package org.gatherlab.app.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the document model's questions from a script, and records what it was shown. */
final class ScriptedPrompts implements Prompts {
    /** One error dialog: its title, header and lines. */
    record Shown(String title, String header, List<String> lines) {}

    final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    final Deque<Optional<Path>> filesToOpen = new ArrayDeque<>();
    final Deque<Optional<Path>> filesToSave = new ArrayDeque<>();
    final Deque<Boolean> recoverAnswers = new ArrayDeque<>();
    final List<Shown> shown = new ArrayList<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        asked.add("save changes to " + documentName);
        return next(saveChoices, "askSaveChanges");
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        asked.add("open");
        return next(filesToOpen, "chooseFileToOpen");
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        asked.add("save as " + suggestedName);
        return next(filesToSave, "chooseFileToSave");
    }

    @Override
    public void showProblems(String title, String header, List<String> lines) {
        shown.add(new Shown(title, header, List.copyOf(lines)));
    }

    @Override
    public boolean askRecover(String header, String details) {
        asked.add("recover");
        return next(recoverAnswers, "askRecover");
    }

    private static <T> T next(Deque<T> answers, String question) {
        if (answers.isEmpty()) throw new AssertionError("unexpected question: " + question);
        return answers.remove();
    }
}
