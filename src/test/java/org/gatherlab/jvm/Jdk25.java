package org.gatherlab.jvm;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs generated Java programs with a JDK 25 ({@code -Dgatherlab.jdk25=/path/to/jdk}, else the JDK running the
 * tests if it is 25, else {@code /usr/lib/jvm/temurin-25-jdk-amd64}). A test that needs it is skipped, visibly, when
 * there is none: {@link #require()}.
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
            if (Runtime.version().feature() == 25) candidates.add(Path.of(System.getProperty("java.home")));
            candidates.add(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));
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
        Path dir = Files.createTempDirectory("gatherlab-java");
        try {
            Files.writeString(dir.resolve(JavaProgram.CLASS_NAME + ".java"), source, StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of(home().resolve("bin/java").toString(), "--enable-preview", "--source", "25",
                    JavaProgram.CLASS_NAME + ".java"));
            cmd.addAll(List.of(args));
            return exec(cmd, dir, 120);
        } finally {
            delete(dir);
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
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }

    private static Result exec(List<String> cmd, Path dir, int timeoutSeconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (dir != null) pb.directory(dir.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("did not finish in " + timeoutSeconds + " s: " + cmd);
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<" + e + ">";
            }
        });
    }
}
