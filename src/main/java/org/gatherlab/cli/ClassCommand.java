package org.gatherlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.live.ClassQuiz;
import org.gatherlab.live.ClassSession;
import org.gatherlab.live.LanAddress;
import org.gatherlab.live.Limits;
import org.gatherlab.live.LiveServer;
import org.gatherlab.live.QrCodes;
import org.gatherlab.live.Refused;
import org.gatherlab.live.RoundCsv;
import org.gatherlab.live.TerminalView;
import org.gatherlab.scenario.AtomicFileWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gatherlab class LESSON}: the live class quiz without the desktop app. Serves the student page on the
 * local network, prints the address, the join code, a QR code and the teacher's link (a page to project: join
 * screen, live counts, distribution, reveal), and takes the teacher's keys on standard input. Runs until the
 * session ends (q, Ctrl+C or the teacher page's End session); then the port is free again.
 */
@Command(name = "class", mixinStandardHelpOptions = true, version = "gatherlab " + GatherlabCli.VERSION,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Runs a live class quiz on a built-in lesson: students join from a browser on the same network,",
                "predict, see how the class split, vote again and see the reveal."},
        footerHeading = "%nWhile it runs, type (then Enter):%n",
        footer = {
                "  r  show results (closes the vote)     2  second round",
                "  v  reveal                             s  status: counts and distribution",
                "  c [FILE]  the round's results as CSV  q  end the session",
                "%nExit status: 0 the session ended; 2 bad input (unknown lesson, port in use)."})
final class ClassCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "LESSON", description = "A built-in lesson: its number (01) or id (01-gather-keeps-others-running).")
    private String lessonName;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8765",
            description = "The port to serve on (default 8765; 0 picks a free one).")
    private int port;

    @Option(names = "--nicknames", description = "Let students give a nickname (otherwise nobody is named).")
    private boolean nicknames;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "The address to listen on (default: every interface; 127.0.0.1 to try it alone).")
    private String bind;

    private final InputStream in;

    ClassCommand() { this(System.in); }

    ClassCommand(InputStream in) { this.in = in; }

    @Override
    public Integer call() throws BadInputException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Lesson lesson = lesson(lessonName);
        if (port < 0 || port > 65535) throw new BadInputException("--port: must be between 0 and 65535, got " + port);
        InetAddress bindAddress = address(bind);
        ClassSession session = new ClassSession(ClassQuiz.of(lesson), nicknames, Limits.CLASSROOM);
        InetAddress shown = bindAddress.isAnyLocalAddress() ? LanAddress.find() : bindAddress;
        LiveServer server;
        try {
            server = LiveServer.start(session, bindAddress, port, shown);
        } catch (BindException e) {
            throw new BadInputException("--port: " + port + " is in use or not allowed here; choose another (--port 0 picks a free one)");
        } catch (IOException e) {
            throw new BadInputException("--bind: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch ended = new CountDownLatch(1);
        session.addListener(() -> {
            if (session.phase() == ClassSession.Phase.CLOSED) ended.countDown();
        });
        Thread hook = new Thread(server::close, "gatherlab-class-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        banner(out, lesson, server);
        Thread.ofVirtual().name("gatherlab-class-keys").start(() -> keys(session, out));
        Thread.ofVirtual().name("gatherlab-class-counts").start(() -> counts(session, out));
        ended.await();
        server.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C: the hook is what closed it.
        }
        say(out, "The session has ended: answers deleted, port " + server.port() + " released.");
        return GatherlabCli.OK;
    }

    private static Lesson lesson(String name) throws BadInputException {
        LessonLibrary library = LessonLibrary.builtIn();
        for (Lesson l : library.lessons()) {
            if (l.id().equals(name) || l.id().startsWith(name + "-")) return l;
        }
        throw new BadInputException("LESSON: no built-in lesson \"" + name + "\"; one of: " + String.join(", ", library.ids()));
    }

    private static InetAddress address(String text) throws BadInputException {
        if (!text.matches("[0-9a-fA-F:.]+")) throw new BadInputException("--bind: must be an IP address, got \"" + text + "\"");
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new BadInputException("--bind: must be an IP address, got \"" + text + "\"");
        }
    }

    private static void banner(PrintWriter out, Lesson lesson, LiveServer server) {
        ClassSession s = server.session();
        StringBuilder b = new StringBuilder();
        b.append("Class session: lesson ").append(lesson.id()).append(" \u2014 ").append(lesson.title()).append('\n');
        b.append('\n').append("Students open   ").append(server.studentUrl()).append('\n');
        b.append("Join code       ").append(s.code().display()).append('\n');
        b.append("Nicknames       ").append(s.nicknames() ? "on (optional)" : "off: nobody is named").append('\n');
        b.append('\n').append(QrCodes.terminal(server.joinUrl().toString()));
        b.append("(the QR code opens ").append(server.joinUrl()).append(")\n\n");
        b.append("Teacher's page (project it; this computer only):\n  ").append(server.teacherUrl()).append("\n\n");
        b.append("Keys: r results, 2 second round, v reveal, s status, c [FILE] CSV, q end the session\n");
        say(out, b.toString());
    }

    /** The teacher's keys; at the end of input (no terminal) the session goes on until q, Ctrl+C or the teacher page. */
    private void keys(ClassSession session, PrintWriter out) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; session.phase() != ClassSession.Phase.CLOSED && (line = r.readLine()) != null; ) {
                String[] words = line.strip().split("\\s+", 2);
                try {
                    switch (words[0].toLowerCase(Locale.ROOT)) {
                        case "" -> { }
                        case "r", "results" -> {
                            session.showResults();
                            say(out, TerminalView.distribution(session));
                        }
                        case "2", "round2" -> {
                            session.secondRound();
                            say(out, "Round 2 is open: the class votes again.");
                        }
                        case "v", "reveal" -> {
                            session.reveal();
                            say(out, TerminalView.distribution(session) + "Rule: " + session.quiz().lesson().text(Locale.ENGLISH).rule());
                        }
                        case "s", "status" -> say(out, TerminalView.distribution(session));
                        case "c", "csv" -> csv(session, words.length > 1 ? words[1] : null, out);
                        case "q", "quit" -> session.close();
                        default -> say(out, "Unknown key \"" + words[0] + "\": r results, 2 second round, v reveal, s status, c [FILE] CSV, q end");
                    }
                } catch (Refused e) {
                    say(out, e.getMessage());
                }
            }
        } catch (IOException e) {
            say(out, "Standard input is gone (" + e.getMessage() + "); use the teacher's page or Ctrl+C.");
        }
    }

    private static void csv(ClassSession session, String file, PrintWriter out) {
        int round = session.round();
        Path path = Path.of(file != null ? file : "gatherlab-" + session.quiz().lesson().id() + "-round" + round + ".csv");
        try {
            AtomicFileWriter.replace(path, RoundCsv.of(session.quiz(), session.distribution(round), Locale.ENGLISH).getBytes(StandardCharsets.UTF_8));
            say(out, "Round " + round + "'s results written to " + path.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            say(out, path + ": cannot write the results: " + e.getMessage());
        }
    }

    /** A line when the counts change, at most one a second, so a headless teacher sees the class arrive. */
    private static void counts(ClassSession session, PrintWriter out) {
        long seen = session.revision();
        try {
            while (session.phase() != ClassSession.Phase.CLOSED) {
                long now = session.awaitChange(seen, false, 60_000);
                if (now != seen && session.phase() != ClassSession.Phase.CLOSED) say(out, TerminalView.counts(session.teacherView()));
                seen = now;
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(PrintWriter out, String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
