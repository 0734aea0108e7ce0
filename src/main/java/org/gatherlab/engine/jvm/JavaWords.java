package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.TaskState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import static org.gatherlab.engine.Numbers.format;

/** One task's story in a sentence, in Java's words: what its thread did and what its handle says. */
public final class JavaWords {
    private JavaWords() {}

    /** On a real clock, a start or a delivery this much later than asked is still "at once". */
    static final double SLACK_MS = 5;

    /**
     * @param t      the task's facts ({@code words} is ignored)
     * @param io     whether it sleeps ({@code io}) or computes ({@code cpu})
     * @param wokeAt   when its sleep ended, if it then had to wait for a carrier to finish (null: unknown or no wait)
     * @param measured real-clock times: rounded to 0.1 ms, and gaps under {@value #SLACK_MS} ms are not called waits
     */
    public static String of(JavaTaskResult t, boolean io, Double wokeAt, JavaRunSpec run, boolean measured) {
        boolean virtual = run.threads() == JavaThreads.VIRTUAL;
        double slack = measured ? SLACK_MS : 0;
        DoubleFunction<String> ms = v -> measured ? String.format(Locale.ROOT, "%.1f ms", v) : format(v) + " ms";
        boolean discarded = t.state() == TaskState.CANCELLED;
        List<String> parts = new ArrayList<>();
        if (t.body() == BodyEnd.NEVER_RAN) {
            boolean cf = run.api() == JavaApi.CF_ALLOF || run.api() == JavaApi.CF_ANYOF;
            parts.add(request(t, run, ms) + (virtual
                    ? " while its virtual thread waited for a carrier: when it got one, " + (cf ? "supplyAsync's task saw the future done"
                    : "FutureTask.run saw CANCELLED") + " and returned, so it never ran"
                    : " before a thread took it: it never ran"));
        } else if (t.body() != null) {
            if (t.startMs() != null && t.startMs() > slack)
                parts.add((virtual ? "waited for a carrier" : "queued until a pool thread was free") + ", started at " + ms.apply(t.startMs()));
            switch (t.body()) {
                case RETURNED, THREW -> {
                    String did = t.body() == BodyEnd.RETURNED ? "returned \"" + t.name() + "\"" : "threw TaskFailed(\"" + t.name() + "\")";
                    if (discarded && t.cancelRequestedMs() != null) {
                        boolean cf = run.api() == JavaApi.CF_ALLOF || run.api() == JavaApi.CF_ANYOF;
                        parts.add(request(t, run, ms) + (cf ? ", which does not interrupt" : ", but the CPU loop never looks at interrupts")
                                + ": it ran on and " + did + " at " + ms.apply(t.endMs()) + ", which nobody will see");
                    } else {
                        parts.add((io ? "slept" : "computed") + " and " + did + " at " + ms.apply(t.endMs()));
                    }
                    if (io && virtual && wokeAt != null && t.endMs() > wokeAt + slack)
                        parts.add("its sleep ended at " + ms.apply(wokeAt) + " but it had to wait for a carrier");
                }
                case INTERRUPTED -> {
                    double asked = t.cancelRequestedMs() != null ? t.cancelRequestedMs() : t.endMs();
                    String where = wokeAt == null && t.startMs() != null && t.startMs() >= asked - slack ? "before its sleep began"
                            : wokeAt != null && wokeAt < asked ? "while it waited for a carrier after its sleep" : "while sleeping";
                    parts.add(request(t, run, ms) + " " + where + ": Thread.sleep threw InterruptedException at " + ms.apply(t.endMs())
                            + (virtual && t.endMs() > asked + slack ? " (once it had a carrier again)" : ""));
                }
                default -> { }
            }
        }
        if (t.handle() != null && t.finalState() != null) {
            String s = t.handle().equals("Subtask") ? "subtask.state()" : "future.state()";
            String state = s + " " + t.finalState()
                    + (t.handleDoneMs() != null && t.endMs() != null && t.handleDoneMs() < t.endMs() - slack ? " since " + ms.apply(t.handleDoneMs()) : "");
            if (t.stateAtReturn() != null && !t.stateAtReturn().equals(t.finalState()))
                state += " (" + t.stateAtReturn() + " when the call returned)";
            if (run.api() == JavaApi.STRUCTURED && "UNAVAILABLE".equals(t.finalState())) state += ": a scope has no CANCELLED state";
            parts.add(state);
        }
        return String.join("; ", parts);
    }

    private static String request(JavaTaskResult t, JavaRunSpec run, DoubleFunction<String> ms) {
        String at = t.cancelRequestedMs() == null ? "" : " at " + ms.apply(t.cancelRequestedMs());
        boolean timeout = t.cancelCause() == CancelCause.TIMEOUT;
        return switch (run.api()) {
            case CF_ALLOF, CF_ANYOF -> "cf.cancel(true)" + at;
            case INVOKE_ALL -> "cancelled by invokeAll's timeout" + at;
            case INVOKE_ANY -> (timeout ? "cancelled by invokeAny's timeout" : "cancelled by invokeAny as it returned") + at;
            case STRUCTURED -> (timeout ? "interrupted by the scope's timeout" : "interrupted when the scope was cancelled") + at;
        };
    }
}
