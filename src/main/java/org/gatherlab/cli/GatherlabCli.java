package org.gatherlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code gatherlab run ...}, {@code gatherlab code ...}, {@code --help}, {@code --version}.
 * Exit 0 done; 2 bad input (one line per problem on stderr, nothing else written); 1 only for a bug.
 */
@Command(name = "gatherlab", mixinStandardHelpOptions = true, version = "gatherlab " + GatherlabCli.VERSION,
        usageHelpAutoWidth = true,
        description = {"See what asyncio.gather and friends do, tick for tick (CPython 3.11).",
                "Without arguments, gatherlab opens the desktop app."},
        footer = {"%nExit status: 0 done; 2 bad input (one line per problem on stderr);",
                "1 a bug in GatherLab (with a stack trace)."})
public final class GatherlabCli implements Callable<Integer> {
    public static final String VERSION = "0.1.0";

    public static final int OK = 0, BUG = 1, BAD_INPUT = 2;

    @Spec private CommandSpec spec;

    private final CliServices services;

    public GatherlabCli(CliServices services) { this.services = services; }

    /** Parses and runs {@code args}; the result is the process's exit status. */
    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(this)
                .addSubcommand(new RunCommand(services))
                .addSubcommand(new CodeCommand(services))
                .addSubcommand(new ClassCommand())
                .addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(out).setErr(err);
        cli.setParameterExceptionHandler((ex, unused) -> {
            ex.getCommandLine().getErr().println(ex.getCommandLine().getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof BadInputException bad) {
                bad.problems().forEach(e::println);
                e.flush();
                return BAD_INPUT;
            }
            e.println("gatherlab: internal error (a bug in GatherLab; please report it with the input that caused it):");
            ex.printStackTrace(e);
            e.flush();
            return BUG;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** {@code gatherlab} with options but no command (the bare {@code gatherlab} is the desktop app's). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("gatherlab: missing command: use 'gatherlab run FILE...' or 'gatherlab code FILE' (see 'gatherlab --help')");
        return BAD_INPUT;
    }
}
