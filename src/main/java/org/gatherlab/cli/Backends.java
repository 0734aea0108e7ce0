package org.gatherlab.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.gatherlab.engine.Scenario;
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
        return new CliServices(Backends::readScenario, Engine::runVirtual, Engine::runReal,
                (scenario, runIndex) -> RunFamily.of(scenario.runs().get(runIndex)).program(scenario, runIndex));
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
            default -> String.valueOf(e.getMessage());
        };
    }

}
