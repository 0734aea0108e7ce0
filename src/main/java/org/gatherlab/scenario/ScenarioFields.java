package org.gatherlab.scenario;

import java.util.List;

/**
 * The field names and limits of {@code src/site/markdown/scenario-contract.md#scenario-file}, in the contract's order
 * (the order files are written in).
 */
final class ScenarioFields {
    private ScenarioFields() {}

    static final String FORMAT = "format";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String SEED = "seed";
    static final String TASKS = "tasks";
    static final String RUNS = "runs";
    static final List<String> TOP = List.of(FORMAT, NAME, DESCRIPTION, SEED, TASKS, RUNS);

    static final String KIND = "kind";
    static final String DURATION_MS = "durationMs";
    static final String FAILURE_RATE = "failureRate";
    static final String FAIL_AT_MS = "failAtMs";
    static final String CANCEL_AT_MS = "cancelAtMs";
    static final List<String> TASK = List.of(NAME, KIND, DURATION_MS, FAILURE_RATE, FAIL_AT_MS, CANCEL_AT_MS);

    static final String STRATEGY = "strategy";
    static final String RETURN_EXCEPTIONS = "returnExceptions";
    static final String RETURN_WHEN = "returnWhen";
    static final String TIMEOUT_MS = "timeoutMs";
    static final String LIMIT = "limit";
    static final String CPU = "cpu";
    static final String WORKERS = "workers";
    static final String ON_EXIT = "onExit";
    static final String THREADS = "threads";
    static final String CORES = "cores";
    static final String JOINER = "joiner";
    static final List<String> RUN = List.of(STRATEGY, RETURN_EXCEPTIONS, RETURN_WHEN, TIMEOUT_MS, CANCEL_AT_MS, LIMIT, CPU, WORKERS, ON_EXIT,
            THREADS, CORES, JOINER);

    static final int MAX_TASKS = 100_000;
    static final int MAX_DURATION_MS = 3_600_000;
    static final int MAX_NAME_LENGTH = 40;
    static final int MAX_WORKERS = 256;
}
