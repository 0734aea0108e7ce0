package org.gatherlab.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runtime.RealClock;
import org.gatherlab.runs.Engine;
import org.gatherlab.runs.RunFamily;
import org.gatherlab.scenario.Problem;
import org.gatherlab.scenario.ScenarioException;
import org.gatherlab.scenario.ScenarioFiles;

/**
 * The only place the command line calls into the scenario reader, the engine and the program writers,
 * so a change of name there is a change here and nowhere else.
 */
public final class Backends {
    private Backends() {}

    public static CliServices production() {
        return new CliServices(Backends::readScenario, Backends::runVirtual, Backends::runReal,
                (scenario, runIndex) -> RunFamily.of(scenario.runs().get(runIndex)).program(scenario, runIndex));
    }

    /** Each run in turn, handed on and dropped before the next starts. */
    static void runVirtual(Scenario scenario, CliServices.RunSink sink) throws IOException {
        for (RunSpec run : scenario.runs()) sink.accept(Engine.runVirtual(scenario, run, TraceListener.NONE));
    }

    static void runReal(Scenario scenario, CliServices.RunSink sink) throws IOException {
        Engine.warmUp(scenario);
        for (RunSpec run : scenario.runs()) sink.accept(Engine.runReal(scenario, run, TraceListener.NONE, new RealClock()));
    }

    static Scenario readScenario(Path file) throws BadInputException {
        try {
            return ScenarioFiles.read(file).scenario();
        } catch (ScenarioException e) {
            throw new BadInputException(e.problems().stream().map(Problem::toString).toList());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + reason(e));
        }
    }

    /** "no such file" rather than Java's exception names: the reader is a person at a terminal. */
    static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> "no such file";
            case AccessDeniedException x -> "permission denied";
            case FileSystemException x when x.getReason() != null -> x.getReason().toLowerCase(java.util.Locale.ROOT);
            default -> String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        };
    }

}
