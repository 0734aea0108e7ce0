package org.gatherlab.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.gatherlab.engine.Family;
import org.gatherlab.engine.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gatherlab code FILE [--run N] [--lang python|java]}: the Python program that reproduces one run with real
 * asyncio, or for a Java run the single-file Java program: whatever the run's family writes.
 */
@Command(name = "code", mixinStandardHelpOptions = true, version = "gatherlab " + GatherlabCli.VERSION, usageHelpAutoWidth = true,
        description = {"Prints the program that reproduces one run of a scenario FILE: Python 3.11 asyncio for a",
                "Python run, a single-file JDK 25 program (java --enable-preview --source 25 Run.java) for a Java run."},
        footer = {"%nExit status: 0 done; 2 bad input (one line per problem on stderr) or the program",
                "could not be written; 1 a bug in GatherLab (with a stack trace)."})
final class CodeCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    private Path file;

    @Option(names = "--run", paramLabel = "N", defaultValue = "1",
            description = "Which run, counting from 1 in the order of the file's \"runs\" (default: 1).")
    private int run;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "python or java (default: the run's own language); the other one is refused.")
    private String lang;

    private final CliServices services;
    private final OutputStream stdout;

    CodeCommand(CliServices services, OutputStream stdout) {
        this.services = services;
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws BadInputException, OutputFailure {
        Scenario scenario = services.scenarios().read(file);
        int count = scenario.runs().size();
        if (run < 1 || run > count) {
            throw new BadInputException(file + ": runs: --run " + run + " is out of range: the file has "
                    + count + (count == 1 ? " run" : " runs") + ", numbered from 1");
        }
        Family family = scenario.runs().get(run - 1).strategy().family();
        String own = family.language();
        String wanted = lang == null ? own : lang;
        List<String> languages = Arrays.stream(Family.values()).map(Family::language).toList();
        if (!languages.contains(wanted))
            throw new BadInputException("--lang: must be " + String.join(" or ", languages) + ", got \"" + lang + "\"");
        if (!wanted.equals(own)) {
            throw new BadInputException(file + ": runs[" + (run - 1) + "]: --lang " + wanted + ": strategy \""
                    + scenario.runs().get(run - 1).strategy().json() + "\" is a " + family.title()
                    + " run; it has a " + family.title() + " program only (--lang " + own + ")");
        }
        String program;
        try {
            program = services.programs().program(scenario, run - 1);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": runs[" + (run - 1) + "]: " + e.getMessage());
        }
        String text = program.endsWith("\n") ? program : program + "\n";
        StandardOutput.write(stdout, "the program", out -> out.write(text));
        return 0;
    }
}
