package org.gatherlab.bench;

import org.gatherlab.runtime.CpuTime;
import org.gatherlab.runtime.SystemTime;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.VirtualClock;
import org.gatherlab.engine.program.ReferenceProgram;
import org.gatherlab.runtime.RealClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The engine's speed, measured (never asserted in a unit test). Run from the image:
 * {@code target/image/bin/java -m org.gatherlab/org.gatherlab.bench.EngineBenchmark [virtual|port|virtual:<strategy>|port:<strategy>|memory|real|processes|python|java|all] [sizes...]}
 * with a heap sized and touched up front ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}: else a run that allocates into a young
 * generation the collector has just grown pays the kernel's first touch of every page on its own CPU time, as 100k did;
 * see {@link #minorFaults}).
 * ({@code virtual}: the engine's route, the flat path where it applies; {@code port}: the literal port alone. Run them in
 * processes of their own: measured one after the other in one process, the second ran up to 10x slower, the JIT's
 * code for the first no longer fitting).
 * Prints one line per measurement; the README quotes them.
 */
public final class EngineBenchmark {
    private EngineBenchmark() {}

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "all";
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 100_000, 1_000_000};
        // virtual:<strategy> and port:<strategy> (e.g. virtual:taskgroup) run that Python strategy instead of gather.
        Strategy strategy = what.contains(":") ? Strategy.fromJson(what.substring(what.indexOf(':') + 1)) : Strategy.GATHER;
        if (what.startsWith("virtual") || what.equals("all")) virtual(sizes, strategy, true, false);
        if (what.startsWith("port")) virtual(sizes, strategy, false, true);
        if (what.equals("memory") || what.equals("all")) memory();
        if (what.equals("real") || what.equals("all")) real();
        if (what.equals("processes") || what.equals("all")) processes();
        if (what.equals("python") || what.equals("all")) python();
        if (what.equals("java") || what.equals("all")) java();
    }

    /**
     * CPython 3.11's asyncio on the same machine, for comparison: per-task cost of create_task +
     * gather + a timer, and how late a real loop finishes after its longest timer.
     */
    private static final String ASYNCIO_BENCH = """
            import asyncio, random, sys, time
            async def sleeper(d):
                await asyncio.sleep(d)
            async def per_task(n):
                t0 = time.perf_counter()
                await asyncio.gather(*[asyncio.create_task(sleeper(0)) for _ in range(n)])
                return (time.perf_counter() - t0) / n * 1e9
            async def lateness(n, seed):
                rnd = random.Random(seed)
                ds = [rnd.randint(0, 200) / 1000 for _ in range(n)]
                loop = asyncio.get_running_loop()
                t0 = loop.time()
                await asyncio.gather(*[sleeper(d) for d in ds])
                return (loop.time() - t0 - max(ds)) * 1000
            for n in (1_000, 10_000, 100_000, 1_000_000):
                runs = sorted(asyncio.run(per_task(n)) for _ in range(3 if n < 1_000_000 else 1))
                print(f"cpython asyncio gather n={n:,}: {runs[len(runs)//2]:.0f} ns/task (sleep(0) tasks, real loop)")
            for n in (1_000, 10_000):
                late = sorted(asyncio.run(lateness(n, r)) for r in range(5))
                print(f"cpython real gather io n={n:,}: settled {late[2]:.2f} ms after the longest timer (median of 5, max {late[4]:.2f})")
            """;

    static void python() {
        try {
            java.nio.file.Path script = java.nio.file.Files.createTempFile("asyncio_bench", ".py");
            java.nio.file.Files.writeString(script, ASYNCIO_BENCH);
            Process p = new ProcessBuilder("python3", script.toString()).inheritIO().start();
            p.waitFor();
            java.nio.file.Files.deleteIfExists(script);
        } catch (java.io.IOException e) {
            System.out.println("cpython: python3 not found, skipped (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Scenario ioTasks(int n, int spreadMs, long seed) { return ioTasks(n, spreadMs, seed, Strategy.GATHER); }

    static Scenario ioTasks(int n, int spreadMs, long seed, Strategy strategy) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<TaskSpec> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) tasks.add(TaskSpec.io("t" + i, rnd.nextInt(spreadMs + 1)));
        return Scenario.of("bench", tasks, List.of(RunSpec.of(strategy)));
    }

    /**
     * Virtual clock, full trace kept, report made: ns per task, median of 5 after warm-up; the way the engine runs it
     * ({@code flat}: the flat path, {@code engine.flat}) or on the literal port alone ({@code port}: {@code ReferenceProgram}).
     */
    static void virtual(int[] sizes, Strategy strategy, boolean flat, boolean port) {
        for (int n : sizes) {
            Scenario s = ioTasks(n, 1000, n, strategy);
            RunSpec run = s.runs().get(0);
            if (flat) virtual("virtual " + strategy.json() + " io", n, () -> Engine.runVirtual(s, run, TraceListener.NONE));
            if (port) virtual("  the same on the port", n, () -> Reports.of(ReferenceProgram.run(s.tasks(), s.seed(), run,
                    new VirtualClock(), ReferenceProgram.PoolFactory.VIRTUAL, TraceListener.NONE)));
        }
    }

    private static void virtual(String what, int n, java.util.function.Supplier<RunReport> once) {
        int reps = n >= 1_000_000 ? 3 : 5;
        // Warm up on at least two million tasks so the JIT has compiled the loop before we time it.
        for (int w = 0; w < Math.max(2, 2_000_000 / n); w++) once.get();
        // Small runs are timed in batches of at least 100,000 tasks, so that reading the clocks costs nothing.
        int batch = Math.max(1, 100_000 / n);
        long[] ns = new long[reps], cpu = new long[reps], own = new long[reps];
        long faults = 0;
        int events = 0;
        long a0 = allocatedBytes();
        once.get();
        double allocated = a0 < 0 ? Double.NaN : (allocatedBytes() - a0) / (double) n;
        for (int r = 0; r < reps; r++) {
            long f0 = minorFaults();
            long c0 = CpuTime.processNanos();
            long o0 = CpuTime.threadNanos();
            long t0 = SystemTime.nanos();
            for (int b = 0; b < batch; b++) events = once.get().trace().log().size();
            ns[r] = SystemTime.nanos() - t0;
            own[r] = CpuTime.threadNanos() - o0;
            cpu[r] = CpuTime.processNanos() - c0;
            faults += minorFaults() - f0;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        Arrays.sort(own);
        double tasks = (double) n * batch;
        System.out.printf(Locale.ROOT, "%s n=%,d: %.0f ns/task (median of %d; CPU of all threads %.0f ns/task, "
                        + "of the running thread %.0f ns/task, best %.0f), %,d events, %.0f bytes allocated/task, "
                        + "%.2f fresh pages/1,000 tasks%n",
                what, n, ns[reps / 2] / tasks, reps, cpu[reps / 2] / tasks, own[reps / 2] / tasks, own[0] / tasks, events, allocated,
                faults * 1000.0 / (tasks * reps));
    }

    /**
     * The running thread's minor page faults so far ({@code /proc/thread-self/stat}, field 10), or 0 off Linux: each is a
     * page of memory the thread touched for the first time, which the kernel zeroes and maps on the thread's own CPU time.
     * While the collector is still growing the young generation, every page of a new run's allocation is such a page:
     * that was issue 10's slow 100k (6,172 faults a run of 100,000 tasks, about 700 ns a task on their own). A line
     * whose figure is not about 0 measured the heap's growth, not the engine: run with a heap sized and touched up
     * front ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}, the README's command).
     */
    static long minorFaults() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            // After the command's name (in parentheses, which may hold spaces): state, ppid, pgrp, session, tty, tpgid,
            // flags, minflt.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[7]);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Each Java strategy against {@code gather()} over the same tasks on the virtual clock, report included: the cost
     * per task and the ratio, median of 5 after warm-up. Half the tasks sleep, half compute; virtual threads on 4
     * carriers (the default).
     */
    static void java() {
        List<Strategy> strategies = new ArrayList<>(List.of(Strategy.GATHER));
        strategies.addAll(Strategy.java());
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            SplittableRandom rnd = new SplittableRandom(n);
            List<TaskSpec> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int ms = rnd.nextInt(1001);
                tasks.add(i % 2 == 0 ? TaskSpec.io("t" + i, ms) : TaskSpec.cpu("t" + i, ms));
            }
            Scenario s = Scenario.of("bench", tasks, strategies.stream().map(RunSpec::of).toList());
            double gather = Double.NaN;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "virtual java n=%,d:", n));
            for (RunSpec run : s.runs()) {
                for (int w = 0; w < Math.max(2, 400_000 / n); w++) Engine.runVirtual(s, run, TraceListener.NONE);
                long[] ns = new long[5];
                for (int r = 0; r < ns.length; r++) {
                    long t0 = SystemTime.nanos();
                    Engine.runVirtual(s, run, TraceListener.NONE);
                    ns[r] = SystemTime.nanos() - t0;
                }
                Arrays.sort(ns);
                double perTask = ns[2] / (double) n;
                if (run.strategy() == Strategy.GATHER) gather = perTask;
                line.append(String.format(Locale.ROOT, " %s %.0f ns/task (%.2fx)", run.strategy().json(), perTask, perTask / gather));
            }
            System.out.println(line);
        }
    }

    /**
     * Bytes the calling thread has allocated so far, or -1 where the JDK's management modules are not in the image (the
     * app's image leaves them out; a class-path run has them). Unlike time, this does not depend on what else the
     * machine runs.
     */
    static long allocatedBytes() {
        try {
            Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes").invoke(threads);
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return -1;
        }
    }

    /** Heap retained by a finished run's report and trace, per task. */
    static void memory() {
        for (int n : new int[] {100_000, 1_000_000}) {
            Scenario s = ioTasks(n, 1000, n);
            long before = usedAfterGc();
            RunReport report = Engine.runVirtual(s, s.runs().get(0), TraceListener.NONE);
            long after = usedAfterGc();
            System.out.printf(Locale.ROOT, "memory gather io n=%,d: %.0f bytes/task retained (report + trace of %,d events)%n",
                    n, (after - before) / (double) n, report.trace().events().size());
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Real clock: how late the run settles after its longest timer. */
    static void real() {
        for (int n : new int[] {1_000, 10_000}) {
            double[] late = new double[5];
            for (int r = 0; r < late.length; r++) {
                Scenario s = ioTasks(n, 200, r);
                double longest = s.tasks().stream().mapToDouble(TaskSpec::durationMs).max().orElse(0);
                RunReport report = Engine.runReal(s, s.runs().get(0), TraceListener.NONE, new RealClock());
                late[r] = report.settledAtMs() - longest;
            }
            Arrays.sort(late);
            System.out.printf(Locale.ROOT, "real gather io n=%,d: settled %.2f ms after the longest timer (median of 5, max %.2f)%n", n, late[2], late[4]);
        }
    }

    /** cpu: processes with as many workers as cores: speed-up over the sum of the jobs. */
    static void processes() {
        int cores = Runtime.getRuntime().availableProcessors();
        int jobs = cores * 4;
        double d = 100;
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < jobs; i++) tasks.add(TaskSpec.cpu("c" + i, d));
        RunSpec run = RunSpec.of(Strategy.GATHER).withProcesses(cores);
        Scenario s = Scenario.of("cpu", tasks, List.of(run));
        RunReport report = Engine.runReal(s, run, TraceListener.NONE, new RealClock());
        double speedup = jobs * d / report.returnedAtMs();
        System.out.printf(Locale.ROOT, "real processes: %d x %.0f ms CPU jobs on %d workers: %.1f ms, speed-up %.2f (%.2f x cores)%n",
                jobs, d, cores, report.returnedAtMs(), speedup, speedup / cores);
    }
}
