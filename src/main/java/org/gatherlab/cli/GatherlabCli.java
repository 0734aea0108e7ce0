package org.gatherlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.gatherlab.report.Printable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code gatherlab run ...}, {@code gatherlab code ...}, {@code --help}, {@code --version}.
 * Exit 0 done; 2 bad input (one line per problem on stderr, nothing else written) or output that could
 * not be written; {@link #BROKEN_PIPE} when a pipe's reader went away; 1 only for a bug. Every line on
 * stderr is {@link Printable}: a file or task name with control characters cannot drive the terminal.
 */
@Command(name = "gatherlab", mixinStandardHelpOptions = true, version = "gatherlab " + GatherlabCli.VERSION,
        usageHelpAutoWidth = true,
        description = {"See what asyncio.gather and friends do, tick for tick (CPython 3.11).",
                "Without arguments, gatherlab opens the desktop app."},
        footer = {"%nExit status: 0 done; 2 bad input (one line per problem on stderr) or output that",
                "could not be written; 141 the reader of a pipe stopped reading;",
                "1 a bug in GatherLab (with a stack trace)."})
public final class GatherlabCli implements Callable<Integer> {
    public static final String VERSION = "0.1.0";

    public static final int OK = 0, BUG = 1, BAD_INPUT = 2;
    /** What a shell reports for a program killed by SIGPIPE (128 + 13): the reader of a pipe stopped reading. */
    public static final int BROKEN_PIPE = 141;

    @Spec private CommandSpec spec;

    private final CliServices services;

    public GatherlabCli(CliServices services) { this.services = services; }

    /**
     * Parses and runs {@code args}, writing reports and programs to {@code stdout} (whose write errors are
     * reported, unlike {@code System.out}'s; see {@link StandardOutput#open()}). The result is the exit status.
     */
    public int execute(String[] args, OutputStream stdout, PrintWriter err) {
        // Help and version text: picocli writes it through a PrintWriter, whose errors are checked below.
        StreamErrors watched = new StreamErrors(stdout);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8));
        CommandLine cli = new CommandLine(this)
                .addSubcommand(new RunCommand(services, stdout))
                .addSubcommand(new CodeCommand(services, stdout))
                .addSubcommand(new ClassCommand())
                .addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(out).setErr(err);
        cli.setParameterExceptionHandler((ex, unused) -> {
            say(ex.getCommandLine().getErr(), ex.getCommandLine().getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            PrintWriter e = commandLine.getErr();
            switch (ex) {
                case BadInputException bad -> {
                    bad.problems().forEach(p -> say(e, p));
                    return BAD_INPUT;
                }
                case OutputFailure failed when failed.readerGone() -> {
                    return BROKEN_PIPE;
                }
                case OutputFailure failed -> {
                    say(e, failed.getMessage());
                    return BAD_INPUT;
                }
                default -> {
                    e.println("gatherlab: internal error (a bug in GatherLab; please report it with the input that caused it):");
                    ex.printStackTrace(e);
                    e.flush();
                    return BUG;
                }
            }
        });
        int status;
        try {
            status = cli.execute(args);
        } catch (OutOfMemoryError oom) {
            // The input limits are meant to make this impossible: a bug, but one line, not a heap dump of a trace.
            say(err, "gatherlab: out of memory (a bug: the input limits should prevent it); JDK_JAVA_OPTIONS=-Xmx2g gives Java more");
            return BUG;
        }
        out.flush();
        err.flush();
        if (status == OK && watched.failure != null) {
            OutputFailure failed = StandardOutput.failure("cannot write to standard output", watched.failure);
            if (failed.readerGone()) return BROKEN_PIPE;
            say(err, failed.getMessage());
            return BAD_INPUT;
        }
        return status;
    }

    private static void say(PrintWriter err, String line) {
        err.println(Printable.escape(line));
        err.flush();
    }

    /** Remembers the first write error of a stream that a PrintWriter would otherwise swallow. */
    private static final class StreamErrors extends java.io.FilterOutputStream {
        IOException failure;

        StreamErrors(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }
    }

    /** {@code gatherlab} with options but no command (the bare {@code gatherlab} is the desktop app's). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("gatherlab: missing command: use 'gatherlab run FILE...' or 'gatherlab code FILE' (see 'gatherlab --help')");
        return BAD_INPUT;
    }
}
