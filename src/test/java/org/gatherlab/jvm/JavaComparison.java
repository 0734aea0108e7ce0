package org.gatherlab.jvm;

import com.fasterxml.jackson.databind.JsonNode;

import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaTaskResult;
import org.gatherlab.verify.JavaRunComparison;
import org.gatherlab.verify.ReportComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The classroom's comparison of a simulated Java run with what the generated program measured
 * ({@link JavaRunComparison}: outcome, exception and cause, how each task ended, times within a tolerance beyond the
 * start-up lag), held stricter for the differential test: away from the return, each task's state at the return and
 * whether it ran on after it must match too, whether it was interrupted, and tasks that end more than the tolerance
 * apart in the model must end in the same order for real. The result also says how far the furthest time was. A task
 * in a race ({@code src/site/markdown/java-strategies.md#races}) is held to none of these: either order may show.
 */
final class JavaComparison {
    private JavaComparison() {}

    record Result(List<String> mismatches, double maxDeviationMs) {
        boolean equal() { return mismatches.isEmpty(); }
    }

    static Result compare(JavaRun sim, JsonNode real, double tol) {
        List<String> bad = new ArrayList<>();
        for (ReportComparison.Row r : JavaRunComparison.compare(sim, real, tol)) {
            if (r.differs()) bad.add(r.field() + ": model " + r.engine() + ", real " + r.cpython());
        }
        JsonNode tasks = real.path("tasks");
        for (int i = 0; i < sim.taskResults().size(); i++) {
            JavaTaskResult t = sim.taskResults().get(i);
            JsonNode j = tasks.path(i);
            String w = "tasks[" + t.name() + "].";
            if (sim.race(t.name()) != null) continue;
            boolean nearReturn = Math.abs(t.endMs() - sim.returnedAtMs()) <= tol;
            if (!nearReturn) {
                same(bad, w + "stateAtReturn", t.stateAtReturn(), text(j, "stateAtReturn"));
                same(bad, w + "afterReturn", t.afterReturn(), j.path("afterReturn").asBoolean());
            }
            same(bad, w + "interrupted", t.interruptedMs() != null, !j.path("interruptedMs").isNull());
        }
        for (int a = 0; a < sim.taskResults().size(); a++) {
            for (int b = 0; b < sim.taskResults().size(); b++) {
                if (sim.race(sim.taskResults().get(a).name()) != null || sim.race(sim.taskResults().get(b).name()) != null) continue;
                double sa = sim.taskResults().get(a).endMs(), sb = sim.taskResults().get(b).endMs();
                if (sa + tol < sb && !(tasks.path(a).path("endMs").asDouble() < tasks.path(b).path("endMs").asDouble()))
                    bad.add("order: " + sim.taskResults().get(a).name() + " ends before " + sim.taskResults().get(b).name() + " in the model, not for real");
            }
        }
        return new Result(bad, JavaRunComparison.largestDeviationMs(sim, real));
    }

    /** How late the real run's first thread started, of those the model starts at 0. */
    static double startLag(JavaRun sim, JsonNode real) {
        return JavaRunComparison.startLag(sim, real);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static void same(List<String> bad, String what, Object model, Object real) {
        if (!Objects.equals(model, real)) bad.add(what + ": model " + model + ", real " + real);
    }
}
