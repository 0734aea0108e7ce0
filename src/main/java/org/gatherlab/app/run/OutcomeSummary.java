package org.gatherlab.app.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gatherlab.app.fx.EngineWords;
import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.report.Values;

/**
 * Everything the outcome panel of one run says, in words: what the await returned or raised and when,
 * which tasks kept running after it, which exceptions nobody will ever see, who cancelled what and why,
 * what never started, the total time and the speed-up against {@code sequential}. A pure function of the
 * run's report (and the sequential run's, if any) in one language; the panel only lays these lines out.
 * Python's own words (exception names, reprs, {@code asyncio.run()}) stay as they are in every language.
 *
 * @param kind     returned, raised, or unfinished (a real run stopped before its await ended)
 * @param headline {@code "raised TaskFailed (B) at 100 ms"}: the same words as the text report
 * @param sections headed groups of lines, only those that have something to say
 * @param timing   {@code "await ended at 100 ms · all tasks settled at 300 ms"}
 * @param speedUp  {@code "3.00× faster than sequential (300 → 100 ms)"}, or null without a sequential run
 */
public record OutcomeSummary(String title, Kind kind, String headline, List<Section> sections, String timing, String speedUp) {

    public enum Kind { RETURNED, RAISED, UNFINISHED }

    /** A line's sign: never colour alone, so every line starts with one of these. */
    public enum Mark {
        OK("✓"), ERROR("✗"), CANCELLED("⊘"), PENDING("…"), INFO("•");

        private final String glyph;

        Mark(String glyph) { this.glyph = glyph; }

        public String glyph() { return glyph; }
    }

    /** One line; {@code task} names the task it is about (clicking it highlights the task), or null. */
    public record Line(Mark mark, String text, String task) {
        public String display() { return mark.glyph() + " " + text; }
    }

    public record Section(String heading, List<Line> lines) {
        public Section { lines = List.copyOf(lines); }
    }

    public OutcomeSummary {
        sections = List.copyOf(sections);
    }

    /** At most this many lines per section; the rest are counted. */
    static final int MAX_LINES = 10;

    /**
     * Stands for a line past {@link #MAX_LINES}: {@link #cut} only counts those, so they are never worded (wording
     * 100,000 lines that nobody reads took most of a second).
     */
    private static final Line UNSHOWN = new Line(Mark.INFO, "", null);

    /** In English. */
    public static OutcomeSummary of(RunReport run, RunReport sequential) { return of(run, sequential, Words.english()); }

    public static OutcomeSummary of(RunReport run, RunReport sequential, Words w) {
        Outcome outcome = run.outcome();
        Kind kind = outcome == null ? Kind.UNFINISHED : outcome instanceof Outcome.Raised ? Kind.RAISED : Kind.RETURNED;
        String headline = outcome == null ? w.text("outcome.headline.stopped")
                : w.format("outcome.headline", EngineWords.outcome(w, outcome, 4), ms(run.returnedAtMs()));
        List<Section> sections = new ArrayList<>();
        if (outcome != null) sections.add(result(w, run, outcome));
        add(w, sections, w.text("outcome.section.keptRunning"), keptRunning(w, run));
        add(w, sections, w.text("outcome.section.stoppedRunning"), stoppedRunning(w, run));
        add(w, sections, w.text("outcome.section.swallowed"), swallowed(w, run, outcome));
        add(w, sections, w.text("outcome.section.cancelled"), cancelled(w, run));
        add(w, sections, w.text("outcome.section.notStarted"), notStarted(w, run, outcome));
        add(w, sections, w.text("outcome.section.races"), OutcomeRemarks.races(w, run));
        String timing;
        if (outcome == null) {
            timing = w.format("outcome.timing.stopped",
                    ms(run.trace() == null || run.trace().events().isEmpty() ? 0 : run.trace().events().getLast().atMs()));
        } else if (Double.isFinite(run.settledAtMs()) && run.settledAtMs() != run.returnedAtMs()) {
            timing = w.format("outcome.timing.settled", ms(run.returnedAtMs()), ms(run.settledAtMs()));
        } else {
            timing = w.format("outcome.timing", ms(run.returnedAtMs()));
        }
        return new OutcomeSummary(run.label(), kind, headline, sections, timing, speedUp(w, run, sequential));
    }

