package org.gatherlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.jvm.Said;

/**
 * What a run's report must say beyond its rows, as data for each renderer to word: where the JDK's answer is a race
 * (java-strategies.md#races), and a caller that both its timeout and its outside cancel reached
 * (asyncio-decided-orders.md rule C1). A pure function of the report.
 */
public final class RunRemarks {
    private RunRemarks() {}

    /**
     * A task whose fate on the JDK is a race; {@code said} is its sentence as facts (null if the report holds it only as
     * text), {@code words} that sentence in the reports' English.
     */
    public record Race(String task, double atMs, String kind, String shown, String other, Said said, String words) {
        /** The sentence in {@code language}'s words (the app's card), or the report's text when it has no facts. */
        public String words(OutcomeWords language) { return said == null ? words : language.said(said); }
    }

    /**
     * Both the timeout and the outside cancel reached the caller: when each was due and when each fired (a CPU step can
     * hold both back to one pass); {@code first} fired first and names the tasks' cause.
     */
    public record BothCancels(double timeoutDueMs, double callerDueMs, double timeoutFiredMs, double callerFiredMs, CancelCause first) { }

    /** The races of a Java run's report (its {@code java.races}), in task order; none for a Python run or a real one. */
    public static List<Race> races(RunReport run) {
        List<Race> out = new ArrayList<>();
        if (run.java() == null || !(run.java().get("races") instanceof List<?> list)) return out;
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) continue;
            out.add(new Race(String.valueOf(m.get("task")), m.get("atMs") instanceof Number n ? n.doubleValue() : 0,
                    String.valueOf(m.get("kind")), (String) m.get("shown"), (String) m.get("other"),
                    m.get("words") instanceof Said said ? said : null,
                    m.get("words") instanceof Said said ? OutcomeWords.english().said(said) : String.valueOf(m.get("words"))));
        }
        return out;
    }

    /** The caller's two cancel requests, when both its timeout and its outside cancel reached it; else null. */
    public static BothCancels bothCancels(RunReport run) {
        if (run.trace() == null) return null;
        Double timeout = null, caller = null;
        CancelCause first = null;
        for (TraceEvent e : run.trace().events()) {
            if (!(e instanceof TraceEvent.CancelRequested c) || c.task() != TraceEvent.CALLER) continue;
            if (c.cause() == CancelCause.TIMEOUT && timeout == null) timeout = c.atMs();
            else if (c.cause() == CancelCause.CALLER && caller == null) caller = c.atMs();
            else continue;
            if (first == null) first = c.cause();
        }
        if (timeout == null || caller == null) return null;
        Double dueT = run.run().timeoutMs(), dueC = run.run().cancelAtMs();
        return new BothCancels(dueT == null ? timeout : dueT, dueC == null ? caller : dueC, timeout, caller, first);
    }

    /** The text report's sentence for {@link BothCancels}. */
    public static String words(BothCancels b) {
        String fired = b.timeoutFiredMs() == b.callerFiredMs() ? "both at " + Values.ms(b.timeoutFiredMs()) + " ms"
                : "at " + Values.ms(b.timeoutFiredMs()) + " and " + Values.ms(b.callerFiredMs()) + " ms";
        return "both the timeout (due at " + Values.ms(b.timeoutDueMs()) + " ms) and the caller's cancel (due at "
                + Values.ms(b.callerDueMs()) + " ms) reached the caller, " + fired + "; the tasks carry the first one's cause ("
                + b.first().json() + "), and the caller raises CancelledError, not TimeoutError, because asyncio.timeout was"
                + " not the only one to cancel it";
    }
}
