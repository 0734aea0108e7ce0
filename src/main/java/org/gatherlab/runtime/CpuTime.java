package org.gatherlab.runtime;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time every thread of this process has had, in nanoseconds: the benchmark thread's, the garbage collector's
 * and the compiler's. On a loaded machine wall time includes waiting for a core and this does not, so two runs
 * compare better by it. Linux's per-thread scheduler statistics ({@code /proc/self/task/<tid>/schedstat}, first field,
 * nanoseconds); elsewhere -1.
 */
public final class CpuTime {
    private static final Path TASKS = Path.of("/proc/self/task");

    private CpuTime() {}

    /**
     * The calling thread's own CPU time ({@code /proc/thread-self/schedstat}), or -1: the work a benchmark's loop does
     * itself, without the collector's threads, which on a loaded machine also count the time they spin waiting for
     * each other.
     */
    public static long threadNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public static long processNanos() {
        long sum = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(TASKS)) {
            for (Path t : threads) {
                try {
                    String stat = Files.readString(t.resolve("schedstat"));
                    sum += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
                } catch (IOException | RuntimeException e) {
                    // The thread ended between listing and reading: its time is gone with it (a few ms at most).
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return sum;
    }
}
