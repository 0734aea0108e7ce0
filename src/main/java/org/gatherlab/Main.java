package org.gatherlab;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.gatherlab.cli.Backends;
import org.gatherlab.cli.GatherlabCli;

/**
 * Launcher: no arguments opens the desktop app; anything else is the command line. It must not extend
 * {@code javafx.application.Application}: the Java launcher would start the toolkit before {@code main},
 * and a headless {@code gatherlab run} would die for want of a display.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            org.gatherlab.app.GatherLabApp.launchApp(args);
            return;
        }
        // Reports are UTF-8 whatever the locale: task names may be any Unicode text.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(new GatherlabCli(Backends.production()).execute(args, out, err));
    }
}