    /** The whole panel as plain lines: headline, sections (heading, then indented lines), timing, speed-up. */
    public List<String> text() {
        List<String> lines = new ArrayList<>();
        lines.add(title + ": " + headline);
        for (Section s : sections) {
            lines.add(s.heading());
            for (Line l : s.lines()) lines.add("  " + l.display());
        }
        lines.add(timing);
        if (speedUp != null) lines.add(speedUp);
        return lines;
    }

    // -------------------------------------------------------------------------------------------- sections

    private static Section result(Words w, RunReport run, Outcome outcome) {
        List<Line> lines = new ArrayList<>();
        String heading;
        switch (outcome) {
            case Outcome.Returned r -> {
                heading = w.text(run.strategy() == Strategy.AS_COMPLETED ? "outcome.returned.completionOrder" : "outcome.returned.inputOrder");
                for (Outcome.Result res : r.results()) {
                    if (lines.size() >= MAX_LINES) lines.add(UNSHOWN);
                    else if (!res.isError()) lines.add(new Line(Mark.OK, res.task() + " → " + repr(res.value()), res.task()));
                    else if (res.error().equals("CancelledError")) lines.add(new Line(Mark.CANCELLED, res.task() + " → CancelledError()", res.task()));
                    else lines.add(new Line(Mark.ERROR, res.task() + " → " + res.error() + "(" + repr(res.task()) + ")", res.task()));
                }
            }
            case Outcome.ReturnedWait wait -> {
                heading = w.text("outcome.returned.wait");
                lines.add(new Line(Mark.INFO, "done: " + names(w, wait.done()), null));
                lines.add(new Line(Mark.PENDING, "pending: " + names(w, wait.pending()), null));
            }
            case Outcome.Raised r -> {
                heading = w.text("outcome.raisedHeading");
                raised(w, lines, run, r);
            }
        }
        return new Section(heading, cut(w, lines));
    }

    private static void raised(Words w, List<Line> lines, RunReport run, Outcome.Raised r) {
        switch (r.exception()) {
            case "TaskFailed" -> {
                String task = r.tasks().isEmpty() ? "?" : r.tasks().getFirst();
                lines.add(new Line(Mark.ERROR, w.format("outcome.raised.taskFailed", repr(task), task), task));
            }
            case "ExceptionGroup" -> {
                lines.add(new Line(Mark.ERROR, w.count("outcome.raised.group", r.tasks().size()), null));
                for (String task : r.tasks()) {
                    lines.add(lines.size() >= MAX_LINES ? UNSHOWN : new Line(Mark.ERROR, "  TaskFailed(" + repr(task) + ")", task));
                }
            }
            case "TimeoutError" -> {
                Double timeout = run.run().timeoutMs();
                String text;
                if (run.strategy() == Strategy.AS_COMPLETED) {
                    text = timeout == null ? w.text("outcome.raised.timeout.asCompleted")
                            : w.format("outcome.raised.timeout.asCompleted.ms", ms(timeout));
                } else {
                    text = timeout == null ? w.text("outcome.raised.timeout") : w.format("outcome.raised.timeout.ms", ms(timeout));
                }
                lines.add(new Line(Mark.ERROR, text, null));
            }
            case "CancelledError" -> {
                if (r.tasks().isEmpty()) {
                    lines.add(new Line(Mark.CANCELLED, run.run().cancelAtMs() == null ? w.text("outcome.raised.callerCancelled")
                            : w.format("outcome.raised.callerCancelled.at", ms(run.run().cancelAtMs())), null));
                    Line both = OutcomeRemarks.bothCancels(w, run);
                    if (both != null) lines.add(both);
                } else {
                    String task = r.tasks().getFirst();
                    String cause = causeOf(w, run, task);
                    lines.add(new Line(Mark.CANCELLED, w.format("outcome.raised.taskCancelled", task, cause.isEmpty() ? "" : " " + cause,
                            strategyWord(w, run.run())), task));
                }
            }
            default -> lines.add(new Line(Mark.ERROR, r.exception() + (r.tasks().isEmpty() ? "" : " (" + names(w, r.tasks()) + ")"), null));
        }
    }

    private static List<Line> keptRunning(Words w, RunReport run) {
        List<Line> lines = new ArrayList<>();
        for (TaskReport t : run.tasks()) {
            if (!t.afterReturn() || t.endMs() == null) continue;
            if (lines.size() >= MAX_LINES) {
                lines.add(UNSHOWN);
                continue;
            }
            double after = t.endMs() - run.returnedAtMs();
            String state = EngineWords.taskState(w, t.state());
            lines.add(new Line(mark(t.state()), after > 0
                    ? w.format("outcome.keptRunning.after", t.name(), state, ms(t.endMs()), ms(after))
                    : w.format("outcome.keptRunning.same", t.name(), state, ms(t.endMs())), t.name()));
        }
        return lines;
    }

