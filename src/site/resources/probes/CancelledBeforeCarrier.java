import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.*;

/**
 * Probe for java-strategies.md#model, rule 3: what happens to a task whose future is cancelled before its
 * thread got a carrier (or a pool thread). Run one variant per JVM, so the carriers can be set:
 *
 *   java --enable-preview --source 25 CancelledBeforeCarrier.java VARIANT [TRIES]
 *
 * Each line: the call, when it returned (ms), what it returned or threw, when the try block exited, and per task
 * name:kind:ms -> body (returned / threw / interrupted / never-ran), start-end, the future's state.
 */
public class CancelledBeforeCarrier {
    record Task(String name, boolean cpu, long ms) {}

    static final long T0 = System.nanoTime();
    static double now(long t0) { return (System.nanoTime() - t0) / 1e6; }

    static final class Fact { volatile Double start, end; volatile String body = "never-ran"; volatile boolean flagAtEnd; }

    static Callable<String> body(Task t, Fact f, long t0) {
        return () -> {
            f.start = now(t0);
            try {
                if (t.cpu) { long end = System.nanoTime() + t.ms * 1_000_000; while (System.nanoTime() < end) Thread.onSpinWait(); }
                else Thread.sleep(Duration.ofMillis(t.ms));
            } catch (InterruptedException e) {
                f.end = now(t0); f.body = "interrupted"; throw e;
            }
            f.end = now(t0); f.body = "returned"; f.flagAtEnd = Thread.currentThread().isInterrupted();
            return t.name;
        };
    }

    static List<Task> tasks(String spec) {
        List<Task> out = new ArrayList<>();
        for (String s : spec.split(",")) { String[] p = s.split(":"); out.add(new Task(p[0], p[1].equals("cpu"), Long.parseLong(p[2]))); }
        return out;
    }

    public static void main(String[] args) throws Exception {
        // VARIANT = api/threads/cores/timeout/tasks, e.g. invokeAll/virtual/1/250/A:cpu:400,B:cpu:300,C:io:200
        String[] v = args[0].split("/");
        String api = v[0]; boolean virtual = v[1].equals("virtual"); int cores = Integer.parseInt(v[2]);
        Long timeout = v[3].equals("-") ? null : Long.parseLong(v[3]);
        List<Task> tasks = tasks(v[4]);
        int tries = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        System.setProperty("jdk.virtualThreadScheduler.parallelism", Integer.toString(cores));
        System.setProperty("jdk.virtualThreadScheduler.maxPoolSize", Integer.toString(cores));
        warmUp();
        for (int i = 0; i < tries; i++) once(api, virtual, cores, timeout, tasks);
    }

    static void warmUp() throws Exception {
        try (var ex = Executors.newVirtualThreadPerTaskExecutor()) { ex.invokeAll(List.of(() -> 1)); }
        long end = System.nanoTime() + 200_000_000; while (System.nanoTime() < end) Thread.onSpinWait();
    }

    static void once(String api, boolean virtual, int cores, Long timeout, List<Task> tasks) throws Exception {
        Fact[] facts = new Fact[tasks.size()];
        List<Callable<String>> calls = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < tasks.size(); i++) { facts[i] = new Fact(); calls.add(body(tasks.get(i), facts[i], t0)); }
        String said; double returned; List<Future<String>> futures = null; List<Object> subtasks = new ArrayList<>();
        ExecutorService ex = virtual ? Executors.newVirtualThreadPerTaskExecutor() : Executors.newFixedThreadPool(cores);
        String states = "";
        if (api.equals("scope")) {
            var joiner = StructuredTaskScope.Joiner.<String>awaitAll();
            try (var scope = timeout == null ? StructuredTaskScope.open(joiner)
                    : StructuredTaskScope.open(joiner, c -> c.withTimeout(Duration.ofMillis(timeout)))) {
                for (Callable<String> c : calls) subtasks.add(scope.fork(c));
                try { scope.join(); said = "returned"; } catch (StructuredTaskScope.TimeoutException e) { said = "threw TimeoutException"; }
                returned = now(t0);
            }
            for (Object s : subtasks) states += ((StructuredTaskScope.Subtask<?>) s).state() + " ";
        } else {
            try (ex) {
                try {
                    if (api.equals("invokeAll")) {
                        futures = timeout == null ? ex.invokeAll(calls) : ex.invokeAll(calls, timeout, TimeUnit.MILLISECONDS);
                        said = "returned futures";
                    } else {
                        String r = timeout == null ? ex.invokeAny(calls) : ex.invokeAny(calls, timeout, TimeUnit.MILLISECONDS);
                        said = "returned " + r;
                    }
                } catch (TimeoutException e) { said = "threw TimeoutException"; }
                catch (ExecutionException e) { said = "threw ExecutionException(" + e.getCause() + ")"; }
                returned = now(t0);
            }
            if (futures != null) for (Future<String> f : futures) states += f.state() + " ";
        }
        double exit = now(t0);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %s×%d timeout=%s: returned %.0f (%s), block exit %.0f |",
                api, virtual ? "virtual" : "pool", cores, timeout, returned, said, exit));
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i); Fact f = facts[i];
            line.append(String.format(Locale.ROOT, " %s:%s%d %s %s-%s%s;", t.name, t.cpu ? "cpu" : "io", t.ms, f.body,
                    f.start == null ? "·" : String.format(Locale.ROOT, "%.0f", f.start),
                    f.end == null ? "·" : String.format(Locale.ROOT, "%.0f", f.end), f.flagAtEnd ? " (flag set)" : ""));
        }
        if (!states.isEmpty()) line.append(" states ").append(states.strip());
        System.out.println(line);
    }
}
