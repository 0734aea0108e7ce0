package org.gatherlab.report;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.engine.Outcome;

/** The caller's outcome in a few words, for table cells, headings and markers. */
public final class OutcomeText {
    private OutcomeText() {}

    /**
     * {@code raised TaskFailed (B)}, {@code returned [A, TaskFailed(B), C]}, {@code returned done=[A] pending=[B]}.
     * Lists longer than {@code maxItems} are cut with a count, so 100,000 results stay one short line.
     */
    public static String describe(Outcome outcome, int maxItems) {
        return switch (outcome) {
            case null -> "did not finish";
            case Outcome.Raised r -> "raised " + r.exception()
                    + (r.tasks().isEmpty() ? "" : " (" + String.join(", ", cut(r.tasks(), maxItems)) + ")");
            case Outcome.Returned r -> {
                List<String> items = new ArrayList<>();
                for (Outcome.Result res : r.results()) {
                    if (items.size() == maxItems) break;
                    items.add(res.isError() ? res.error() + "(" + res.task() + ")" : String.valueOf(res.value()));
                }
                yield "returned [" + String.join(", ", more(items, r.results().size())) + "]";
            }
            case Outcome.ReturnedWait w -> "returned done=[" + String.join(", ", cut(w.done(), maxItems))
                    + "] pending=[" + String.join(", ", cut(w.pending(), maxItems)) + "]";
        };
    }

    /** Just the verb and the exception: {@code returned}, {@code raised TimeoutError}. */
    public static String verb(Outcome outcome) {
        return switch (outcome) {
            case null -> "did not finish";
            case Outcome.Raised r -> "raised " + r.exception();
            case Outcome.Returned r -> "returned";
            case Outcome.ReturnedWait w -> "returned";
        };
    }

    private static List<String> cut(List<String> names, int max) {
        return more(new ArrayList<>(names.subList(0, Math.min(max, names.size()))), names.size());
    }

    private static List<String> more(List<String> shown, int total) {
        if (total > shown.size()) shown.add("... " + (total - shown.size()) + " more");
        return shown;
    }
}
