package org.gatherlab.jvm;

import org.gatherlab.verify.JdkLocator;
import org.gatherlab.verify.ProcessRunner;
import org.gatherlab.verify.ScratchDirectory;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Runs generated Java programs with a JDK 25 ({@code -Dgatherlab.jdk25=/path/to/jdk}, else the one the classroom's
 * {@link JdkLocator} finds, else the first {@code /usr/lib/jvm/*25*}), through the app's {@link ProcessRunner}. A test
 * that needs it is skipped, visibly, when there is none: {@link #require()}.
 */
final class Jdk25 {
    private Jdk25() {}

    private static volatile Path home;
    private static volatile boolean looked;

    record Result(int exit, String stdout, String stderr) {}

    static Path home() {
        if (!looked) {
            List<Path> candidates = new ArrayList<>();
            String p = System.getProperty("gatherlab.jdk25");
            if (p != null && !p.isBlank()) candidates.add(Path.of(p));
            JdkLocator.system().find().ifPresent(java -> candidates.add(java.getParent().getParent()));
            JdkLocator.inJvmDirectory(Path.of("/usr/lib/jvm")).ifPresent(java -> candidates.add(java.getParent().getParent()));
            for (Path c : candidates) {
                if (Files.isExecutable(c.resolve("bin/java")) && Files.isExecutable(c.resolve("bin/javac")) && isJdk25(c)) {
                    home = c;
                    break;
                }
            }
            looked = true;
        }
        return home;
    }

    private static boolean isJdk25(Path jdk) {
        try {
            Result r = exec(List.of(jdk.resolve("bin/java").toString(), "-version"), null, 30);
            return r.exit == 0 && r.stderr.matches("(?s).*version \"25[.\"].*");
        } catch (IOException e) {
            return false;
        }
    }

    /** Skips the calling test, with the reason shown, unless a JDK 25 with javac is there. */
    static void require() {
        Assumptions.assumeTrue(home() != null,
                "no JDK 25 found (set -Dgatherlab.jdk25=/path/to/jdk-25): skipping the tests that run generated Java programs");
    }

    /** {@code java --enable-preview --source 25 Run.java args...}, exactly as a generated program's header says. */
    static Result runSource(String source, String... args) throws IOException {
        require();
        try (ScratchDirectory dir = ScratchDirectory.create("gatherlab-java")) {
            dir.write(JavaProgram.CLASS_NAME + ".java", source);
            List<String> cmd = new ArrayList<>(List.of(home().resolve("bin/java").toString(), "--enable-preview", "--source", "25",
                    JavaProgram.CLASS_NAME + ".java"));
            cmd.addAll(List.of(args));
            return exec(cmd, dir.path(), 120);
        }
    }

    /** Compiles many programs at once (one javac), each {@code className -> source}; returns the classes directory. */
    static Path compile(Map<String, String> programs) throws IOException {
        require();
        Path dir = Files.createTempDirectory("gatherlab-java");
        List<String> cmd = new ArrayList<>(List.of(home().resolve("bin/javac").toString(), "--enable-preview", "--release", "25",
                "-nowarn", "-Xlint:none", "-d", dir.resolve("classes").toString()));
        for (Map.Entry<String, String> p : programs.entrySet()) {
            Path f = dir.resolve(p.getKey() + ".java");
            Files.writeString(f, p.getValue(), StandardCharsets.UTF_8);
            cmd.add(f.toString());
        }
        Result r = exec(cmd, dir, 300);
        if (r.exit != 0) throw new AssertionError("javac failed:\n" + r.stderr);
        return dir;
    }

    static Result run(Path compiled, String className, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(home().resolve("bin/java").toString(), "--enable-preview",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", compiled.resolve("classes").toString(), className));
        cmd.addAll(List.of(args));
        return exec(cmd, compiled, 120);
    }

    static void delete(Path dir) {
        ScratchDirectory.deleteQuietly(dir);
    }

    private static Result exec(List<String> cmd, Path dir, int timeoutSeconds) throws IOException {
        try {
            ProcessRunner.Result r = ProcessRunner.system().run(cmd, dir, Duration.ofSeconds(timeoutSeconds));
            return new Result(r.exitCode(), r.stdout(), r.stderr());
        } catch (TimeoutException e) {
            throw new AssertionError("did not finish in " + timeoutSeconds + " s: " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
