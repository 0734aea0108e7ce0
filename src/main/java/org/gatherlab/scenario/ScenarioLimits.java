package org.gatherlab.scenario;

/**
 * What a scenario file may ask for. Each cap is checked before what it guards is built: the size before the
 * file is read whole, the number of JSON values, their nesting and each string's length while the text is
 * parsed (before any tree or model exists), tasks and runs before any run. Together they bound what reading
 * and running one file can cost: the largest file these allow runs to a complete report in every format
 * within a 1 GB heap ({@code src/site/markdown/input-limits.md} has the figures).
 */
public final class ScenarioLimits {
    private ScenarioLimits() {}

    /** 32 MiB: the largest scenario (100,000 tasks with 40-character names) takes about 10 to 25 MB. */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    /** Objects, lists, strings, numbers, booleans and nulls together; 100,000 full tasks are about 700,000. */
    public static final int MAX_VALUES = 2_000_000;
    /** Objects and lists inside one another; a scenario needs 3, unknown fields may add some. */
    public static final int MAX_DEPTH = 64;
    /** Characters in one string or field name (task names have their own rule: 1 to 40). */
    public static final int MAX_STRING_CHARS = 65_536;
    /** The contract's own cap on tasks. */
    public static final int MAX_TASKS = ScenarioFields.MAX_TASKS;
    /** Runs in one file: each run is a full simulation of every task, and text and SVG reports draw all of them. */
    public static final int MAX_RUNS = 16;
    /** Written exponents ({@code 1e999999999}) beyond this are kept as text in unknown fields and refused elsewhere. */
    public static final long MAX_EXPONENT = 999_999_999;

    /** {@code 32 MiB}: a byte count as a person reads it. */
    static String bytes(long n) {
        return n % (1024 * 1024) == 0 ? n / (1024 * 1024) + " MiB" : n + " bytes";
    }
}
