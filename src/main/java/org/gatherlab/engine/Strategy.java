package org.gatherlab.engine;

import java.util.List;

/**
 * How the caller awaits the tasks: one reference program of the contract's section 2 each (Python), or one Java
 * program of {@code src/site/markdown/java-strategies.md} section 2 (Java, {@link #isJava()}).
 */
public enum Strategy {
    SEQUENTIAL("sequential"), GATHER("gather"), TASKGROUP("taskgroup"), WAIT("wait"), AS_COMPLETED("as_completed"),
    CF_ALLOF("cf-allof"), CF_ANYOF("cf-anyof"), INVOKE_ALL("invoke-all"), INVOKE_ANY("invoke-any"), STRUCTURED("structured");

    private static final List<Strategy> PYTHON = List.of(SEQUENTIAL, GATHER, TASKGROUP, WAIT, AS_COMPLETED);
    private static final List<Strategy> JAVA = List.of(CF_ALLOF, CF_ANYOF, INVOKE_ALL, INVOKE_ANY, STRUCTURED);

    private final String json;

    Strategy(String json) { this.json = json; }

    public String json() { return json; }

    public static Strategy fromJson(String s) {
        for (Strategy k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown strategy: " + s);
    }

    /** Whether {@code returnExceptions} means something for this strategy. */
    public boolean acceptsReturnExceptions() {
        return this == SEQUENTIAL || this == GATHER || this == AS_COMPLETED;
    }

    /** Whether this is one of Java's counterparts (run by the Java model, not the asyncio engine). */
    public boolean isJava() { return JAVA.contains(this); }

    /** The Python strategies, in declaration order. */
    public static List<Strategy> python() { return PYTHON; }

    /** The Java strategies, in declaration order. */
    public static List<Strategy> java() { return JAVA; }
}
