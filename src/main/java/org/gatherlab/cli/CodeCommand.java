package org.gatherlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gatherlab.engine.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gatherlab code FILE [--run N]}: the Python program that reproduces one run with real asyncio. */
@Command(name = "code", mixinStandardHelpOptions = true, version = "gatherlab " + GatherlabCli.VERSION, usageHelpAutoWidth = true,
        description = {"Prints the Python 3.11 asyncio program that reproduces one run of a scenario FILE."},
        footer = {"%nExit status: 0 done; 2 bad input (one line per problem on stderr);",
                "1 a bug in GatherLab (with a stack trace)."})
final class CodeCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    private Path file;

    @Option(names = "--run", paramLabel = "N", defaultValue = "1",
            description = "Which run, counting from 1 in the order of the file's \"runs\" (default: 1).")
    private int run;

    private final CliServices services;

    CodeCommand(CliServices services) { this.services = services; }

    @Override
    public Integer call() throws BadInputException {
        Scenario scenario = services.scenarios().read(file);
        int count = scenario.runs().size();
        if (run < 1 || run > count) {
            throw new BadInputException(file + ": runs: --run " + run + " is out of range: the file has "
                    + count + (count == 1 ? " run" : " runs") + ", numbered from 1");
        }
        String program = services.python().program(scenario, run - 1);
        spec.commandLine().getOut().print(program.endsWith("\n") ? program : program + "\n");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
