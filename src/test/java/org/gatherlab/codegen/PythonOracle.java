package org.gatherlab.codegen;

import com.fasterxml.jackson.databind.JsonNode;

import org.gatherlab.engine.Scenario;

/**
 * For other packages' tests (the engine's differential tests): the report CPython gives for one run of a
 * scenario, from the generated program run with {@code python3 -I prog.py --virtual}.
 *
 * <pre>{@code
 * PythonOracle.requirePython();                       // skips the test, visibly, without python3 3.11+
 * JsonNode report = PythonOracle.virtualReport(scenario, runIndex);
 * JsonNode run = report.path("runs").path(0);          // scenario-contract.md#report-run, for that one run
 * }</pre>
 */
public final class PythonOracle {
    private PythonOracle() {}

    /** Whether {@code python3} on PATH is CPython 3.11 or later. */
    public static boolean available() {
        String v = Python.version();
        if (!v.startsWith("3.")) return false;
        try {
            return Integer.parseInt(v.split("\\.")[1]) >= 11;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The {@code python3} version, e.g. {@code 3.11.7}, or "" when there is none. */
    public static String version() {
        return Python.version();
    }

    /** Skips the calling test (a JUnit assumption, with the reason) unless {@link #available()}. */
    public static void requirePython() {
        Python.require();
    }

    /** The whole report (format, scenario, clock "virtual", runs: [that one run]); fails the test if the program fails. */
    public static JsonNode virtualReport(Scenario scenario, int runIndex) {
        return Python.virtualReport(scenario, runIndex);
    }
}
