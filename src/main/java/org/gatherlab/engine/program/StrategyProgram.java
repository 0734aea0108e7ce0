package org.gatherlab.engine.program;

import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.asyncio.Coro;
import org.gatherlab.engine.asyncio.Task;

import java.util.ArrayList;
import java.util.List;

/**
 * One strategy's part of {@code main()}: a coroutine that awaits the tasks its way and returns an
 * {@link org.gatherlab.engine.Outcome} (or raises what the await raised).
 */
interface StrategyProgram {
    Coro await(RunContext ctx);

    static StrategyProgram of(Strategy strategy) {
        return switch (strategy) {
            case SEQUENTIAL -> new SequentialProgram();
            case GATHER -> new GatherProgram();
            case TASKGROUP -> new TaskGroupProgram();
            case WAIT -> new WaitProgram();
            case AS_COMPLETED -> new AsCompletedProgram();
            case CF_ALLOF, CF_ANYOF, INVOKE_ALL, INVOKE_ANY, STRUCTURED ->
                    throw new IllegalArgumentException(strategy.json() + " is a Java strategy: the Java model runs it");
        };
    }

    /** {@code [create_task(body(t)) for t in tasks]}, then each task's own cancel timer. */
    static List<Task> createTasks(RunContext ctx) {
        List<Task> tasks = new ArrayList<>(ctx.specs.size());
        for (int i = 0; i < ctx.specs.size(); i++) tasks.add(new Task(ctx.loop, ctx.body(i), i));
        scheduleSelfCancels(ctx, tasks);
        return tasks;
    }

    /** {@code loop.call_at(t.cancelAtMs, task.cancel)} for each task that has one, in task order. */
    static void scheduleSelfCancels(RunContext ctx, List<Task> tasks) {
        for (Task task : tasks) {
            Double at = ctx.specs.get(task.index).cancelAtMs();
            if (at != null) ctx.loop.callAt(at, task.index, () -> task.cancel(org.gatherlab.engine.CancelCause.SELF));
        }
    }
}
