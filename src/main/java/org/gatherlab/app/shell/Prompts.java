package org.gatherlab.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions the document model asks the person. The app answers with dialogs ({@link FxPrompts}); tests
 * answer with a script. Each call returns only once answered.
 */
public interface Prompts {
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** "Save changes to lesson.gather.json?" */
    SaveChoice askSaveChanges(String documentName);

    Optional<Path> chooseFileToOpen(Path initialDirectory);

    Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName);

    /** An error with its details, one per line (e.g. every problem of a file that cannot be opened). */
    void showProblems(String title, String header, List<String> lines);

    /** "Recover the unsaved scenario from the last session?" true: recover; false: discard it. */
    boolean askRecover(String header, String details);
}
