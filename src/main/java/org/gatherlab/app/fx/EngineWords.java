package org.gatherlab.app.fx;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.TaskState;
import org.gatherlab.report.LaneState;
import org.gatherlab.report.OutcomeWords;

/**
 * The engine's concepts in the app's words: outcomes, task states, cancel causes, lane states. Python's own
 * spellings (exception names, {@code done=}/{@code pending=}, result values) stay as they are in every language;
 * the outcome's words are the reports' ({@link OutcomeWords}).
 */
public final class EngineWords {
    private EngineWords() {}

    /**
     * {@code raised TaskFailed (B)}, {@code returned [A, TaskFailed(B), C]}, {@code returned done=[A] pending=[B]}, in
     * {@code w}'s language ({@link OutcomeWords}, the reports' vocabulary). Lists longer than {@code maxItems} are cut.
     */
    public static String outcome(Words w, Outcome outcome, int maxItems) {
        return OutcomeWords.of(w.locale()).describe(outcome, maxItems);
    }

    /** Just the verb and the exception: {@code returned}, {@code raised TimeoutError}. */
    public static String verb(Words w, Outcome outcome) {
        return OutcomeWords.of(w.locale()).verb(outcome);
    }

    /** How a task ended: {@code succeeded}, {@code failed}, {@code cancelled}, {@code not started}. */
    public static String taskState(Words w, TaskState state) {
        return switch (state) {
            case SUCCEEDED -> w.text("task.state.succeeded");
            case FAILED -> w.text("task.state.failed");
            case CANCELLED -> w.text("task.state.cancelled");
            case NOT_STARTED -> w.text("task.state.notStarted");
        };
    }

    /** A cancel cause in a word, for glyph labels and event lists: {@code taskgroup}, {@code teardown}. */
    public static String cause(Words w, CancelCause cause) {
        return switch (cause) {
            case TASKGROUP -> w.text("cause.taskgroup");
            case SCOPE -> w.text("cause.scope");
            case WINNER -> w.text("cause.winner");
            case TIMEOUT -> w.text("cause.timeout");
            case CALLER -> w.text("cause.caller");
            case SELF -> w.text("cause.self");
            case EXIT -> w.text("cause.exit");
        };
    }

    /** What a lane's colour and pattern mean (the legend, tooltips). */
    public static String laneState(Words w, LaneState state) {
        return switch (state) {
            case READY -> w.text("lane.ready");
            case COMPUTING -> w.text("lane.computing");
            case SLEEPING -> w.text("lane.sleeping");
            case PERMIT -> w.text("lane.permit");
            case JOB_QUEUED -> w.text("lane.jobQueued");
            case JOB_RUNNING -> w.text("lane.jobRunning");
        };
    }
}
