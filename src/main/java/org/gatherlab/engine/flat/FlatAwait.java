package org.gatherlab.engine.flat;

/**
 * How the caller awaits its tasks in a flat run, for every strategy but {@code sequential} (whose caller runs the
 * bodies itself, in {@link FlatRun}): each is the port's strategy program and the asyncio object it awaits, with a
 * task's done-callback and the caller's wake-up as the two ready-queue operations that reach it.
 */
sealed interface FlatAwait permits FlatGather, FlatTaskGroup, FlatWait, FlatAsCompleted {
    /** The caller's first step created the tasks (in creation order); the strategy's await begins. */
    void entered();

    /** The strategy's done-callback on task {@code i}, which has just settled. */
    void taskDone(int i);

    /** The future the caller awaits is done: the caller's step resumes in the strategy's await. */
    void callerWoken();

    static FlatAwait of(FlatRun run, org.gatherlab.engine.RunSpec spec, int tasks) {
        return switch (spec.strategy()) {
            case GATHER -> new FlatGather(run, spec.returnExceptions(), tasks);
            case TASKGROUP -> new FlatTaskGroup(run, tasks);
            case WAIT -> new FlatWait(run, spec.returnWhen(), tasks);
            case AS_COMPLETED -> new FlatAsCompleted(run, spec.returnExceptions(), tasks);
            default -> null;
        };
    }
}
