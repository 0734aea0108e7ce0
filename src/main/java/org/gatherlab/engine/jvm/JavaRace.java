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

    /** One sentence for the report, as facts ({@code java.race.*}). */
    public Said words(JavaRunSpec run) {
        String thread = run.threads() == JavaThreads.VIRTUAL ? "java.race.thread.carrier" : "java.race.thread.pool";
        String at = format(atMs) + " ms";
        if (kind == Kind.TIE) return Said.of("java.race.tie", task, at);
        if (shown != BodyEnd.NEVER_RAN)
            return Said.of("java.race.started", task, Said.of(thread), at,
                    Said.of(shown == BodyEnd.INTERRUPTED ? "java.race.then.interrupted" : "java.race.then.ranOn"));
        return Said.of("java.race.skipped", task, Said.of(thread), at,
                Said.of(other == BodyEnd.INTERRUPTED ? "java.race.other.interrupted" : "java.race.other.ranOn"));
    }
}
