package org.gatherlab.lessons;

import java.util.List;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;

/** Named lessons and scenarios the lesson and classroom tests share. */
public final class TypicalQuizzes {
    private TypicalQuizzes() {}

    public static final String GATHER_DOES_NOT_CANCEL = "01-gather-keeps-others-running";
    public static final String TASKGROUP_CANCELS = "05-taskgroup-cancels-siblings";

    public static Lesson lesson(String id) {
        return LessonLibrary.builtIn().byId(id).orElseThrow();
    }

    /** The contract's example: A io 300, B io 100 failing, C io 200; one run per strategy. */
    public static Scenario threeDownloads() {
        return Scenario.of("Three downloads",
                List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200)),
                List.of(RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.TASKGROUP), RunSpec.of(Strategy.SEQUENTIAL),
                        RunSpec.of(Strategy.WAIT).withTimeoutMs(150.0), RunSpec.of(Strategy.AS_COMPLETED)));
    }
}
