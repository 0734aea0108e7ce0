package org.gatherlab.engine;

import java.util.Optional;

/** A run's options as a scenario file spells them; which ones a strategy takes is {@link Strategy#takes}. */
public enum RunOption {
    RETURN_EXCEPTIONS("returnExceptions"), RETURN_WHEN("returnWhen"), TIMEOUT_MS("timeoutMs"), CANCEL_AT_MS("cancelAtMs"),
    LIMIT("limit"), CPU("cpu"), WORKERS("workers"), ON_EXIT("onExit"), THREADS("threads"), CORES("cores"), JOINER("joiner");

    private final String json;

    RunOption(String json) { this.json = json; }

    /** The field's name in a scenario file's run. */
    public String json() { return json; }

    public static Optional<RunOption> fromJson(String name) {
        for (RunOption o : values()) if (o.json.equals(name)) return Optional.of(o);
        return Optional.empty();
    }
}
