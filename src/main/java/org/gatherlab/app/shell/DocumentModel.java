package org.gatherlab.app.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.gatherlab.app.editor.DefaultScenario;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.Scenario;
import org.gatherlab.scenario.Problem;
import org.gatherlab.scenario.ScenarioDocument;
import org.gatherlab.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The file behind the editor: New, Open, Save, Save As, recent files, the unsaved-changes question, and the
 * autosave with recovery after a crash. Toolkit-free: questions go through {@link Prompts}, file work through
 * {@link BackgroundWork}. Opening keeps the {@link ScenarioDocument} read, so saving again keeps the fields
 * this version does not know. Nothing changes until a file has been read and found valid.
 */
public final class DocumentModel {
    static final String LAST_FOLDER = "lastFolder";

    // ---- Properties ----------------------------------------------------------------------------------------

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file", null);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper(this, "displayName", ScenarioEditorModel.UNTITLED);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    // ---- State ---------------------------------------------------------------------------------------------

    private final ScenarioEditorModel editor;
    private final BackgroundWork files;
    private final Prompts prompts;
    private final Settings settings;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private final Messages messages;
    /** What was last opened or saved: its source objects keep unknown fields when saving again. */
    private ScenarioDocument document;
    /**
     * The scenario as last opened or saved, or null when there is none (recovered work): dirty means "differs from
     * it", so undoing back to it is clean again and a redo is dirty.
     */
    private Scenario saved;
    private long autosavedRevision = -1;

