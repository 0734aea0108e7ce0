package org.gatherlab.engine.jvm;

import org.gatherlab.engine.JavaThreads;
import static org.gatherlab.engine.Numbers.format;

/**
 * A place where the JDK's answer is a race, not a rule: two threads act at the same instant and the JDK promises no
 * order between them. The model shows one order ({@code shown}, the body's end it gives the task); a run on the JDK may
 * show the other ({@code other}). Measured counts are in {@code src/site/markdown/java-strategies.md#races}.
 *
 * @param kind  {@link Kind#START_OR_SKIP}: a thread became free at the instant the caller cancelled this task, so it
 *              may take the task before the cancel reaches it (the task starts, then is interrupted) or find it already
 *              cancelled ({@code FutureTask.run} returns: it never runs). {@link Kind#TIE}: the task ended at the very
 *              instant of a deadline or of its own scheduled cancel; the model lets the end come first
 * @param other the body's end in the other order; null for a tie (the body is the same, its handle is not)
 */
public record JavaRace(String task, double atMs, Kind kind, BodyEnd shown, BodyEnd other) {

    public enum Kind {
        START_OR_SKIP("start-or-skip"), TIE("tie");

        private final String json;

        Kind(String json) { this.json = json; }

        public String json() { return json; }
    }

    /** One sentence for the report and the outcome card. */
    public String words(JavaRunSpec run) {
        String thread = run.threads() == JavaThreads.VIRTUAL ? "a carrier" : "a pool thread";
        String at = format(atMs) + " ms";
        if (kind == Kind.TIE)
            return task + " ended at " + at + ", the very instant of the deadline or cancel: the model lets it finish first; "
                    + "on the JDK either may come first (a race)";
        if (shown != BodyEnd.NEVER_RAN)
            return task + " got " + thread + " at " + at + ", the instant the call cancelled it: the model starts it first ("
                    + shownWords() + "); on the JDK the cancel may come first, and then it never runs (a race)";
        return task + " was still queued at " + at + " when " + thread + " became free: the model cancels it first (it never "
                + "runs); on the JDK that thread may take it first, and then it " + otherWords() + " (a race)";
    }

    private String shownWords() {
        return switch (shown) {
            case INTERRUPTED -> "then interrupted";
            case RETURNED, THREW -> "its CPU loop then runs to its end";
            case NEVER_RAN -> "";
        };
    }

    private String otherWords() {
        return other == BodyEnd.INTERRUPTED ? "starts and is interrupted at once" : "starts and its CPU loop runs to its end";
    }
}
