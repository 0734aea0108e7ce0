package org.gatherlab.engine.jvm;

import org.gatherlab.engine.Clock;
import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceListener;

import java.util.List;
import java.util.Objects;

/**
 * Runs one Java run over a scenario's tasks on a simulated JVM (see {@code JvmMachine} for the rules, and
 * {@code src/site/markdown/java-strategies.md}). With a {@link org.gatherlab.engine.VirtualClock} every time is exact and the run
 * is instant; the same code on a real clock plays the model back in real time.
 */
public final class JavaSimulation {
    private JavaSimulation() {}

    /**
     * @param seed     drives which tasks fail, exactly as for the Python strategies ({@link FailurePlan})
     * @param listener sees each shared event as it is made
     * @throws IllegalArgumentException if the tasks cannot run this way (no task, or a task {@code cancelAtMs} where
     *                                  the call hands out no handle to cancel)
     */
    public static JavaRun run(List<TaskSpec> tasks, long seed, JavaRunSpec run, Clock clock, TraceListener listener) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(listener, "listener");
        check(tasks, run);
        JvmMachine m = new JvmMachine(tasks, FailurePlan.draw(seed, tasks), run, clock, listener);
        Call call = switch (run.api()) {
            case CF_ALLOF -> new CfCall(m, true);
            case CF_ANYOF -> new CfCall(m, false);
            case INVOKE_ALL -> new InvokeAllCall(m);
            case INVOKE_ANY -> new InvokeAnyCall(m);
            case STRUCTURED -> new ScopeCall(m);
        };
        return m.run(call);
    }

    /** The rules a scenario must follow for a Java run, as the messages the scenario reader will show. */
    public static void check(List<TaskSpec> tasks, JavaRunSpec run) {
        if (tasks.isEmpty()) throw new IllegalArgumentException("tasks: a run needs at least one task");
        if (run.api() == JavaApi.CF_ALLOF || run.api() == JavaApi.CF_ANYOF) return;
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).cancelAtMs() != null)
                throw new IllegalArgumentException("tasks[" + i + "].cancelAtMs: " + run.api().json()
                        + " hands out no handle to cancel one task before it returns (only cf-allof and cf-anyof can: cf.cancel(true))");
        }
    }
}
