package org.gatherlab.app.classroom.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.lessons.TypicalQuizzes;
import org.gatherlab.verify.PythonLocator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real python3 on lesson 01's focus run: CPython and the engine agree on every field. Skipped, visibly, without python3. */
class VerifyWithPythonTest {

    @Test void lessonOnesFocusRunMatchesCPythonFieldForField() {
        Assumptions.assumeTrue(PythonLocator.system().find().isPresent(), "python3 is not on the PATH: real-Python verify SKIPPED");
        VerifyModel m = VerifyModel.system(new Messages(Locale.ENGLISH), BackgroundWork.direct());
        var lesson = TypicalQuizzes.lesson(TypicalQuizzes.GATHER_DOES_NOT_CANCEL);
        m.verify(lesson.scenario(), lesson.focusRun());
        Assumptions.assumeTrue(m.state() != VerifyModel.State.TOO_OLD, "python3 is " + m.pythonVersionProperty().get() + ": SKIPPED");
        assertEquals(VerifyModel.State.MATCH, m.state(), m.messageProperty().get() + "\n" + m.detailProperty().get() + "\n" + m.rows());
        assertEquals(0, m.differencesProperty().get());
        assertTrue(m.pythonVersionProperty().get().matches("\\S+ 3\\.\\d+.*"), m.pythonVersionProperty().get());
        assertTrue(m.comparedProperty().get() >= 20);
    }
}
