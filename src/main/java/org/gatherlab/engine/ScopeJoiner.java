package org.gatherlab.engine;

/**
 * The completion policy of a {@code StructuredTaskScope} (JDK 25: {@code StructuredTaskScope.Joiner}'s factory
 * methods). Like the JDK's, each is a small policy: what to do when a subtask completes (cancel the scope?)
 * and what {@code join()} returns or throws.
 */
public enum ScopeJoiner {
    /** {@code Joiner.awaitAllSuccessfulOrThrow()}, what {@code StructuredTaskScope.open()} uses: the first failure
     *  cancels the scope; {@code join()} returns null or throws {@code FailedException} with that first failure. */
    AWAIT_ALL_SUCCESSFUL_OR_THROW("awaitAllSuccessfulOrThrow"),
    /** {@code Joiner.allSuccessfulOrThrow()}: like the above, but {@code join()} returns the subtasks (a stream, fork order). */
    ALL_SUCCESSFUL_OR_THROW("allSuccessfulOrThrow"),
    /** {@code Joiner.anySuccessfulResultOrThrow()}: the first success cancels the scope and is {@code join()}'s result;
     *  if every subtask fails, {@code FailedException} with the first failure. */
    ANY_SUCCESSFUL_RESULT_OR_THROW("anySuccessfulResultOrThrow"),
    /** {@code Joiner.awaitAll()}: never cancels; {@code join()} returns null once every subtask has completed. */
    AWAIT_ALL("awaitAll");

    private final String json;

    ScopeJoiner(String json) { this.json = json; }

    /** The factory method's name, which is also the spelling in scenario files. */
    public String json() { return json; }

    /** Whether the first failure cancels the scope. */
    public boolean cancelsOnFailure() { return this == AWAIT_ALL_SUCCESSFUL_OR_THROW || this == ALL_SUCCESSFUL_OR_THROW; }

    public static ScopeJoiner fromJson(String s) {
        for (ScopeJoiner k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown joiner: " + s);
    }
}