    /**
     * A failure whose exception the caller's outcome does not carry: gather() had already raised (it marks
     * later exceptions retrieved and drops them), or wait() left the task pending, or as_completed timed out.
     */
    private static List<Line> swallowed(Words w, RunReport run, Outcome outcome) {
        List<Line> lines = new ArrayList<>();
        if (outcome == null) return lines;
        Set<String> carried = carried(outcome);
        for (TaskReport t : run.tasks()) {
            if (t.state() != TaskState.FAILED || carried.contains(t.name())) continue;
            if (lines.size() >= MAX_LINES) {
                lines.add(UNSHOWN);
                continue;
            }
            String why = switch (outcome) {
                case Outcome.Raised r when run.strategy() == Strategy.GATHER -> w.format("outcome.swallowed.gather", r.exception());
                case Outcome.Raised r when run.strategy() == Strategy.AS_COMPLETED -> w.format("outcome.swallowed.asCompleted", r.exception());
                case Outcome.ReturnedWait r -> w.text("outcome.swallowed.wait");
                default -> w.text("outcome.swallowed.ended");
            };
            lines.add(new Line(Mark.ERROR, w.format("outcome.swallowed", t.name(), repr(t.name()), ms(t.endMs()), why), t.name()));
        }
        return lines;
    }

