package org.gatherlab.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The two families of strategies, and what a run of each is without running it: which options its strategies take,
 * how a report names the run and lists its options, and the language of its program. {@link Strategy#family()} says
 * which family a strategy belongs to. How a family runs (on a clock, in real time) and writes its program is the
 * seam {@code org.gatherlab.runs.RunFamily}; nothing outside these two asks which family a run is.
 */
public enum Family {
    /** Python's asyncio: the contract's reference program on the asyncio port ({@code engine.asyncio}, {@code engine.program}). */
    PYTHON_ASYNCIO("python", "Python", null) {
        @Override public String label(RunSpec run) { return PythonRunText.label(run); }
        @Override public Map<String, Object> options(RunSpec run) { return PythonRunText.options(run); }
    },
    /** Java's counterparts: the JVM model ({@code engine.jvm}) and the real JDK ({@code jvm}). */
    JAVA("java", "Java", 3_600_000.0) {
        @Override public String label(RunSpec run) { return JavaRunText.label(run); }
        @Override public Map<String, Object> options(RunSpec run) { return JavaRunText.options(run); }
    };

    private final String language;
    private final String title;
    private final Double maxTimeoutMs;

    Family(String language, String title, Double maxTimeoutMs) {
        this.language = language;
        this.title = title;
        this.maxTimeoutMs = maxTimeoutMs;
    }

    /** The language of the family's program ({@code gatherlab code --lang}): {@code python} or {@code java}. */
    public String language() { return language; }

    /** The family's name in a sentence: {@code Python}, {@code Java}. */
    public String title() { return title; }

    /** The longest {@code timeoutMs} a run of this family takes, or null when any will do. */
    public Double maxTimeoutMs() { return maxTimeoutMs; }

    /** This family's strategies, in declaration order. */
    public List<Strategy> strategies() {
        return Arrays.stream(Strategy.values()).filter(s -> s.family() == this).toList();
    }

    /** Whether any strategy of this family takes {@code option}. */
    public boolean takes(RunOption option) {
        for (Strategy s : Strategy.values()) if (s.family() == this && s.takes(option)) return true;
        return false;
    }

    /** A short name for the run in the family's own idiom, e.g. {@code gather()} or {@code invokeAll(tasks) · ...}. */
    public abstract String label(RunSpec run);

    /** The run's options as a report lists them: only what applies to its strategy, in report order. */
    public abstract Map<String, Object> options(RunSpec run);
}
