package org.gatherlab;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.gatherlab.cli.Backends;
import org.gatherlab.cli.GatherlabCli;
import org.gatherlab.cli.StandardOutput;

/**
 * Launcher: no arguments opens the desktop app; one scenario file (what a double-click in a file
 * manager passes) opens the app with that file; anything else is the command line. It must not extend
 * {@code javafx.application.Application}: the Java launcher would start the toolkit before {@code main},
 * and a headless {@code gatherlab run} would die for want of a display.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            org.gatherlab.app.shell.GatherLabApp.launchApp(args);
            return;
        }
        Optional<Path> scenario = scenarioToOpen(args);
        if (scenario.isPresent()) {
            org.gatherlab.app.shell.GatherLabApp.launchApp(new String[] {scenario.get().toString()});
            return;
        }
        // Reports are UTF-8 whatever the locale: task names may be any Unicode text. Standard output is the
        // descriptor itself, not System.out, whose PrintStream would hide a full disk or a closed pipe.
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(new GatherlabCli(Backends.production()).execute(args, StandardOutput.open(), err));
    }

    /** A single argument naming an existing {@code *.gather.json} file, as a path or a {@code file:} URI. */
    static Optional<Path> scenarioToOpen(String[] args) {
        if (args.length != 1 || !args[0].endsWith(".gather.json")) return Optional.empty();
        try {
            Path p = args[0].startsWith("file:") ? Path.of(URI.create(args[0])) : Path.of(args[0]);
            return Files.isRegularFile(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
        } catch (IllegalArgumentException e) {   // includes InvalidPathException: not a path we can open
            return Optional.empty();
        }
    }
}
