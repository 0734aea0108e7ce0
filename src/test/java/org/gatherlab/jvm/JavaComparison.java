package org.gatherlab.jvm;

import com.fasterxml.jackson.databind.JsonNode;

import org.gatherlab.engine.jvm.JavaOutcome;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaTaskResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the simulation of a Java run with what the generated program measured ({@code gatherlab/java-run@1}):
 * what the call returned or threw, which exception with which cause, and how each task ended must be equal; times
 * (returned, block exit, each task's start and end) within a tolerance; and tasks that end more than the tolerance
 * apart in the model must end in the same order for real.
 *
 * <p>A real time may be late by the run's start-up lag (how long after the program's time 0 its first thread got going,
 * which the model, starting every thread at 0, does not have) on top of the tolerance: the window is
 * {@code [model - tol, model + lag + tol]}.
 */
final class JavaComparison {
    private JavaComparison() {}

    record Result(List<String> mismatches, double maxDeviationMs) {
        boolean equal() { return mismatches.isEmpty(); }
    }

    static Result compare(JavaRun sim, JsonNode real, double tol) {
        List<String> bad = new ArrayList<>();
        double[] max = {0};
        double lag = startLag(sim, real);
        JsonNode o = real.path("outcome");
        same(bad, "outcome.kind", sim.outcome().kind(), o.path("kind").asText());
        switch (sim.outcome()) {
            case JavaOutcome.Threw t -> {
                same(bad, "outcome.exception", t.exception(), text(o, "exception"));
                same(bad, "outcome.cause", t.cause(), text(o, "cause"));
                same(bad, "outcome.causeTask", t.causeTask(), text(o, "causeTask"));
            }
            case JavaOutcome.Returned r -> {
                JsonNode items = o.path("items");
                if (r.items().size() == 1 && r.items().getFirst().javaState() == null) {
                    same(bad, "outcome.value", r.items().getFirst().value(), text(items.path(0), "value"));
                } else {
                    same(bad, "outcome.returns", r.returns(), text(o, "returns"));
                    same(bad, "outcome.items.size", r.items().size(), items.size());
                    for (int i = 0; i < Math.min(r.items().size(), items.size()); i++) {
                        JavaOutcome.Item it = r.items().get(i);
                        JsonNode j = items.path(i);
                        String w = "outcome.items[" + i + "].";
                        same(bad, w + "task", it.task(), text(j, "task"));
                        same(bad, w + "javaState", it.javaState(), text(j, "javaState"));
                        same(bad, w + "value", it.value(), text(j, "value"));
                        same(bad, w + "error", it.error(), text(j, "error"));
                    }
                }
            }
        }
        near(bad, max, "returnedAtMs", sim.returnedAtMs(), real.path("returnedAtMs").asDouble(), tol, lag);
        near(bad, max, "blockExitMs", sim.blockExitMs(), real.path("blockExitMs").asDouble(), tol, lag);
        JsonNode tasks = real.path("tasks");
        for (int i = 0; i < sim.taskResults().size(); i++) {
            JavaTaskResult t = sim.taskResults().get(i);
            JsonNode j = tasks.path(i);
            String w = "tasks[" + t.name() + "].";
            same(bad, w + "state", t.state().json(), text(j, "state"));
            same(bad, w + "javaState", t.finalState(), text(j, "javaState"));
            same(bad, w + "body", t.body().json(), text(j, "body"));
            boolean nearReturn = Math.abs(t.endMs() - sim.returnedAtMs()) <= tol;
            if (!nearReturn) {
                same(bad, w + "stateAtReturn", t.stateAtReturn(), text(j, "stateAtReturn"));
                same(bad, w + "afterReturn", t.afterReturn(), j.path("afterReturn").asBoolean());
            }
            if (t.startMs() == null || j.path("startMs").isNull()) same(bad, w + "startMs", t.startMs(), number(j, "startMs"));
            else near(bad, max, w + "startMs", t.startMs(), j.path("startMs").asDouble(), tol, lag);
            near(bad, max, w + "endMs", t.endMs(), j.path("endMs").asDouble(), tol, lag);
            same(bad, w + "interrupted", t.interruptedMs() != null, !j.path("interruptedMs").isNull());
        }
        for (int a = 0; a < sim.taskResults().size(); a++) {
            for (int b = 0; b < sim.taskResults().size(); b++) {
                double sa = sim.taskResults().get(a).endMs(), sb = sim.taskResults().get(b).endMs();
                if (sa + tol < sb && !(tasks.path(a).path("endMs").asDouble() < tasks.path(b).path("endMs").asDouble()))
                    bad.add("order: " + sim.taskResults().get(a).name() + " ends before " + sim.taskResults().get(b).name() + " in the model, not for real");
            }
        }
        return new Result(bad, max[0]);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asDouble();
    }

    private static void same(List<String> bad, String what, Object model, Object real) {
        if (!Objects.equals(model, real)) bad.add(what + ": model " + model + ", real " + real);
    }

    /** How late the real run's first thread started, of those the model starts at 0. */
    static double startLag(JavaRun sim, JsonNode real) {
        double lag = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sim.taskResults().size(); i++) {
            Double s = sim.taskResults().get(i).startMs();
            JsonNode r = real.path("tasks").path(i).path("startMs");
            if (s != null && s == 0 && r.isNumber()) lag = Math.min(lag, r.asDouble());
        }
        return Double.isInfinite(lag) ? 0 : Math.max(0, lag);
    }

    private static void near(List<String> bad, double[] max, String what, double model, double real, double tol, double lag) {
        double d = real < model ? model - real : Math.max(0, real - model - lag);
        max[0] = Math.max(max[0], d);
        if (d > tol) bad.add(what + ": model " + model + " ms, real " + String.format(java.util.Locale.ROOT, "%.1f", real) + " ms");
    }
}
