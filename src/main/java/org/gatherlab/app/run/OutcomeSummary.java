package org.gatherlab.app.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskState;
import org.gatherlab.report.OutcomeText;
import org.gatherlab.report.Values;

/**
 * Everything the outcome panel of one run says, in words: what the await returned or raised and when,
 * which tasks kept running after it, which exceptions nobody will ever see, who cancelled what and why,
 * what never started, the total time and the speed-up against {@code sequential}. A pure function of the
 * run's report (and the sequential run's, if any); the panel only lays these lines out.
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

    public static OutcomeSummary of(RunReport run, RunReport sequential) {
        Outcome outcome = run.outcome();
        Kind kind = outcome == null ? Kind.UNFINISHED : outcome instanceof Outcome.Raised ? Kind.RAISED : Kind.RETURNED;
        String headline = outcome == null ? "stopped before the await ended"
                : OutcomeText.describe(outcome, 4) + " at " + ms(run.returnedAtMs()) + " ms";
        List<Section> sections = new ArrayList<>();
        if (outcome != null) sections.add(result(run, outcome));
        add(sections, "Still running when the await ended", keptRunning(run));
        add(sections, "Exceptions swallowed: nobody sees them", swallowed(run, outcome));
        add(sections, "Cancelled", cancelled(run));
        add(sections, "Never started", notStarted(run, outcome));
        String timing = outcome == null
                ? "stopped at " + ms(run.trace() == null || run.trace().events().isEmpty() ? 0 : run.trace().events().getLast().atMs()) + " ms"
                : "await ended at " + ms(run.returnedAtMs()) + " ms"
                + (Double.isFinite(run.settledAtMs()) && run.settledAtMs() != run.returnedAtMs()
                ? " · all tasks settled at " + ms(run.settledAtMs()) + " ms" : "");
        return new OutcomeSummary(run.label(), kind, headline, sections, timing, speedUp(run, sequential));
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

    private static Section result(RunReport run, Outcome outcome) {
        List<Line> lines = new ArrayList<>();
        String heading;
        switch (outcome) {
            case Outcome.Returned r -> {
                heading = run.strategy() == Strategy.AS_COMPLETED ? "Returned, in completion order" : "Returned, in input order";
                for (Outcome.Result res : r.results()) {
                    if (!res.isError()) lines.add(new Line(Mark.OK, res.task() + " → " + repr(res.value()), res.task()));
                    else if (res.error().equals("CancelledError")) lines.add(new Line(Mark.CANCELLED, res.task() + " → CancelledError()", res.task()));
                    else lines.add(new Line(Mark.ERROR, res.task() + " → " + res.error() + "(" + repr(res.task()) + ")", res.task()));
                }
            }
            case Outcome.ReturnedWait w -> {
                heading = "Returned (done, pending)";
                lines.add(new Line(Mark.INFO, "done: " + names(w.done()), null));
                lines.add(new Line(Mark.PENDING, "pending: " + names(w.pending()), null));
            }
            case Outcome.Raised r -> {
                heading = "Raised";
                raised(lines, run, r);
            }
        }
        return new Section(heading, cut(lines));
    }

    private static void raised(List<Line> lines, RunReport run, Outcome.Raised r) {
        switch (r.exception()) {
            case "TaskFailed" -> {
                String task = r.tasks().isEmpty() ? "?" : r.tasks().getFirst();
                lines.add(new Line(Mark.ERROR, "TaskFailed(" + repr(task) + ") from task " + task, task));
            }
            case "ExceptionGroup" -> {
                int k = r.tasks().size();
                lines.add(new Line(Mark.ERROR, "ExceptionGroup: unhandled errors in a TaskGroup (" + k
                        + (k == 1 ? " sub-exception)" : " sub-exceptions)"), null));
                for (String task : r.tasks()) lines.add(new Line(Mark.ERROR, "  TaskFailed(" + repr(task) + ")", task));
            }
            case "TimeoutError" -> {
                String t = run.run().timeoutMs() == null ? "the" : "the " + ms(run.run().timeoutMs()) + " ms";
                lines.add(new Line(Mark.ERROR, run.strategy() == Strategy.AS_COMPLETED
                        ? "TimeoutError: as_completed's " + t.substring(4) + " timeout expired; it cancels nothing"
                        : "TimeoutError: " + t + " timeout expired and cancelled the await", null));
            }
            case "CancelledError" -> {
                if (r.tasks().isEmpty()) {
                    lines.add(new Line(Mark.CANCELLED, "CancelledError: the caller itself was cancelled"
                            + (run.run().cancelAtMs() == null ? "" : " at " + ms(run.run().cancelAtMs()) + " ms"), null));
                } else {
                    String task = r.tasks().getFirst();
                    lines.add(new Line(Mark.CANCELLED, "CancelledError: task " + task + " was cancelled"
                            + causeOf(run, task) + ", and " + strategyWord(run.run()) + " passed it on", task));
                }
            }
            default -> lines.add(new Line(Mark.ERROR, r.exception() + (r.tasks().isEmpty() ? "" : " (" + names(r.tasks()) + ")"), null));
        }
    }

    private static List<Line> keptRunning(RunReport run) {
        List<Line> lines = new ArrayList<>();
        for (TaskReport t : run.tasks()) {
            if (!t.afterReturn() || t.endMs() == null) continue;
            double after = t.endMs() - run.returnedAtMs();
            lines.add(new Line(mark(t.state()), t.name() + ": " + t.state().json() + " at " + ms(t.endMs()) + " ms"
                    + (after > 0 ? ", " + ms(after) + " ms after the await ended" : ", in the same instant"), t.name()));
        }
        return lines;
    }

    /**
     * A failure whose exception the caller's outcome does not carry: gather() had already raised (it marks
     * later exceptions retrieved and drops them), or wait() left the task pending, or as_completed timed out.
     */
    private static List<Line> swallowed(RunReport run, Outcome outcome) {
        List<Line> lines = new ArrayList<>();
        if (outcome == null) return lines;
        for (TaskReport t : run.tasks()) {
            if (t.state() != TaskState.FAILED || carried(outcome, t.name())) continue;
            String why = switch (outcome) {
                case Outcome.Raised r when run.strategy() == Strategy.GATHER -> "gather() had already raised " + r.exception();
                case Outcome.Raised r when run.strategy() == Strategy.AS_COMPLETED -> "as_completed had already raised " + r.exception();
                case Outcome.ReturnedWait w -> "it was still pending when wait() returned; never retrieved";
                default -> "the await had already ended";
            };
            lines.add(new Line(Mark.ERROR, t.name() + ": TaskFailed(" + repr(t.name()) + ") at " + ms(t.endMs()) + " ms — " + why, t.name()));
        }
        return lines;
    }

    private static boolean carried(Outcome outcome, String task) {
        return switch (outcome) {
            case Outcome.Raised r -> r.tasks().contains(task);
            case Outcome.Returned r -> r.results().stream().anyMatch(res -> res.task().equals(task) && res.isError());
            case Outcome.ReturnedWait w -> w.done().contains(task);
        };
    }

    /** Grouped by cause, in words: "C, D: cancelled by asyncio.run() teardown — not by gather()". */
    private static List<Line> cancelled(RunReport run) {
        Map<CancelCause, List<String>> byCause = new EnumMap<>(CancelCause.class);
        for (TaskReport t : run.tasks()) {
            if (t.state() == TaskState.CANCELLED) byCause.computeIfAbsent(t.cancelCause() == null ? CancelCause.SELF : t.cancelCause(), c -> new ArrayList<>()).add(t.name());
        }
        List<Line> lines = new ArrayList<>();
        byCause.forEach((cause, tasks) -> lines.add(new Line(Mark.CANCELLED, names(tasks) + ": " + causeSentence(run.run(), cause),
                tasks.size() == 1 ? tasks.getFirst() : null)));
        return lines;
    }

    private static List<Line> notStarted(RunReport run, Outcome outcome) {
        List<String> tasks = new ArrayList<>();
        for (TaskReport t : run.tasks()) if (t.state() == TaskState.NOT_STARTED) tasks.add(t.name());
        if (tasks.isEmpty()) return List.of();
        String why;
        if (outcome == null) why = "the run was stopped first";
        else if (outcome instanceof Outcome.Raised r && run.strategy() == Strategy.SEQUENTIAL) {
            why = switch (r.exception()) {
                case "TaskFailed" -> "sequential stopped at the first failure";
                case "TimeoutError" -> "the timeout ended the loop first";
                case "CancelledError" -> "the caller was cancelled first";
                default -> "the loop ended first";
            };
        } else why = "the await ended first";
        return List.of(new Line(Mark.INFO, names(tasks) + ": never started — " + why, tasks.size() == 1 ? tasks.getFirst() : null));
    }

    private static String speedUp(RunReport run, RunReport sequential) {
        if (sequential == null || sequential == run || run.outcome() == null || sequential.outcome() == null) return null;
        double s = sequential.returnedAtMs(), r = run.returnedAtMs();
        if (!(s > 0) || !(r > 0) || !Double.isFinite(s) || !Double.isFinite(r)) return null;
        double x = s / r;
        String figures = " (" + ms(s) + " → " + ms(r) + " ms to the end of the await)";
        return x >= 1 ? String.format(Locale.ROOT, "%.2f× faster than sequential", x) + figures
                : String.format(Locale.ROOT, "%.2f× the speed of sequential: slower", x) + figures;
    }

    // ------------------------------------------------------------------------------------------------ words

    static String causeSentence(RunSpec run, CancelCause cause) {
        return switch (cause) {
            case TASKGROUP -> "cancelled by the TaskGroup when a sibling failed";
            case TIMEOUT -> "cancelled by the " + (run.timeoutMs() == null ? "" : ms(run.timeoutMs()) + " ms ") + "timeout";
            case CALLER -> "cancelled because the caller was cancelled" + (run.cancelAtMs() == null ? "" : " at " + ms(run.cancelAtMs()) + " ms");
            case SELF -> "cancelled by their own task.cancel() (cancelAtMs)";
            case EXIT -> "cancelled by asyncio.run() teardown — not by " + strategyWord(run);
        };
    }

    private static String causeOf(RunReport run, String task) {
        for (TaskReport t : run.tasks()) {
            if (t.name().equals(task) && t.cancelCause() != null) {
                return switch (t.cancelCause()) {
                    case SELF -> " by its own task.cancel()";
                    case TASKGROUP -> " by the TaskGroup";
                    case TIMEOUT -> " by the timeout";
                    case CALLER -> " because the caller was cancelled";
                    case EXIT -> " by asyncio.run() teardown";
                };
            }
        }
        return "";
    }

    static String strategyWord(RunSpec run) {
        return switch (run.strategy()) {
            case SEQUENTIAL -> "the sequential loop";
            case GATHER -> "gather()";
            case TASKGROUP -> "the TaskGroup";
            case WAIT -> "wait()";
            case AS_COMPLETED -> "as_completed()";
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

    private static void add(List<Section> sections, String heading, List<Line> lines) {
        if (!lines.isEmpty()) sections.add(new Section(heading, cut(lines)));
    }

    private static List<Line> cut(List<Line> lines) {
        if (lines.size() <= MAX_LINES) return lines;
        List<Line> shown = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
        shown.add(new Line(Mark.INFO, "… and " + (lines.size() - MAX_LINES + 1) + " more", null));
        return shown;
    }

    /** Names joined, cut after a few with a count, so 100,000 names stay one line. */
    static String names(List<String> names) {
        int max = 8;
        if (names.size() <= max) return names.isEmpty() ? "none" : String.join(", ", names);
        return String.join(", ", names.subList(0, max)) + " and " + (names.size() - max) + " more";
    }

    private static String repr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Times to a tenth of a millisecond: exact for the virtual clock, readable for the real one. */
    static String ms(double ms) {
        return Values.ms(Math.round(ms * 10) / 10.0);
    }
}
