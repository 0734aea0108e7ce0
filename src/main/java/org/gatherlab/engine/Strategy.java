package org.gatherlab.engine;

import java.util.List;

/**
 * How the caller awaits the tasks: one reference program of
 * {@code src/site/markdown/scenario-contract.md#reference-program} each (the Python asyncio family),
 * or one Java program of {@code src/site/markdown/java-strategies.md#programs} (the Java family). A strategy knows its
 * {@link #family()} and which options it {@link #takes}; callers ask those, never which family it is by name.
 */
public enum Strategy {
    SEQUENTIAL("sequential", Family.PYTHON_ASYNCIO), GATHER("gather", Family.PYTHON_ASYNCIO),
    TASKGROUP("taskgroup", Family.PYTHON_ASYNCIO), WAIT("wait", Family.PYTHON_ASYNCIO),
    AS_COMPLETED("as_completed", Family.PYTHON_ASYNCIO),
    CF_ALLOF("cf-allof", Family.JAVA), CF_ANYOF("cf-anyof", Family.JAVA), INVOKE_ALL("invoke-all", Family.JAVA),
    INVOKE_ANY("invoke-any", Family.JAVA), STRUCTURED("structured", Family.JAVA);

    private static final List<Strategy> PYTHON = Family.PYTHON_ASYNCIO.strategies();
    private static final List<Strategy> JAVA = Family.JAVA.strategies();

    private final String json;
    private final Family family;

    Strategy(String json, Family family) {
        this.json = json;
        this.family = family;
    }

    public String json() { return json; }

    /** Which family runs it: Python's asyncio or Java's counterparts. */
    public Family family() { return family; }

    public static Strategy fromJson(String s) {
        for (Strategy k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown strategy: " + s);
    }

    /** Whether {@code returnExceptions} means something for this strategy. */
    public boolean acceptsReturnExceptions() { return takes(RunOption.RETURN_EXCEPTIONS); }

    /**
     * Whether a run of this strategy has {@code option} at all: the scenario reader refuses the others, the editor
     * disables them. A timeout is everybody's; the Java runs have threads and cores (structured a joiner too), the
     * Python runs the rest.
     */
    public boolean takes(RunOption option) {
        return switch (option) {
            case RETURN_EXCEPTIONS -> this == SEQUENTIAL || this == GATHER || this == AS_COMPLETED;
            case RETURN_WHEN -> this == WAIT;
            case TIMEOUT_MS -> true;
            case CANCEL_AT_MS, LIMIT, CPU, WORKERS, ON_EXIT -> family == Family.PYTHON_ASYNCIO;
            case THREADS, CORES -> family == Family.JAVA;
            case JOINER -> this == STRUCTURED;
        };
    }

    /** The Python strategies, in declaration order. */
    public static List<Strategy> python() { return PYTHON; }

    /** The Java strategies, in declaration order. */
    public static List<Strategy> java() { return JAVA; }
}
