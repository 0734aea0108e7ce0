package org.gatherlab.app.classroom.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.codegen.PythonProgram;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.lessons.TypicalQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeModelTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final CodeModel model = new CodeModel(messages, BackgroundWork.direct());

    @Test void showsTheGeneratedProgramOfTheRunWithTokens() {
        Scenario s = TypicalQuizzes.lesson(TypicalQuizzes.GATHER_DOES_NOT_CANCEL).scenario();
        model.show(s, 1);
        assertEquals(PythonProgram.generate(s, 1), model.program());
        assertFalse(model.tokensProperty().get().isEmpty());
        assertEquals("gather_does_not_cancel_the_others_run2.py", model.fileNameProperty().get());
        assertEquals("Python 3.11 for run 2: gather() · asyncio.run teardown", model.headingProperty().get());
        messages.setLocale(Words.SPANISH);
        assertEquals("Python 3.11 de la ejecución 2: gather() · asyncio.run teardown", model.headingProperty().get());
    }

    @Test void aRunWithoutAProgramSaysWhy() {
        Scenario s = Scenario.of("bad", List.of(TaskSpec.io("A", 10).cancelledAt(5)), List.of(RunSpec.of(Strategy.SEQUENTIAL)));
        model.show(s, 0);
        assertFalse(model.hasProgram());
        assertTrue(model.headingProperty().get().startsWith("No Python program for this run: tasks: A.cancelAtMs"), model.headingProperty().get());
    }

    @Test void savesTheProgramAtomically(@TempDir Path dir) throws IOException {
        model.show(TypicalQuizzes.threeDownloads(), 0);
        Path file = dir.resolve("prog.py");
        model.save(file);
        assertEquals(model.program(), Files.readString(file));
        assertEquals("Saved prog.py in " + dir.toAbsolutePath() + ".", model.statusProperty().get());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        model.save(dir.resolve("no-such-folder").resolve("prog.py"));
        assertTrue(model.statusProperty().get().startsWith("Could not save prog.py:"), model.statusProperty().get());
    }
}
