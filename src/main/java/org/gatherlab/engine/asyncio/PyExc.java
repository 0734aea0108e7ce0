package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.CancelCause;

import java.util.List;

/** The Python exceptions the reference program can raise, as plain values (no Java stack traces). */
public sealed interface PyExc {
    /** The Python class name, as reports spell it. */
    String pythonName();

    /** {@code TaskFailed("<name>")}, raised by the task at scenario position {@code task}. */
    record TaskFailed(int task) implements PyExc {
        public String pythonName() { return "TaskFailed"; }
    }

    /**
     * {@code asyncio.CancelledError}. {@code cause} plays the part of CPython's cancel message;
     * {@code origin} is the task whose own cancellation this is when gather or as_completed hands a
     * child's cancellation to the caller, else -1.
     */
    record Cancelled(CancelCause cause, int origin) implements PyExc {
        public String pythonName() { return "CancelledError"; }

        Cancelled from(int task) { return new Cancelled(cause, task); }
    }

    record Timeout() implements PyExc {
        public String pythonName() { return "TimeoutError"; }
    }

    /** {@code ExceptionGroup('unhandled errors in a TaskGroup', errors)}. */
    record Group(List<PyExc> errors) implements PyExc {
        public Group { errors = List.copyOf(errors); }

        public String pythonName() { return "ExceptionGroup"; }
    }
}
