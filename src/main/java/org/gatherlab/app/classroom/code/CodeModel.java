package org.gatherlab.app.classroom.code;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.gatherlab.app.classroom.export.AtomicFiles;
import org.gatherlab.app.classroom.export.Exporter;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.Scenario;
import org.gatherlab.runs.RunFamily;

/**
 * The code panel's model: the runnable program for one run in its family's language ({@link RunFamily#program}:
 * CPython 3.11 asyncio or a single-file JDK 25 program), its tokens for highlighting (Python's only), a file name to save it under, and Save (atomic, on the background seam). Works without the toolkit.
 */
public final class CodeModel {
    /** Programs longer than this are shown without highlighting (one text node instead of thousands). */
    public static final int HIGHLIGHT_LIMIT = 200_000;

    private final Messages messages;
    private final BackgroundWork files;

    private final ReadOnlyStringWrapper program = new ReadOnlyStringWrapper(this, "program", "");
    private final ReadOnlyObjectWrapper<List<PythonTokenizer.Token>> tokens = new ReadOnlyObjectWrapper<>(this, "tokens", List.of());
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "program.py");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Scenario scenario;
    private int runIndex = -1;
    private String problem;

    public CodeModel(Messages messages, BackgroundWork files) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.files = Objects.requireNonNull(files, "files");
        messages.localeProperty().addListener((obs, was, now) -> reword());
        reword();
    }

    // ---------------------------------------------------------------------------------------------- properties

    /** The program text ("" when there is none). */
    public ReadOnlyStringProperty programProperty() { return program.getReadOnlyProperty(); }

    public String program() { return program.get(); }

    /** The program's tokens (empty when it is too long to highlight: show {@link #program()} plain). */
    public ReadOnlyObjectProperty<List<PythonTokenizer.Token>> tokensProperty() { return tokens.getReadOnlyProperty(); }

    /** A file name for Save As, e.g. {@code gather_does_not_cancel_the_others_run1.py}. */
    public ReadOnlyStringProperty fileNameProperty() { return fileName.getReadOnlyProperty(); }

    /** "Python for run 1: gather()", or why there is no program. */
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }

    /** The outcome of the last copy or save. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public boolean hasProgram() { return !program.get().isEmpty(); }

    public Scenario scenario() { return scenario; }

    public int runIndex() { return runIndex; }

    // ---------------------------------------------------------------------------------------------- commands

    /** Shows the program of {@code scenario.runs().get(runIndex)}. */
    public void show(Scenario scenario, int runIndex) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.runIndex = runIndex;
        status.set("");
        try {
            RunFamily family = RunFamily.of(scenario.runs().get(runIndex));
            String text = family.program(scenario, runIndex);
            problem = null;
            program.set(text);
            // The highlighter reads Python; a Java program is shown plain.
            boolean highlight = family.language().equals(PythonTokenizer.LANGUAGE) && text.length() <= HIGHLIGHT_LIMIT;
            tokens.set(highlight ? PythonTokenizer.tokenize(text) : List.of());
            fileName.set(family.fileName(scenario, runIndex));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            problem = e.getMessage();
            program.set("");
            tokens.set(List.of());
        }
        reword();
    }

    public void clear() {
        scenario = null;
        runIndex = -1;
        problem = null;
        program.set("");
        tokens.set(List.of());
        status.set("");
        reword();
    }

    /** For the view after it put the program on the clipboard. */
    public void copied() {
        status.set(messages.format("code.copied", program.get().lines().count()));
    }

    /** Saves the program (atomically, in the background); the status says how it went. */
    public void save(Path file) {
        String text = program.get();
        if (text.isEmpty()) return;
        status.set(messages.format("status.saving", file.getFileName()));
        files.submit(() -> {
            AtomicFiles.write(file, text);
            return file;
        }, done -> status.set(messages.format("status.saved", done.getFileName(), done.toAbsolutePath().getParent())),
                e -> status.set(messages.format("status.saveFailed", file.getFileName(), Exporter.reason(e))));
    }

    private void reword() {
        Words m = messages.words();
        if (scenario == null) heading.set(m.text("code.none"));
        else if (problem != null) heading.set(m.format("code.problem", problem));
        else heading.set(m.format("code.heading", runIndex + 1, Reports.label(scenario.runs().get(runIndex))));
    }
}
