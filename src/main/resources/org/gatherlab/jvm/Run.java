// The fixed text of every Java program GatherLab writes: jvm/JavaProgram fills it in for one run.
// Everything above the first "import" is a note for whoever edits this file and is dropped. The generator
// writes the header comment, renames the class, puts the run's imports at "//@ imports" and replaces each
// region from "//@ tasks" or "//@ main" to its "//@ end" with the run's task list and main(); what stands
// there now only lets this file compile as it is (a test runs javac --enable-preview --release 25 on it).
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
//@ imports

public class Run {

    /** What a failing task throws. */
    static class TaskFailed extends RuntimeException {
        TaskFailed(String name) { super(name); }
    }

    //@ tasks
    static final List<Task> TASKS = List.of();
    //@ end

    //@ main
    public static void main(String[] args) throws Exception {
        Log.begin(args, "", "", "", "", 1, "", null, TASKS);
        Log.blockExited(null);
    }
    //@ end

    // ---- How every task runs ----

    enum Kind { IO, CPU }

    record Task(int index, String name, Kind kind, double ms, boolean fails) {
        /** The task's body: sleep (blocking I/O) or compute, then throw TaskFailed or return the name. */
        Callable<String> callable() {
            return () -> {
                Log.started(index);
                if (kind == Kind.IO) {
                    try {
                        Thread.sleep(Duration.ofNanos(Math.round(ms * 1e6)));   // an interrupt ends it at once
                    } catch (InterruptedException e) {
                        Log.ended(index, "interrupted");
                        throw e;
                    }
                } else {
                    compute(ms, index);                                       // never checks for interrupts
                }
                if (fails) {
                    Log.ended(index, "threw");
                    throw new TaskFailed(name);
                }
                Log.ended(index, "returned");
                return name;
            };
        }

        /** Each name with its row (kind, ms, fails): the rows hold no names, so a name cannot change how they split. */
        static List<Task> table(List<String> names, String rows) {
            List<Task> out = new ArrayList<>();
            for (String row : rows.split("\n")) {
                String[] f = row.split("\t");
                out.add(new Task(out.size(), names.get(out.size()), Kind.valueOf(f[0]), Double.parseDouble(f[1]),
                        Boolean.parseBoolean(f[2])));
            }
            return List.copyOf(out);
        }

        static List<String> names(String[]... parts) {
            List<String> all = new ArrayList<>();
            for (String[] part : parts) all.addAll(List.of(part));
            return all;
        }
    }

    /** CPU work: spins for ms milliseconds. It never stops for an interrupt; Log only notes when one arrives. */
    static void compute(double ms, int task) {
        long end = System.nanoTime() + Math.round(ms * 1e6);
        while (System.nanoTime() < end) {
            Log.noticeInterrupt(task);
            Thread.onSpinWait();
        }
    }

    /** supplyAsync takes a Supplier, which cannot throw checked exceptions: wrap them as CompletableFuture does. */
    static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    // ---- GatherLab's log: what happened, when (not part of the lesson) ----

