package org.gatherlab.app.editor;

import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.RunOption;
import org.gatherlab.engine.RunSpec;

import java.util.Optional;

/** A run's strategy and options, named as in the scenario file; which apply depends on the strategy. */
public enum RunField {
    STRATEGY("strategy"), RETURN_EXCEPTIONS("returnExceptions"), RETURN_WHEN("returnWhen"), TIMEOUT_MS("timeoutMs"),
    CANCEL_AT_MS("cancelAtMs"), LIMIT("limit"), CPU("cpu"), WORKERS("workers"), ON_EXIT("onExit"),
    /** Java runs: platform or virtual threads. */
    THREADS("threads"),
    /** Java runs: the simulated machine's cores (1–256). */
    CORES("cores"),
    /** Structured runs: the {@code StructuredTaskScope.Joiner}. */
    JOINER("joiner");

    private final String json;

    RunField(String json) { this.json = json; }

    /** The option's name in the file and in problem paths ({@code runs[1].timeoutMs}); also its label. */
    public String json() { return json; }

    /** What the option means, for tooltips, in the app's language. */
    public String help(Words w) {
        return switch (this) {
            case STRATEGY -> w.text("field.run.strategy.help");
            case RETURN_EXCEPTIONS -> w.text("field.run.returnExceptions.help");
            case RETURN_WHEN -> w.text("field.run.returnWhen.help");
            case TIMEOUT_MS -> w.text("field.run.timeoutMs.help");
            case CANCEL_AT_MS -> w.text("field.run.cancelAtMs.help");
            case LIMIT -> w.text("field.run.limit.help");
            case CPU -> w.text("field.run.cpu.help");
            case WORKERS -> w.text("field.run.workers.help");
            case ON_EXIT -> w.text("field.run.onExit.help");
            case THREADS -> w.text("field.run.threads.help");
            case CORES -> w.text("field.run.cores.help");
            case JOINER -> w.text("field.run.joiner.help");
        };
    }

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
        if (this == STRATEGY) return true;
        // The strategy says which options it takes (a Java run: threads, cores, joiner for structured, the timeout).
        if (this == WORKERS && run.cpu() != CpuMode.PROCESSES) return false;
        return run.strategy().takes(RunOption.fromJson(json).orElseThrow());
    }

    /** Whether the field is typed as text (the others are choices). */
    public boolean isText() {
        return this == TIMEOUT_MS || this == CANCEL_AT_MS || this == LIMIT || this == WORKERS || this == CORES;
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
            case THREADS -> run.threads().json();
            case CORES -> Integer.toString(run.cores());
            case JOINER -> run.joiner().json();
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
            case CORES -> {
                Long v = FieldText.optionalInteger(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "must be between 1 and 256");
                yield run.withCores(v == null ? RunSpec.DEFAULT_CORES : v.intValue());
            }
            default -> throw new IllegalArgumentException(json + " is not a text field");
        };
    }
}
