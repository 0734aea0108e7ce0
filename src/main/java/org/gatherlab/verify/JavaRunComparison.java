package org.gatherlab.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.jvm.JavaOutcome;
import org.gatherlab.engine.jvm.JavaRace;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaTaskResult;

/**
 * Compares the simulation of a Java run with what the generated program measured on a real JDK
 * ({@code gatherlab/java-run@1}, its {@code --json} summary): the outcome (returned or threw, exception, cause, cause
 * task, returned items) and each task's state, Java state and body end must be equal; since the program runs in real
 * time, times (returned, block exit, each task's start and end) only within a tolerance, on top of the run's start-up
 * lag (how late its first thread started: the model starts them at 0). Rows as {@link ReportComparison}'s: the
 * engine's value, then the JDK's.
 *
 * <p>A task the model flags as a race ({@link JavaRun#races()}, java-strategies.md#races) may end either way: its
 * body must be the model's or the other one; a start-or-skip race is cancelled either way, so its state and Java state
 * must still match (a tie's may not); its times are not held to the model's, nor is the block's exit when a raced task
 * is a CPU loop (it holds its thread in one of the two orders only).
 */
public final class JavaRunComparison {
    private JavaRunComparison() {}

    /** How far a real time may be from the model's (beyond the start-up lag). */
    public static final double TOLERANCE_MS = 50;

    public static List<ReportComparison.Row> compare(JavaRun sim, JsonNode real, double tol) {
        List<ReportComparison.Row> rows = new ArrayList<>();
        double lag = startLag(sim, real);
        JsonNode o = real.path("outcome");
        same(rows, "outcome.kind", sim.outcome().kind(), text(o, "kind"));
        switch (sim.outcome()) {
            case JavaOutcome.Threw t -> {
                same(rows, "outcome.exception", t.exception(), text(o, "exception"));
                same(rows, "outcome.cause", t.cause(), text(o, "cause"));
                same(rows, "outcome.causeTask", t.causeTask(), text(o, "causeTask"));
            }
            case JavaOutcome.Returned r -> {
                JsonNode items = o.path("items");
                if (r.items().size() == 1 && r.items().getFirst().javaState() == null) {
                    same(rows, "outcome.value", r.items().getFirst().value(), text(items.path(0), "value"));
                } else {
                    same(rows, "outcome.returns", r.returns(), text(o, "returns"));
                    same(rows, "outcome.items", r.items().size(), items.size());
                    for (int i = 0; i < Math.min(r.items().size(), items.size()); i++) {
                        JavaOutcome.Item it = r.items().get(i);
                        JsonNode j = items.path(i);
                        String w = "outcome.items[" + i + "].";
                        same(rows, w + "task", it.task(), text(j, "task"));
                        same(rows, w + "javaState", it.javaState(), text(j, "javaState"));
                        same(rows, w + "value", it.value(), text(j, "value"));
                        same(rows, w + "error", it.error(), text(j, "error"));
                    }
                }
            }
        }
        near(rows, "returnedAtMs", sim.returnedAtMs(), number(real, "returnedAtMs"), tol, lag);
        if (!raceMovesTheExit(sim)) near(rows, "blockExitMs", sim.blockExitMs(), number(real, "blockExitMs"), tol, lag);
        JsonNode tasks = real.path("tasks");
        for (int i = 0; i < sim.taskResults().size(); i++) {
            JavaTaskResult t = sim.taskResults().get(i);
            JsonNode j = tasks.path(i);
            String w = "tasks[" + t.name() + "].";
            JavaRace race = sim.race(t.name());
            if (race != null) {
                if (race.kind() == JavaRace.Kind.START_OR_SKIP) {
                    same(rows, w + "state", t.state().json(), text(j, "state"));
                    same(rows, w + "javaState", t.finalState(), text(j, "javaState"));
                }
                String body = text(j, "body");
                String either = race.shown().json() + (race.other() == null ? "" : " or " + race.other().json()) + " (a race)";
                rows.add(new ReportComparison.Row(w + "body", either, shown(body),
                        !race.shown().json().equals(body) && (race.other() == null || !race.other().json().equals(body))));
                continue;
            }
            same(rows, w + "state", t.state().json(), text(j, "state"));
            same(rows, w + "javaState", t.finalState(), text(j, "javaState"));
            same(rows, w + "body", t.body().json(), text(j, "body"));
            near(rows, w + "startMs", t.startMs(), number(j, "startMs"), tol, lag);
            near(rows, w + "endMs", t.endMs(), number(j, "endMs"), tol, lag);
        }
        return rows;
    }

    /**
     * The largest distance of a real time (returned, block exit, each task's start and end) from the model's, beyond the
     * start-up lag: what {@link #compare}'s tolerance is held against, for reporting how close a run came.
     */
    public static double largestDeviationMs(JavaRun sim, JsonNode real) {
        double lag = startLag(sim, real);
        double max = Math.max(deviation(sim.returnedAtMs(), number(real, "returnedAtMs"), lag),
                raceMovesTheExit(sim) ? 0 : deviation(sim.blockExitMs(), number(real, "blockExitMs"), lag));
        JsonNode tasks = real.path("tasks");
        for (int i = 0; i < sim.taskResults().size(); i++) {
            JavaTaskResult t = sim.taskResults().get(i);
            if (sim.race(t.name()) != null) continue;
            max = Math.max(max, deviation(t.startMs(), number(tasks.path(i), "startMs"), lag));
            max = Math.max(max, deviation(t.endMs(), number(tasks.path(i), "endMs"), lag));
        }
        return max;
    }

    /** Whether a raced task is a CPU loop: it holds its thread in one order only, so the block's exit moves with the race. */
    public static boolean raceMovesTheExit(JavaRun sim) {
        for (JavaRace r : sim.races()) {
            for (var t : sim.tasks()) if (t.name().equals(r.task()) && t.kind() == TaskKind.CPU) return true;
        }
        return false;
    }

    /** How late the real run's first thread started, of those the model starts at 0. */
    public static double startLag(JavaRun sim, JsonNode real) {
        double lag = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sim.taskResults().size(); i++) {
            Double s = sim.taskResults().get(i).startMs();
            JsonNode r = real.path("tasks").path(i).path("startMs");
            if (s != null && s == 0 && r.isNumber()) lag = Math.min(lag, r.asDouble());
        }
        return Double.isInfinite(lag) ? 0 : Math.max(0, lag);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNumber() ? v.asDouble() : null;
    }

    private static String shown(Object v) { return v == null ? ReportComparison.ABSENT : v.toString(); }

    private static void same(List<ReportComparison.Row> rows, String what, Object model, Object real) {
        rows.add(new ReportComparison.Row(what, shown(model), shown(real), !Objects.equals(model, real)));
    }

    private static String ms(Double v) { return v == null ? ReportComparison.ABSENT : String.format(Locale.ROOT, "%.1f ms", v); }

    private static void near(List<ReportComparison.Row> rows, String what, Double model, Double real, double tol, double lag) {
        boolean differs = model == null || real == null ? !Objects.equals(model, real) : deviation(model, real, lag) > tol;
        rows.add(new ReportComparison.Row(what, ms(model), ms(real), differs));
    }

    /** How far a real time lies outside {@code [model, model + lag]}: being late by up to the start-up lag costs nothing. */
    private static double deviation(Double model, Double real, double lag) {
        if (model == null || real == null) return 0;
        return real < model ? model - real : Math.max(0, real - model - lag);
    }
}
