package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.TaskState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import static org.gatherlab.engine.Numbers.format;

/**
 * One task's story, in Java's terms: what its thread did and what its handle says, as {@link Said} facts (keys
 * {@code java.*} of the outcome vocabulary and their arguments); the words come when it is rendered.
 */
public final class JavaWords {
    private JavaWords() {}

    /** On a real clock, a start or a delivery this much later than asked is still "at once". */
    static final double SLACK_MS = 5;

    /** Task {@code t}'s story ({@link JavaTaskResult} says what its fields mean). */
    static Said of(JavaTaskResult t) {
        boolean io = t.io(), measured = t.measured();
        Double wokeAt = t.wokeAtMs();
        JavaRunSpec run = t.run();
        boolean virtual = run.threads() == JavaThreads.VIRTUAL;
        boolean cf = run.api() == JavaApi.CF_ALLOF || run.api() == JavaApi.CF_ANYOF;
        double slack = measured ? SLACK_MS : 0;
        DoubleFunction<String> ms = v -> measured ? String.format(Locale.ROOT, "%.1f ms", v) : format(v) + " ms";
        boolean discarded = t.state() == TaskState.CANCELLED;
        List<Said> parts = new ArrayList<>();
        if (t.body() == BodyEnd.NEVER_RAN) {
            parts.add(Said.of(!virtual ? "java.neverRan.pool" : cf ? "java.neverRan.carrier.cf" : "java.neverRan.carrier.future",
                    request(t, run, ms)));
        } else if (t.body() != null) {
            if (t.startMs() != null && t.startMs() > slack)
                parts.add(Said.of(virtual ? "java.waited.carrier" : "java.waited.pool", ms.apply(t.startMs())));
            switch (t.body()) {
                case RETURNED, THREW -> {
                    Said did = Said.of(t.body() == BodyEnd.RETURNED ? "java.did.returned" : "java.did.threw", t.name());
                    if (discarded && t.cancelRequestedMs() != null) {
                        parts.add(Said.of(cf ? "java.ranOn.noInterrupt" : "java.ranOn.cpuLoop", request(t, run, ms), did, ms.apply(t.endMs())));
                    } else {
                        parts.add(Said.of(io ? "java.slept" : "java.computed", did, ms.apply(t.endMs())));
                    }
                    if (io && virtual && wokeAt != null && t.endMs() > wokeAt + slack)
                        parts.add(Said.of("java.wokeThenWaited", ms.apply(wokeAt)));
                }
                case INTERRUPTED -> {
                    double asked = t.cancelRequestedMs() != null ? t.cancelRequestedMs() : t.endMs();
                    String where = wokeAt == null && t.startMs() != null && t.startMs() >= asked - slack ? "java.where.beforeSleep"
                            : wokeAt != null && wokeAt < asked ? "java.where.waitingForCarrier" : "java.where.sleeping";
                    parts.add(Said.of(virtual && t.endMs() > asked + slack ? "java.interrupted.onceCarrier" : "java.interrupted",
                            request(t, run, ms), Said.of(where), ms.apply(t.endMs())));
                }
                case STOPPED -> parts.add(Said.of(io ? "java.stopped.sleeping" : "java.stopped.computing"));
                default -> { }
            }
        }
        if (t.handle() != null && t.finalState() != null) {
            String s = t.handle().equals("Subtask") ? "subtask.state()" : "future.state()";
            Said state = t.handleDoneMs() != null && t.endMs() != null && t.handleDoneMs() < t.endMs() - slack
                    ? Said.of("java.state.since", s, t.finalState(), ms.apply(t.handleDoneMs()))
                    : Said.of("java.state", s, t.finalState());
            if (t.stateAtReturn() != null && !t.stateAtReturn().equals(t.finalState()))
                state = Said.of("java.state.atReturn", state, t.stateAtReturn());
            if (run.api() == JavaApi.STRUCTURED && "UNAVAILABLE".equals(t.finalState())) state = Said.of("java.state.noCancelled", state);
            parts.add(state);
        }
        return Said.story(parts);
    }

    /** Who asked the task to stop, and when: {@code cf.cancel(true) at 100 ms}. */
    private static Said request(JavaTaskResult t, JavaRunSpec run, DoubleFunction<String> ms) {
        boolean timeout = t.cancelCause() == CancelCause.TIMEOUT;
        Said who = Said.of(switch (run.api()) {
            case CF_ALLOF, CF_ANYOF -> "java.request.cf";
            case INVOKE_ALL -> "java.request.invokeAll.timeout";
            case INVOKE_ANY -> timeout ? "java.request.invokeAny.timeout" : "java.request.invokeAny.returned";
            case STRUCTURED -> timeout ? "java.request.scope.timeout" : "java.request.scope.cancelled";
        });
        return t.cancelRequestedMs() == null ? who : Said.of("java.request.at", who, ms.apply(t.cancelRequestedMs()));
    }
}
