package org.gatherlab.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.Scenario;

/**
 * What the command line needs from the rest of the program: read a scenario file, run it on either
 * clock, write a run's program. Tests pass fakes; {@link Backends#production()} wires the real ones.
 */
public record CliServices(ScenarioSource scenarios, Runner virtualClock, Runner realClock, ProgramSource programs) {

    /** Reads and validates one scenario file; every problem becomes one line of a {@link BadInputException}. */
    @FunctionalInterface
    public interface ScenarioSource {
        Scenario read(Path file) throws BadInputException;
    }

    /**
     * Runs every run of a scenario in order, handing each run's report to {@code sink} as soon as it is made
     * and keeping none, so a scenario's reports are never all in memory at once. Throwing anything but the
     * sink's {@link IOException} means a bug (exit 1), not bad input.
     */
    @FunctionalInterface
    public interface Runner {
        void run(Scenario scenario, RunSink sink) throws IOException;
    }

    /** Takes one run's report (the output writes it, and may fail). */
    @FunctionalInterface
    public interface RunSink {
        void accept(RunReport run) throws IOException;
    }

    /**
     * The program that reproduces run {@code runIndex} (0-based) of a scenario, in its family's language; an
     * {@link IllegalArgumentException} names a rule the run breaks.
     */
    @FunctionalInterface
    public interface ProgramSource {
        String program(Scenario scenario, int runIndex);
    }
}