    public DocumentModel(ScenarioEditorModel editor, BackgroundWork files, Prompts prompts, Settings settings,
                         RecoveryStore recovery, Messages messages) {
        this.editor = editor;
        this.messages = messages;
        this.files = files;
        this.prompts = prompts;
        this.settings = settings;
        this.recent = new RecentFiles(settings);
        this.recovery = recovery;
        this.document = ScenarioDocument.of(editor.scenario());
        this.saved = editor.scenario();
        editor.revisionProperty().addListener((obs, old, now) -> updateDirty());
        messages.localeProperty().addListener(o -> updateNames());
        updateNames();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    /** Whether the scenario changed since it was opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    /** The file's name, or "untitled.gather.json" in the app's language. */
    public ReadOnlyStringProperty displayNameProperty() { return displayName.getReadOnlyProperty(); }

    /** The window title: {@code lesson.gather.json — GatherLab}, with a leading {@code •} when unsaved. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** Whether a file is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** What the last command did ("Saved lesson.gather.json"), for the status bar. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ObservableList<Path> recentFiles() { return recent.files(); }

    public Path file() { return file.get(); }

    public ScenarioDocument document() { return document; }

    // ---- Commands ------------------------------------------------------------------------------------------

    /** File ▸ New: the starter scenario, after the unsaved-changes question. */
    public void newScenario() {
        whenChangesSettled(() -> {
            editor.load(DefaultScenario.create(messages.words()));
            document = ScenarioDocument.of(editor.scenario());
            setFile(null);
            markSaved();
            deleteAutosave();
            message.set(messages.text("doc.new"));
        });
    }

    /**
     * Opens a scenario that has no file of its own (a built-in lesson) as a new, unsaved document,
     * after the unsaved-changes question; {@code then} runs once it is in the editor.
     */
    public void openUntitled(ScenarioDocument doc, String status, Runnable then) {
        whenChangesSettled(() -> {
            editor.load(doc.scenario());
            document = doc;
            setFile(null);
            markSaved();
            deleteAutosave();
            message.set(status);
            then.run();
        });
    }

    /** File ▸ Open…: asks for a file, after the unsaved-changes question. */
    public void open() {
        whenChangesSettled(() -> prompts.chooseFileToOpen(lastFolder()).ifPresent(this::read));
    }

    /** Opens a given file (Open Recent, a file dropped on the window, tests), after the unsaved-changes question. */
    public void open(Path path) {
        whenChangesSettled(() -> read(path));
    }

    /** File ▸ Save: to the file, or Save As when there is none yet. */
    public void save() { save(() -> {}); }

    /** File ▸ Save As…: asks for a file. */
    public void saveAs() { saveAs(() -> {}); }

    /**
     * Quit: after the unsaved-changes question, deletes the autosave (a clean exit) and runs {@code exit}.
     * Cancel leaves everything as it was.
     */
    public void quit(Runnable exit) {
        whenChangesSettled(() -> {
            recovery.close();
            exit.run();
        });
    }

    /**
     * Writes the working scenario to this instance's autosave if it changed since the last autosave (called every
     * few seconds). It does not wait for the editor's check (someone editing without pause, on a busy machine, would
     * keep it checking for good): the writer checks what it writes, so a scenario not checked yet is written only if
     * valid. A scenario known or found invalid is not written: the autosave keeps the last good one.
     */
    public void autosave() {
        long revision = editor.revisionProperty().get();
        if (!dirty.get() || revision == autosavedRevision) return;
        if (!editor.checkingProperty().get() && !editor.validProperty().get()) return;
        autosavedRevision = revision;
        ScenarioDocument snapshot = document.with(editor.scenario());
        Path origin = file.get();
        files.submit(() -> {
            try {
                recovery.write(snapshot, origin);
            } catch (ScenarioException invalid) {
                // Not checked yet, and invalid: the editor will say so; the last good autosave stays.
            }
            return null;
        }, done -> { }, error -> message.set(messages.format("doc.autosaveFailed", describe(error))));
    }

    public void clearRecentFiles() { recent.clear(); }

    /**
     * At start: if an instance that is gone (crashed, killed) left unsaved work, offers to recover the newest; either
     * way it is then dealt with. Work of instances still running is theirs and never offered.
     */
    public void offerRecovery() {
        recovery.find().ifPresent(entry -> {
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                    .format(entry.savedAt().atZone(ZoneId.systemDefault()));
            String details = entry.origin() == null ? messages.format("doc.recover.newScenario", when)
                    : messages.format("doc.recover.file", entry.origin().getFileName(), when);
            boolean recover = prompts.askRecover(messages.text("doc.recover.header"), details);
            if (recover) recover(entry);
            else discard(entry);
        });
    }

    // ---- Flows ---------------------------------------------------------------------------------------------

    private void recover(RecoveryStore.Entry entry) {
        ScenarioDocument recovered;
        try {
            recovered = recovery.read(entry);
        } catch (ScenarioException e) {
            prompts.showProblems(messages.text("doc.recoveryFailed.title"), messages.text("doc.recoveryFailed.header"),
                    e.problems().stream().map(Problem::toString).toList());
            discard(entry);
            return;
        } catch (IOException e) {
            prompts.showProblems(messages.text("doc.recoveryFailed.title"), messages.text("doc.recoveryFailed.header"),
                    List.of(describe(e)));
            discard(entry);
            return;
        }
        editor.load(recovered.scenario());
        document = recovered;
        setFile(entry.origin());
        saved = null; // unsaved until saved
        updateDirty();
        message.set(messages.text("doc.recovered"));
        try {
            recovery.adopt(entry);   // this instance's autosave from now on: it is not offered twice
        } catch (IOException e) {
            // The work is in the editor, unsaved, and the next autosave writes it here; the old copy stays claimed.
            message.set(messages.format("doc.autosaveFailed", describe(e)));
        }
    }

    /** Recovery declined or impossible: the gone instance's work is deleted. */
    private void discard(RecoveryStore.Entry entry) {
        files.submit(() -> {
            recovery.discard(entry);
            return null;
        }, done -> { }, error -> message.set(messages.format("doc.couldNotDeleteAutosave", describe(error))));
    }

    /** Runs {@code then} once unsaved changes are saved or discarded; not at all when the person cancels. */
    private void whenChangesSettled(Runnable then) {
        if (!dirty.get()) {
            then.run();
            return;
        }
        switch (prompts.askSaveChanges(displayName.get())) {
            case SAVE -> save(then);
            case DISCARD -> then.run();
            case CANCEL -> { }
        }
    }

    private void read(Path path) {
        busy.set(true);
        message.set(messages.format("doc.opening", path.getFileName()));
        files.submit(() -> org.gatherlab.scenario.ScenarioFiles.read(path), opened -> {
            busy.set(false);
            editor.load(opened.scenario());
            document = opened;
            setFile(path);
            markSaved();
            deleteAutosave();
            recent.add(path);
            rememberFolder(path);
            message.set(messages.format("doc.opened", path.getFileName()));
        }, error -> {
            busy.set(false);
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            if (error instanceof ScenarioException bad) {
                int n = bad.problems().size();
                prompts.showProblems(messages.format("doc.cannotOpen.title", name), messages.count("doc.cannotOpen.invalid", n, name),
                        bad.problems().stream().map(Problem::toString).toList());
            } else {
                if (error instanceof NoSuchFileException) recent.remove(path);
                prompts.showProblems(messages.format("doc.cannotOpen.title", name), messages.text("doc.cannotOpen.unreadable"),
                        List.of(describe(error)));
            }
            message.set(messages.format("doc.couldNotOpen", name));
        });
    }

    private void save(Runnable then) {
        if (file.get() == null) saveAs(then);
        else write(file.get(), then);
    }

    private void saveAs(Runnable then) {
        String suggested = file.get() != null ? file.get().getFileName().toString() : suggestedName();
        prompts.chooseFileToSave(lastFolder(), suggested).map(DocumentModel::withExtension).ifPresent(target -> write(target, then));
    }

    private void write(Path target, Runnable then) {
        if (editor.hasDrafts() || (!editor.problems().isEmpty() && !editor.checkingProperty().get())) {
            prompts.showProblems(messages.text("doc.cannotSaveProblems.title"), messages.text("doc.cannotSaveProblems.header"),
                    editor.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
            return;
        }
        Scenario written = editor.scenario();
        ScenarioDocument toSave = document.with(written);
        busy.set(true);
        message.set(messages.format("doc.saving", target.getFileName()));
        files.submit(() -> {
            org.gatherlab.scenario.ScenarioFiles.write(toSave, target);
            // In the same step: the autosave (written before this, from work no newer than the file) goes at once,
            // so a crash now cannot offer work older than the file just saved. Later edits are autosaved afresh.
            try {
                recovery.delete();
                return null;
            } catch (IOException e) {
                return e;
            }
        }, autosaveNotDeleted -> {
            busy.set(false);
            document = toSave;
            setFile(target);
            saved = written;   // edits made while it was written stay unsaved
            autosavedRevision = -1;
            updateDirty();
            recent.add(target);
            rememberFolder(target);
            message.set(autosaveNotDeleted == null ? messages.format("doc.saved", target.getFileName())
                    : messages.format("doc.couldNotDeleteAutosave", describe(autosaveNotDeleted)));
            then.run();
        }, error -> {
            busy.set(false);
            String name = target.getFileName().toString();
            List<String> lines = error instanceof ScenarioException bad
                    ? bad.problems().stream().map(Problem::toString).toList() : List.of(describe(error));
            prompts.showProblems(messages.format("doc.cannotSave.title", name), messages.format("doc.cannotSave.header", name), lines);
            message.set(messages.format("doc.couldNotSave", name));
        });
    }

    private void deleteAutosave() {
        autosavedRevision = -1;
        files.submit(() -> {
            recovery.delete();
            return null;
        }, done -> { }, error -> message.set(messages.format("doc.couldNotDeleteAutosave", describe(error))));
    }

    private void markSaved() {
        saved = editor.scenario();
        updateDirty();
    }

    private void setFile(Path path) {
        file.set(path);
        updateNames();
    }

    /**
     * By content, not by counting edits: typed text that is not a value yet is unsaved work; otherwise the scenario is
     * compared with the saved one (tasks are shared between snapshots, so an unchanged task costs a reference check).
     */
    private void updateDirty() {
        dirty.set(saved == null || editor.hasDrafts() || !editor.scenario().equals(saved));
        updateNames();
    }

    private void updateNames() {
        Path p = file.get();
        String name = p == null || p.getFileName() == null ? messages.text("doc.untitled") : p.getFileName().toString();
        displayName.set(name);
        editor.setFileLabel(name);
        title.set(messages.format(dirty.get() ? "window.title.unsaved" : "window.title", name));
    }

    private String suggestedName() {
        String base = editor.nameProperty().get().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (base.isEmpty() ? messages.text("doc.suggestedName") : base) + ".gather.json";
    }

    /** {@code lesson} becomes {@code lesson.gather.json}; a name already ending in {@code .json} is kept. */
    static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.endsWith(".json") ? chosen : chosen.resolveSibling(name + ".gather.json");
    }

    private Path lastFolder() {
        String stored = settings.get(LAST_FOLDER, "");
        try {
            return stored.isEmpty() ? null : Path.of(stored);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void rememberFolder(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) settings.put(LAST_FOLDER, parent.toString());
    }

    private String describe(Exception e) {
        if (e instanceof NoSuchFileException) return messages.format("doc.error.noSuchFile", e.getMessage());
        if (e instanceof java.nio.file.AccessDeniedException) return messages.format("doc.error.denied", e.getMessage());
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
