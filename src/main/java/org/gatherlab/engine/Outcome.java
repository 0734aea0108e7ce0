package org.gatherlab.engine;

import java.util.List;

/** What the caller's await returned or raised. */
public sealed interface Outcome {

    /** One entry of a returned result list: a value, or an error returned as a value. */
    record Result(String task, String value, String error) {
        public static Result value(String task) { return new Result(task, task, null); }
        public static Result error(String task, String exception) { return new Result(task, null, exception); }
        public boolean isError() { return error != null; }
    }

    /** sequential, gather, taskgroup (input order) and as_completed (completion order). */
    record Returned(List<Result> results) implements Outcome {
        public Returned { results = List.copyOf(results); }
    }

    /** {@code asyncio.wait}: the done and pending task names, each in input order. */
    record ReturnedWait(List<String> done, List<String> pending) implements Outcome {
        public ReturnedWait { done = List.copyOf(done); pending = List.copyOf(pending); }
    }

    /**
     * The await raised {@code exception} (TaskFailed, ExceptionGroup, TimeoutError, CancelledError);
     * {@code tasks} names the tasks whose exceptions it carries.
     */
    record Raised(String exception, List<String> tasks) implements Outcome {
        public Raised { tasks = List.copyOf(tasks); }
    }

    default String kind() {
        return this instanceof Raised ? "raised" : "returned";
    }
}
