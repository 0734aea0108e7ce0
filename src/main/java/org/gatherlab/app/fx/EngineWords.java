package org.gatherlab.app.fx;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.TaskState;
import org.gatherlab.report.LaneState;

/**
 * The engine's concepts in the app's words: outcomes, task states, cancel causes, lane states. Python's own
 * spellings (exception names, {@code done=}/{@code pending=}, result values) stay as they are in every language;
 * the English wording is exactly the text report's ({@link org.gatherlab.report.OutcomeText}).
 */
public final class EngineWords {
    private EngineWords() {}

    /**
     * {@code raised TaskFailed (B)}, {@code returned [A, TaskFailed(B), C]}, {@code returned done=[A] pending=[B]}.
     * Lists longer than {@code maxItems} are cut with a count.
     */
    public static String outcome(Words w, Outcome outcome, int maxItems) {
        return switch (outcome) {
            case null -> w.text("outcome.unfinished");
            case Outcome.Raised r -> r.tasks().isEmpty() ? w.format("outcome.raised", r.exception())
                    : w.format("outcome.raised.tasks", r.exception(), String.join(", ", cut(w, r.tasks(), maxItems)));
            case Outcome.Returned r -> {
                List<String> items = new ArrayList<>();
                for (Outcome.Result res : r.results()) {
                    if (items.size() == maxItems) break;
                    items.add(res.isError() ? res.error() + "(" + res.task() + ")" : String.valueOf(res.value()));
                }
                yield w.format("outcome.returned", String.join(", ", more(w, items, r.results().size())));
            }
            case Outcome.ReturnedWait wait -> w.format("outcome.returnedWait", String.join(", ", cut(w, wait.done(), maxItems)),
                    String.join(", ", cut(w, wait.pending(), maxItems)));
        };
    }

    /** Just the verb and the exception: {@code returned}, {@code raised TimeoutError}. */
    public static String verb(Words w, Outcome outcome) {
        return switch (outcome) {
            case null -> w.text("outcome.unfinished");
            case Outcome.Raised r -> w.format("outcome.raised", r.exception());
            case Outcome.Returned r -> w.text("outcome.returned.verb");
            case Outcome.ReturnedWait r -> w.text("outcome.returned.verb");
        };
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

    private static List<String> cut(Words w, List<String> names, int max) {
        return more(w, new ArrayList<>(names.subList(0, Math.min(max, names.size()))), names.size());
    }

    private static List<String> more(Words w, List<String> shown, int total) {
        if (total > shown.size()) shown.add(w.format("outcome.more", total - shown.size()));
        return shown;
    }
}
