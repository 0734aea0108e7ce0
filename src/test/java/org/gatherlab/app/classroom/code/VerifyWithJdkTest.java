package org.gatherlab.app.classroom.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.lessons.TypicalQuizzes;
import org.gatherlab.verify.JdkLocator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A real JDK 25 on a Java run: the program's summary and the simulation agree (times within the tolerance). Skipped without one. */
class VerifyWithJdkTest {

    @Test void aCfAllOfRunMatchesTheRealJdk() {
        Assumptions.assumeTrue(JdkLocator.system().find().isPresent(), "no JDK 25 with a compiler: real-JDK verify SKIPPED");
        VerifyModel m = VerifyModel.system(new Messages(Locale.ENGLISH), BackgroundWork.direct());
        var scenario = TypicalQuizzes.lesson(TypicalQuizzes.GATHER_DOES_NOT_CANCEL).scenario()
                .withRuns(List.of(RunSpec.of(Strategy.CF_ALLOF)));
        m.verify(scenario, 0);
        assertEquals(org.gatherlab.engine.Family.JAVA, m.family());
        assertEquals(VerifyModel.State.MATCH, m.state(), m.messageProperty().get() + "\n" + m.detailProperty().get() + "\n" + m.rows());
        assertTrue(m.pythonVersionProperty().get().startsWith("JDK 25"), m.pythonVersionProperty().get());
    }
}
