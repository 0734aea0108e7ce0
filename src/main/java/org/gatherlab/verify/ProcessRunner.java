package org.gatherlab.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a command and collects its output, with a time limit: the one way GatherLab starts a process (the classroom's
 * Verify, the tests that run generated programs), and the seam that lets tests fake {@code python3}.
 */
@FunctionalInterface
public interface ProcessRunner {

    record Result(int exitCode, String stdout, String stderr) {}

    /**
     * Runs {@code command} in {@code directory} (null: the current one), with no input.
     *
     * @throws TimeoutException when it runs longer than {@code timeout} (it is then killed)
     * @throws IOException      when it cannot be started
     */
    Result run(List<String> command, Path directory, Duration timeout) throws IOException, TimeoutException, InterruptedException;

    /** Real processes. */
    static ProcessRunner system() {
        return (command, directory, timeout) -> {
            Process p = new ProcessBuilder(command).directory(directory == null ? null : directory.toFile()).start();
            p.getOutputStream().close();
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new TimeoutException(String.join(" ", command) + " ran longer than " + timeout.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                throw e;
            }
            return new Result(p.exitValue(), out.join(), err.join());
        };
    }

    private static CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                f.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                f.complete("<" + e + ">");
            }
        }, "gatherlab-process-output");
        t.setDaemon(true);
        t.start();
        return f;
    }
}
