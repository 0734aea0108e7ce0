package org.gatherlab.app.editor;

import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;

import java.util.Optional;

/** A run's strategy and options, named as in the scenario file; which apply depends on the strategy. */
public enum RunField {
    STRATEGY("strategy", "How the caller awaits the tasks"),
    RETURN_EXCEPTIONS("returnExceptions", "gather(..., return_exceptions=True); for sequential and as_completed each await "
            + "is wrapped in try/except TaskFailed.\nOnly gather, sequential and as_completed have it."),
    RETURN_WHEN("returnWhen", "asyncio.wait(..., return_when=...). Only wait has it."),
    TIMEOUT_MS("timeoutMs", "wait, as_completed: their own timeout= (stops waiting, cancels nothing).\n"
            + "Others: async with asyncio.timeout(t) around the await (cancels, raises TimeoutError). Empty: none."),
    CANCEL_AT_MS("cancelAtMs", "The caller's task is cancelled at this time (a parent cancelling, Ctrl-C). Empty: never."),
    LIMIT("limit", "Every task body runs inside async with sem: of one asyncio.Semaphore(limit). Empty: no limit."),
    CPU("cpu", "Where cpu tasks compute: on the event loop thread, or loop.run_in_executor(pool, work) on a process pool"),
    WORKERS("workers", "Size of the process pool (1–256). Only used with cpu: processes."),
    ON_EXIT("onExit", "After the caller's await: drain runs the loop until every task settled;\n"
            + "cancel is asyncio.run()'s teardown");

    private final String json;
    private final String help;

    RunField(String json, String help) {
        this.json = json;
        this.help = help;
    }

    public String json() { return json; }

    public String help() { return help; }

    public static Optional<RunField> fromJson(String name) {
        for (RunField f : values()) if (f.json.equals(name)) return Optional.of(f);
        return Optional.empty();
    }

    /**
     * Whether this option means anything for the run: the editor disables the ones that do not (the reader
     * refuses {@code returnExceptions} on taskgroup and wait and {@code returnWhen} outside wait; {@code workers}
     * without a process pool is allowed but has no effect).
     */
    public boolean appliesTo(RunSpec run) {
        return switch (this) {
            case RETURN_EXCEPTIONS -> run.strategy().acceptsReturnExceptions();
            case RETURN_WHEN -> run.strategy() == Strategy.WAIT;
            case WORKERS -> run.cpu() == CpuMode.PROCESSES;
            default -> true;
        };
    }

    /** Whether the field is typed as text (the others are choices). */
    public boolean isText() {
        return this == TIMEOUT_MS || this == CANCEL_AT_MS || this == LIMIT || this == WORKERS;
    }

    /** A text field's value as the editor shows it. */
    public String format(RunSpec run) {
        return switch (this) {
            case TIMEOUT_MS -> FieldText.optionalNumber(run.timeoutMs());
            case CANCEL_AT_MS -> FieldText.optionalNumber(run.cancelAtMs());
            case LIMIT -> run.limit() == null ? "" : run.limit().toString();
            case WORKERS -> Integer.toString(run.workers());
            case STRATEGY -> run.strategy().json();
            case RETURN_EXCEPTIONS -> Boolean.toString(run.returnExceptions());
            case RETURN_WHEN -> run.returnWhen().name();
            case CPU -> run.cpu().json();
            case ON_EXIT -> run.onExit().json();
        };
    }

    /** The run with a text field set from typed text. */
    RunSpec parse(RunSpec run, String text) throws InvalidInput {
        return switch (this) {
            case TIMEOUT_MS -> run.withTimeoutMs(FieldText.optionalNumber(text));
            case CANCEL_AT_MS -> run.withCancelAtMs(FieldText.optionalNumber(text));
            case LIMIT -> {
                Long v = FieldText.optionalInteger(text, Integer.MIN_VALUE, Integer.MAX_VALUE,
                        "must be at most " + Integer.MAX_VALUE);
                yield run.withLimit(v == null ? null : v.intValue());
            }
            case WORKERS -> {
                Long v = FieldText.optionalInteger(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "must be between 1 and 256");
                yield run.withWorkers(v == null ? RunSpec.DEFAULT_WORKERS : v.intValue());
            }
            default -> throw new IllegalArgumentException(json + " is not a text field");
        };
    }
}