    /** The tasks whose exception the caller's outcome carries (a set: 100,000 tasks are looked up in it). */
    private static Set<String> carried(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Raised r -> new HashSet<>(r.tasks());
            case Outcome.Returned r -> r.results().stream().filter(Outcome.Result::isError).map(Outcome.Result::task)
                    .collect(Collectors.toCollection(HashSet::new));
            case Outcome.ReturnedWait wait -> new HashSet<>(wait.done());
        };
    }

    /** Grouped by cause, in words: "C, D: cancelled by asyncio.run() teardown — not by gather()". */
    private static List<Line> cancelled(Words w, RunReport run) {
        Map<CancelCause, List<String>> byCause = new EnumMap<>(CancelCause.class);
        for (TaskReport t : run.tasks()) {
            if (t.state() == TaskState.CANCELLED) byCause.computeIfAbsent(t.cancelCause() == null ? CancelCause.SELF : t.cancelCause(), c -> new ArrayList<>()).add(t.name());
        }
        List<Line> lines = new ArrayList<>();
        byCause.forEach((cause, tasks) -> lines.add(new Line(Mark.CANCELLED, names(w, tasks) + ": " + causeSentence(w, run.run(), cause, tasks.size()),
                tasks.size() == 1 ? tasks.getFirst() : null)));
        return lines;
    }

    /**
     * Tasks that had started and have no end: only Stop leaves a task so (a finished run drains or cancels every task),
     * in either family; nothing after the Stop was recorded, so how they would have ended is not known.
     */
    private static List<Line> stoppedRunning(Words w, RunReport run) {
        List<String> tasks = new ArrayList<>();
        for (TaskReport t : run.tasks()) if (t.state() == TaskState.NOT_STARTED && t.startMs() != null) tasks.add(t.name());
        if (tasks.isEmpty()) return List.of();
        return List.of(new Line(Mark.PENDING, w.count("outcome.stoppedRunning", tasks.size(), names(w, tasks)), tasks.size() == 1 ? tasks.getFirst() : null));
    }

    private static List<Line> notStarted(Words w, RunReport run, Outcome outcome) {
        List<String> tasks = new ArrayList<>();
        for (TaskReport t : run.tasks()) if (t.state() == TaskState.NOT_STARTED && t.startMs() == null) tasks.add(t.name());
        if (tasks.isEmpty()) return List.of();
        String why;
        if (outcome == null) why = w.text("outcome.notStarted.stopped");
        else if (outcome instanceof Outcome.Raised r && run.strategy() == Strategy.SEQUENTIAL) {
            why = switch (r.exception()) {
                case "TaskFailed" -> w.text("outcome.notStarted.firstFailure");
                case "TimeoutError" -> w.text("outcome.notStarted.timeout");
                case "CancelledError" -> w.text("outcome.notStarted.callerCancelled");
                default -> w.text("outcome.notStarted.loopEnded");
            };
        } else why = w.text("outcome.notStarted.awaitEnded");
        return List.of(new Line(Mark.INFO, w.count("outcome.notStarted", tasks.size(), names(w, tasks), why), tasks.size() == 1 ? tasks.getFirst() : null));
    }

    private static String speedUp(Words w, RunReport run, RunReport sequential) {
        if (sequential == null || sequential == run || run.outcome() == null || sequential.outcome() == null) return null;
        double s = sequential.returnedAtMs(), r = run.returnedAtMs();
        if (!(s > 0) || !(r > 0) || !Double.isFinite(s) || !Double.isFinite(r)) return null;
        double x = s / r;
        String factor = String.format(w.locale(), "%.2f", x);
        return w.format(x >= 1 ? "outcome.speedUp.faster" : "outcome.speedUp.slower", factor, ms(s), ms(r));
    }

    // ------------------------------------------------------------------------------------------------ words

    /** Why {@code n} tasks were cancelled (the words agree with how many there are). */
    static String causeSentence(Words w, RunSpec run, CancelCause cause, int n) {
        return switch (cause) {
            // The Java model reuses this cause for a scope or invokeAny cancelling the rest: say which world it is.
            case TASKGROUP -> switch (run.strategy().family()) {
                case JAVA -> w.count("outcome.cause.javaCall", n);
                case PYTHON_ASYNCIO -> w.count("outcome.cause.taskgroup", n);
            };
            case SCOPE, WINNER -> w.count("outcome.cause.javaCall", n);
            case TIMEOUT -> run.timeoutMs() == null ? w.count("outcome.cause.timeout", n) : w.count("outcome.cause.timeout.ms", n, ms(run.timeoutMs()));
            case CALLER -> run.cancelAtMs() == null ? w.count("outcome.cause.caller", n) : w.count("outcome.cause.caller.at", n, ms(run.cancelAtMs()));
            case SELF -> w.count("outcome.cause.self", n);
            case EXIT -> w.count("outcome.cause.exit", n, strategyWord(w, run));
        };
    }

    private static String causeOf(Words w, RunReport run, String task) {
        for (TaskReport t : run.tasks()) {
            if (t.name().equals(task) && t.cancelCause() != null) {
                return switch (t.cancelCause()) {
                    case SELF -> w.text("outcome.causeOf.self");
                    case TASKGROUP -> w.text("outcome.causeOf.taskgroup");
                    case SCOPE -> w.text("outcome.causeOf.scope");
                    case WINNER -> w.text("outcome.causeOf.winner");
                    case TIMEOUT -> w.text("outcome.causeOf.timeout");
                    case CALLER -> w.text("outcome.causeOf.caller");
                    case EXIT -> w.text("outcome.causeOf.exit");
                };
            }
        }
        return "";
    }

    static String strategyWord(Words w, RunSpec run) {
        return switch (run.strategy()) {
            case SEQUENTIAL -> w.text("outcome.strategy.sequential");
            case GATHER -> "gather()";
            case TASKGROUP -> w.text("outcome.strategy.taskgroup");
            case WAIT -> "wait()";
            case AS_COMPLETED -> "as_completed()";
            case CF_ALLOF, CF_ANYOF, INVOKE_ALL, INVOKE_ANY, STRUCTURED -> JavaRunSpec.of(run).api().call();
        };
    }

    private static Mark mark(TaskState s) {
        return switch (s) {
            case SUCCEEDED -> Mark.OK;
            case FAILED -> Mark.ERROR;
            case CANCELLED -> Mark.CANCELLED;
            case NOT_STARTED -> Mark.INFO;
        };
    }

    private static void add(Words w, List<Section> sections, String heading, List<Line> lines) {
        if (!lines.isEmpty()) sections.add(new Section(heading, cut(w, lines)));
    }

    private static List<Line> cut(Words w, List<Line> lines) {
        if (lines.size() <= MAX_LINES) return lines;
        List<Line> shown = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
        shown.add(new Line(Mark.INFO, w.format("outcome.andMore", lines.size() - MAX_LINES + 1), null));
        return shown;
    }

    /** Names joined, cut after a few with a count, so 100,000 names stay one line. */
    static String names(Words w, List<String> names) {
        int max = 8;
        if (names.size() <= max) return names.isEmpty() ? w.text("outcome.none") : String.join(", ", names);
        return w.format("outcome.names.more", String.join(", ", names.subList(0, max)), names.size() - max);
    }

    private static String repr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Times to a tenth of a millisecond: exact for the virtual clock, readable for the real one. */
    static String ms(double ms) {
        return Values.ms(Math.round(ms * 10) / 10.0);
    }
}