    static final class Log {
        static long t0 = System.nanoTime();
        static boolean json;
        static String scenario, label, api, threads, joiner;
        static int cores;
        static Double timeoutMs;
        static List<Task> tasks;
        static Double[] start, end, interruptedAt, cancelAt;
        static volatile Double[] interruptSeen;
        static String[] body, atReturn, finalState;
        static long[] endSeq;
        // The task threads write only their own slots and never take a lock or print: a virtual thread
        // that blocks on a monitor gives its carrier back, and the log would change which task runs.
        static final java.util.concurrent.atomic.AtomicLong SEQ = new java.util.concurrent.atomic.AtomicLong();
        static volatile long returnSeq = Long.MAX_VALUE;
        static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();
        static volatile boolean stopped;
        static Thread printer;
        static double returnedAt, blockExitAt;
        static String kind, returns, exception, cause, causeTask;
        static String value;
        static final ScheduledExecutorService CANCELLER =
                Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));

        static double now() { return (System.nanoTime() - t0) / 1e6; }

        static void begin(String[] args, String scenario, String label, String api, String threads, int cores,
                          String joiner, Double timeoutMs, List<Task> tasks) {
            json = List.of(args).contains("--json");
            Log.scenario = scenario; Log.label = label; Log.api = api; Log.threads = threads; Log.cores = cores;
            Log.joiner = joiner; Log.timeoutMs = timeoutMs; Log.tasks = tasks;
            int n = tasks.size();
            start = new Double[n]; end = new Double[n]; interruptedAt = new Double[n]; cancelAt = new Double[n];
            interruptSeen = new Double[n]; body = new String[n]; atReturn = new String[n]; finalState = new String[n];
            endSeq = new long[n];
            warmUp();
            if (!json) printer = Thread.ofPlatform().daemon().start(() -> {
                while (!stopped) {
                    flush();
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
            });
            t0 = System.nanoTime();                  // time 0: the call is about to start
            say(label + "  (JDK " + Runtime.version() + ")");
        }

        /** Loads and starts what the run will use, so that class loading and JIT start-up do not count as task time. */
        static void warmUp() {
            try {
                Thread.ofVirtual().start(() -> sleep(1)).join();
                Thread.ofPlatform().start(() -> sleep(1)).join();
                try (ExecutorService e = Executors.newVirtualThreadPerTaskExecutor()) {
                    CompletableFuture.supplyAsync(() -> "", e).orTimeout(1, TimeUnit.DAYS).join();
                    e.invokeAll(List.of(() -> ""));
                    e.invokeAny(List.of(() -> ""));
                }
                try (ExecutorService e = Executors.newFixedThreadPool(1)) {
                    e.invokeAll(List.of(() -> ""), 1, TimeUnit.DAYS);
                }
                new TaskFailed("").getMessage();
                CANCELLER.schedule(() -> { }, 0, TimeUnit.NANOSECONDS).get();
                compute(0, 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Queues a line; the printer thread prints it (text mode only). */
        static void say(String what) {
            if (!json) LINES.add(String.format("%9.1f ms  %s%n", now(), what));
        }

        static void flush() {
            for (String line; (line = LINES.poll()) != null; ) System.out.print(line);
        }

        static void started(int i) {
            start[i] = now();
            say(tasks.get(i).name() + " starts (" + (tasks.get(i).kind() == Kind.IO ? "sleeps " : "computes ") + ms(tasks.get(i).ms()) + ")");
        }

        /**
         * Only notes the time: a CPU loop must not take a lock or print, since a virtual thread that blocks on
         * one gives its carrier back and another task would run (ended() tells it).
         */
        static void noticeInterrupt(int i) {
            if (interruptSeen[i] == null && Thread.currentThread().isInterrupted()) interruptSeen[i] = now();
        }

        static void ended(int i, String how) {
            end[i] = now();
            body[i] = how;
            endSeq[i] = SEQ.incrementAndGet();
            if (how.equals("interrupted")) interruptedAt[i] = end[i];
            String name = tasks.get(i).name();
            String after = (interruptSeen[i] == null ? "" : "  (interrupted at " + String.format("%.1f ms", interruptSeen[i])
                    + ", its CPU loop carried on)") + (returnSeq < Long.MAX_VALUE ? "  (after the call returned)" : "");
            say(switch (how) {
                case "interrupted" -> name + " is interrupted: Thread.sleep throws InterruptedException" + after;
                case "threw" -> name + " throws TaskFailed(\"" + name + "\")" + after;
                default -> name + " returns \"" + name + "\"" + after;
            });
        }

        static void cancelAt(double ms, List<? extends Future<?>> futures, int i) {
            CANCELLER.schedule(() -> {
                synchronized (Log.class) {
                    if (!futures.get(i).cancel(true)) return;
                    cancelAt[i] = now();
                    say(tasks.get(i).name() + "'s future: cancel(true), which interrupts nothing");
                    if (start[i] == null) {           // supplyAsync will see it is cancelled and skip the body
                        body[i] = "never-ran";
                        end[i] = cancelAt[i];
                        endSeq[i] = SEQ.incrementAndGet();
                    }
                }
            }, Math.max(0, Math.round(ms * 1e6) - Math.round(now() * 1e6)), TimeUnit.NANOSECONDS);
        }

        static List<String> states(List<? extends Future<?>> futures) {
            return futures.stream().map(f -> f.state().name()).toList();
        }

        static synchronized void returned(String returns, List<String> states) {
            arrived("returned", states);
            Log.returns = returns;
            say("the call returns " + returns + (states == null ? "" : " " + states));
        }

        static synchronized void returnedValue(String value, List<String> states) {
            arrived("returned", states);
            Log.returns = "value";
            Log.value = value;
            say("the call returns \"" + value + "\"");
        }

        static synchronized void threw(Exception e, List<String> states) {
            arrived("threw", states);
            Throwable c = e.getCause();
            exception = e.getClass().getName().contains("StructuredTaskScope$")
                    ? "StructuredTaskScope." + e.getClass().getSimpleName() : e.getClass().getSimpleName();
            cause = c == null ? null : c.getClass().getSimpleName();
            causeTask = c instanceof TaskFailed ? c.getMessage() : c instanceof CancellationException ? cancelledTask() : null;
            say("the call throws " + exception + (c == null ? "" : " (cause: " + c.getClass().getSimpleName()
                    + (c instanceof TaskFailed ? "(\"" + c.getMessage() + "\")" : "") + ")"));
        }

        private static void arrived(String how, List<String> states) {
            returnedAt = now();
            returnSeq = SEQ.incrementAndGet();
            kind = how;
            for (int i = 0; i < tasks.size(); i++) {
                if (states != null) atReturn[i] = states.get(i);
                // A task the call cancelled before it began will never run: FutureTask.run() returns at once
                // (queued for a pool thread, or invokeAll's virtual thread still waiting for a carrier).
                if (start[i] == null && body[i] == null
                        && (api.equals("invoke-all") || api.equals("invoke-any") && threads.equals("platform"))) {
                    body[i] = "never-ran";
                    end[i] = returnedAt;
                    endSeq[i] = returnSeq - 1;
                }
            }
        }

        /** Which task's cancellation a CompletionException carries: the left-most (allOf) or the first (anyOf). */
        private static String cancelledTask() {
            Integer best = null;
            for (int i = 0; i < tasks.size(); i++) {
                if (cancelAt[i] == null) continue;
                if (api.equals("cf-allof")) return tasks.get(i).name();
                if (best == null || cancelAt[i] < cancelAt[best]) best = i;
            }
            return best == null ? null : tasks.get(best).name();
        }

        static void blockExited(List<String> states) {
            CANCELLER.shutdownNow();
            synchronized (Log.class) {
                blockExitAt = now();
                for (int i = 0; i < tasks.size(); i++) if (states != null) finalState[i] = states.get(i);
                say("the try block exits: close() has waited for every thread");
                if (json) {
                    System.out.println(summary());
                } else {
                    stopped = true;
                    try {
                        printer.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    flush();
                    System.out.print(table());
                }
            }
        }

        /** The task's fate in GatherLab's shared words: what its handle says, or for invokeAny whether it was cancelled. */
        static String state(int i) {
            String s = finalState[i];
            boolean cancelled = "never-ran".equals(body[i]) || "CANCELLED".equals(s) || "UNAVAILABLE".equals(s)
                    || s == null && ("interrupted".equals(body[i]) || interruptSeen[i] != null);
            return cancelled ? "cancelled" : "returned".equals(body[i]) ? "succeeded" : "failed";
        }

        static Double cancelRequested(int i) {
            if (!state(i).equals("cancelled")) return null;
            if (cancelAt[i] != null) return cancelAt[i];
            if (interruptedAt[i] != null) return interruptedAt[i];
            if (interruptSeen[i] != null) return interruptSeen[i];
            return returnedAt;
        }

        static String table() {
            StringBuilder b = new StringBuilder("\n");
            b.append(kind.equals("threw") ? "The call threw " + exception + (cause == null ? "" : " (cause: " + cause
                    + (causeTask == null ? "" : " from " + causeTask) + ")") : "The call returned " + (value != null ? "\"" + value + "\"" : returns));
            b.append(String.format(" at %.1f ms; the block exited at %.1f ms.%n", returnedAt, blockExitAt));
            for (int i = 0; i < tasks.size(); i++) {
                b.append(String.format("  %-12s %-10s %-12s %s%n", tasks.get(i).name(), state(i),
                        finalState[i] == null ? "" : finalState[i],
                        start[i] == null ? "never ran" : String.format("%s %.1f-%.1f ms", body[i], start[i], end[i])));
            }
            return b.toString();
        }

        static String summary() {
            Obj o = new Obj().put("kind", q(kind));
            if (kind.equals("threw")) {
                o.put("exception", q(exception)).put("cause", q(cause)).put("causeTask", q(causeTask));
            } else {
                List<String> items = new ArrayList<>();
                if (value != null) {
                    items.add(new Obj().put("task", q(value)).put("value", q(value)).put("javaState", "null").put("error", "null").toString());
                } else {
                    for (int i = 0; i < tasks.size(); i++) {
                        String s = atReturn[i];
                        items.add(new Obj().put("task", q(tasks.get(i).name()))
                                .put("value", q("SUCCESS".equals(s) ? tasks.get(i).name() : null)).put("javaState", q(s))
                                .put("error", q("FAILED".equals(s) ? "TaskFailed" : "CANCELLED".equals(s) ? "CancellationException" : null))
                                .toString());
                    }
                }
                o.put("returns", q(returns)).put("items", "[" + String.join(",", items) + "]");
            }
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                rows.add(new Obj().put("name", q(tasks.get(i).name())).put("state", q(state(i))).put("javaState", q(finalState[i]))
                        .put("stateAtReturn", q(atReturn[i])).put("body", q(body[i]))
                        .put("startMs", num(start[i])).put("endMs", num(end[i]))
                        .put("afterReturn", Boolean.toString(endSeq[i] > returnSeq))
                        .put("cancelRequestedMs", num(cancelRequested(i))).put("interruptedMs", num(interruptedAt[i])).toString());
            }
            return new Obj().put("format", q("gatherlab/java-run@1")).put("scenario", q(scenario)).put("label", q(label))
                    .put("api", q(api)).put("threads", q(threads)).put("cores", Integer.toString(cores))
                    .put("joiner", q(joiner.isEmpty() ? null : joiner)).put("timeoutMs", num(timeoutMs))
                    .put("clock", q("real")).put("jdk", q(Runtime.version().toString()))
                    .put("carriers", q(System.getProperty("jdk.virtualThreadScheduler.parallelism")))
                    .put("returnedAtMs", num(returnedAt)).put("blockExitMs", num(blockExitAt))
                    .put("outcome", o.toString()).put("tasks", "[" + String.join(",", rows) + "]").toString();
        }

        /** A JSON object, written as its fields come. */
        static final class Obj {
            private final StringBuilder b = new StringBuilder("{");

            Obj put(String name, String json) {
                if (b.length() > 1) b.append(',');
                b.append(q(name)).append(':').append(json);
                return this;
            }

            @Override public String toString() { return b + "}"; }
        }

        static String num(Double v) { return v == null ? "null" : Double.toString(v); }

        static String ms(double v) { return (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)) + " ms"; }

        static String q(String s) {
            if (s == null) return "null";
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
            return b.append('"').toString();
        }
    }
}
