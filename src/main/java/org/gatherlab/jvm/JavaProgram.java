package org.gatherlab.jvm;

import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.Numbers;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.VirtualClock;
import org.gatherlab.engine.jvm.JavaApi;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.engine.jvm.JavaSimulation;
import org.gatherlab.engine.jvm.JavaThreads;
import org.gatherlab.engine.jvm.ScopeJoiner;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a Java run as a runnable single-file Java 25 program that uses the real APIs:
 * {@code java --enable-preview --source 25 Run.java} runs it in real time and says what happens as it happens;
 * {@code --json} prints instead one JSON summary ({@code gatherlab/java-run@1}, see {@code src/site/markdown/java-strategies.md})
 * that GatherLab's differential test compares with the simulation. The lesson (the tasks and the call) comes first;
 * the logging helpers follow, marked as such.
 */
public final class JavaProgram {
    private JavaProgram() {}

    /** Up to this many tasks are listed one per line; more go in a compact table. */
    static final int LISTED_TASKS = 200;

    /** The class the program declares: save it as {@code Run.java}. */
    public static final String CLASS_NAME = "Run";

    /**
     * @throws IllegalArgumentException if the tasks cannot run this way ({@link JavaSimulation#check})
     */
    public static String generate(List<TaskSpec> tasks, long seed, JavaRunSpec run, String scenarioName) {
        return generate(tasks, seed, run, scenarioName, CLASS_NAME);
    }

    /** The same program with another class name (to compile many programs at once: save each as {@code className.java}). */
    public static String generate(List<TaskSpec> tasks, long seed, JavaRunSpec run, String scenarioName, String className) {
        Objects.requireNonNull(run, "run");
        if (!className.matches("[A-Z][A-Za-z0-9_]*")) throw new IllegalArgumentException("not a class name: " + className);
        JavaSimulation.check(tasks, run);
        return new Writer(tasks, seed, run, scenarioName == null ? "" : scenarioName, className).write();
    }

    private static final class Writer {
        private final List<TaskSpec> tasks;
        private final long seed;
        private final JavaRunSpec run;
        private final String scenario;
        private final boolean[] fails;
        private final String className;
        private final StringBuilder out = new StringBuilder(16_384);

        Writer(List<TaskSpec> tasks, long seed, JavaRunSpec run, String scenario, String className) {
            this.className = className;
            this.tasks = List.copyOf(tasks);
            this.seed = seed;
            this.run = run;
            this.scenario = scenario;
            this.fails = FailurePlan.draw(seed, tasks);
        }

        private void line(String s) { out.append(s).append('\n'); }

        String write() {
            header();
            line("import java.time.Duration;");
            line("import java.util.ArrayList;");
            line("import java.util.List;");
            line("import java.util.concurrent.*;");
            if (run.api() == JavaApi.STRUCTURED) {
                line("import java.util.concurrent.StructuredTaskScope.Joiner;");
                line("import java.util.concurrent.StructuredTaskScope.Subtask;");
            }
            if (run.api() == JavaApi.STRUCTURED && run.joiner() == ScopeJoiner.ALL_SUCCESSFUL_OR_THROW) line("import java.util.stream.Stream;");
            line("");
            line("public class " + className + " {");
            line("");
            line("    /** What a failing task throws. */");
            line("    static class TaskFailed extends RuntimeException {");
            line("        TaskFailed(String name) { super(name); }");
            line("    }");
            line("");
            taskList();
            line("");
            main();
            line("");
            out.append(RUNTIME);
            line("}");
            return out.toString();
        }

        private void header() {
            JavaRun model = JavaSimulation.run(tasks, seed, run, new VirtualClock(), e -> { });
            line("// GatherLab" + (scenario.isBlank() ? "" : ": \"" + comment(scenario) + "\""));
            line("// " + comment(run.label()) + " · " + run.apiVersion());
            line("//");
            line("// How to run it, with JDK 25:");
            line("//     java --enable-preview --source 25 " + className + ".java          says what happens, as it happens");
            line("//     java --enable-preview --source 25 " + className + ".java --json   one JSON summary instead");
            line("//");
            if (run.api() == JavaApi.STRUCTURED) {
                line("// Why --enable-preview: StructuredTaskScope is a preview API in JDK 25 (JEP 505, fifth preview). javac and");
                line("// java refuse it without the flag, and --source 25 says which preview: the API changes in JDK 26 (JEP 525),");
                line("// so this file is for JDK 25 exactly.");
            } else {
                line("// Why --enable-preview: this program uses no preview API, so the flag changes nothing here; it is there so");
                line("// that every GatherLab Java program runs with the same command (the StructuredTaskScope ones need it).");
            }
            line("//");
            if (run.threads() == JavaThreads.VIRTUAL) {
                line("// Virtual threads run on carrier threads: main() asks for " + run.cores() + " before the first virtual thread exists");
                line("// (jdk.virtualThreadScheduler.parallelism), so the run has the same cores on any machine.");
            } else {
                line("// The tasks run on a fixed pool of " + run.cores() + " platform threads: a task holds its thread from start to end,");
                line("// even while it sleeps, and the others wait in the pool's queue.");
            }
            line("// An \"io\" task blocks in Thread.sleep, which an interrupt ends at once; a \"cpu\" task spins in a loop that never");
            line("// checks for interrupts (like most real computation). Which tasks fail was drawn from the scenario's seed ("
                    + seed + ").");
            line("//");
            String said = model.outcome().describe();
            if (said.length() > 160) said = said.substring(0, 157) + "...";
            line("// GatherLab's model (exact, virtual time): the call " + comment(said) + " at "
                    + Numbers.format(model.returnedAtMs()) + " ms; the block exits at " + Numbers.format(model.blockExitMs()) + " ms.");
            line("// A real run adds some overhead: thread starts, timer slack, a busy machine.");
            line("");
        }

        private void taskList() {
            line("    // ---- The tasks: each one is a Callable<String> (see Task.callable below) ----");
            if (tasks.size() <= LISTED_TASKS) {
                line("    static final List<Task> TASKS = List.of(");
                for (int i = 0; i < tasks.size(); i++) {
                    TaskSpec t = tasks.get(i);
                    double ms = t.workMs(fails[i]);
                    String call = "new Task(" + i + ", " + literal(t.name()) + ", Kind." + (t.kind() == TaskKind.IO ? "IO" : "CPU") + ", "
                            + Numbers.format(ms) + ", " + fails[i] + ")" + (i + 1 < tasks.size() ? "," : ");");
                    String what = (t.kind() == TaskKind.IO ? "sleeps " : "computes ") + Numbers.format(ms) + " ms, then "
                            + (fails[i] ? "throws TaskFailed" : "returns its name")
                            + (t.cancelAtMs() != null ? "; cancel(true) at " + Numbers.format(t.cancelAtMs()) + " ms" : "");
                    line("            " + call + (" ".repeat(Math.max(1, 58 - call.length()))) + "// " + what);
                }
            } else {
                line("    // " + tasks.size() + " tasks: name, kind, ms, fails; one per line.");
                line("    static final List<Task> TASKS = Task.table(String.join(\"\",");
                StringBuilder chunk = new StringBuilder();
                int chunks = 0;
                for (int i = 0; i < tasks.size(); i++) {
                    TaskSpec t = tasks.get(i);
                    chunk.append(t.name()).append('\t').append(t.kind() == TaskKind.IO ? "IO" : "CPU").append('\t')
                            .append(Numbers.format(t.workMs(fails[i]))).append('\t').append(fails[i]).append('\n');
                    if (chunk.length() > 20_000 || i + 1 == tasks.size()) {
                        line("            " + (chunks++ > 0 ? ", " : "") + literal(chunk.toString()));
                        chunk.setLength(0);
                    }
                }
                line("    ));");
            }
        }

        private void main() {
            line("    public static void main(String[] args) throws Exception {");
            if (run.threads() == JavaThreads.VIRTUAL)
                line("        System.setProperty(\"jdk.virtualThreadScheduler.parallelism\", \"" + run.cores() + "\");   // "
                        + run.cores() + (run.cores() == 1 ? " carrier" : " carriers"));
            line("        Log.begin(args, " + literal(scenario) + ", " + literal(run.label()) + ", " + literal(run.api().json()) + ", "
                    + literal(run.threads().json()) + ", " + run.cores() + ", " + literal(run.api() == JavaApi.STRUCTURED ? run.joiner().json() : "")
                    + ", " + (run.timeoutMs() == null ? "null" : Double.toString(run.timeoutMs())) + ", TASKS);");
            line("        List<Callable<String>> callables = TASKS.stream().map(Task::callable).toList();");
            line("");
            switch (run.api()) {
                case CF_ALLOF, CF_ANYOF -> completableFutures();
                case INVOKE_ALL -> invokeAll();
                case INVOKE_ANY -> invokeAny();
                case STRUCTURED -> structured();
            }
            line("    }");
            if (run.api() == JavaApi.STRUCTURED) {
                line("");
                line("    static List<String> states(List<Subtask<String>> subtasks) {");
                line("        return subtasks.stream().map(s -> s.state().name()).toList();");
                line("    }");
            }
        }

        private String executor() {
            return run.threads() == JavaThreads.VIRTUAL ? "Executors.newVirtualThreadPerTaskExecutor()"
                    : "Executors.newFixedThreadPool(" + run.cores() + ")";
        }

        private String timeArgs() {
            double t = run.timeoutMs();
            return t == Math.rint(t) ? (long) t + ", TimeUnit.MILLISECONDS" : Math.round(t * 1e6) + ", TimeUnit.NANOSECONDS";
        }

        private String duration() {
            double t = run.timeoutMs();
            return t == Math.rint(t) ? "Duration.ofMillis(" + (long) t + ")" : "Duration.ofNanos(" + Math.round(t * 1e6) + ")";
        }

        private void completableFutures() {
            boolean all = run.api() == JavaApi.CF_ALLOF;
            line("        List<CompletableFuture<String>> futures = new ArrayList<>();");
            line("        try (ExecutorService executor = " + executor() + ") {");
            line("            for (Callable<String> task : callables)");
            line("                futures.add(CompletableFuture.supplyAsync(() -> call(task), executor));");
            for (int i = 0; i < tasks.size(); i++) {
                Double at = tasks.get(i).cancelAtMs();
                if (at != null)
                    line("            Log.cancelAt(" + Numbers.format(at) + ", futures, " + i + ");   // someone calls futures.get(" + i
                            + ").cancel(true) at " + Numbers.format(at) + " ms");
            }
            line("            try {");
            if (all) {
                line("                CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))"
                        + (run.timeoutMs() == null ? "" : "\n                        .orTimeout(" + timeArgs() + ")   // fails the join, stops nothing"));
                line("                        .join();                  // waits for every task: no fail-fast, nothing cancelled");
                line("                Log.returned(\"Void (then cf.join() for each)\", Log.states(futures));");
                line("            } catch (CompletionException e) {     // carries the left-most failure in argument order");
            } else {
                line("                Object first = CompletableFuture.anyOf(futures.toArray(CompletableFuture[]::new))"
                        + (run.timeoutMs() == null ? "" : "\n                        .orTimeout(" + timeArgs() + ")   // fails the join, stops nothing"));
                line("                        .join();                  // the first to complete, even by failing; nothing is cancelled");
                line("                Log.returnedValue((String) first, Log.states(futures));");
                line("            } catch (CompletionException e) {");
            }
            line("                Log.threw(e, Log.states(futures));");
            line("            }");
            line("        }                                         // the executor's close() waits for every task");
            line("        Log.blockExited(Log.states(futures));");
        }

        private void invokeAll() {
            line("        List<Future<String>> futures;");
            line("        try (ExecutorService executor = " + executor() + ") {");
            if (run.timeoutMs() == null) {
                line("            futures = executor.invokeAll(callables);   // waits for all; never throws for a failed task");
            } else {
                line("            futures = executor.invokeAll(callables, " + timeArgs() + ");");
                line("            // at the deadline, every unfinished task is cancelled: cancel(true) interrupts its thread");
            }
            line("            Log.returned(\"List<Future<String>>\", Log.states(futures));");
            line("        }                                         // the executor's close() waits for every task");
            line("        Log.blockExited(Log.states(futures));");
        }

        private void invokeAny() {
            line("        try (ExecutorService executor = " + executor() + ") {");
            line("            try {");
            line("                String first = executor.invokeAny(callables" + (run.timeoutMs() == null ? "" : ", " + timeArgs())
                    + ");   // the first success; the others are cancelled");
            line("                Log.returnedValue(first, null);");
            line("            } catch (ExecutionException e) {     // every task failed");
            line("                Log.threw(e, null);");
            if (run.timeoutMs() != null) {
                line("            } catch (TimeoutException e) {       // nothing succeeded in time");
                line("                Log.threw(e, null);");
            }
            line("            }");
            line("        }                                         // the executor's close() waits for every task");
            line("        Log.blockExited(null);");
        }

        private void structured() {
            ScopeJoiner j = run.joiner();
            String open = run.timeoutMs() == null && j == ScopeJoiner.AWAIT_ALL_SUCCESSFUL_OR_THROW
                    ? "StructuredTaskScope.open()"
                    : "StructuredTaskScope.open(Joiner.<String>" + j.json() + "()"
                    + (run.timeoutMs() == null ? ")" : ",\n                cf -> cf.withTimeout(" + duration() + "))");
            line("        List<Subtask<String>> subtasks = new ArrayList<>();");
            line("        try (var scope = " + open + ") {");
            line("            for (Callable<String> task : callables) subtasks.add(scope.fork(task));   // each on its own virtual thread");
            boolean catches = j != ScopeJoiner.AWAIT_ALL || run.timeoutMs() != null;
            String in = catches ? "    " : "";
            if (catches) line("            try {");
            switch (j) {
                case AWAIT_ALL_SUCCESSFUL_OR_THROW -> {
                    line("                scope.join();                     // the first failure cancels the scope: the others are interrupted");
                    line("                Log.returned(\"null (then subtask.get() for each)\", states(subtasks));");
                }
                case ALL_SUCCESSFUL_OR_THROW -> {
                    line("                Stream<Subtask<String>> done = scope.join();   // all succeeded: the subtasks, in fork order");
                    line("                Log.returned(\"Stream<Subtask<String>>\", states(done.toList()));");
                }
                case ANY_SUCCESSFUL_RESULT_OR_THROW -> {
                    line("                String first = scope.join();      // the first success cancels the scope");
                    line("                Log.returnedValue(first, states(subtasks));");
                }
                case AWAIT_ALL -> {
                    line("            " + in + "scope.join();                     // never cancels: look at subtask.state() afterwards");
                    line("            " + in + "Log.returned(\"null (then subtask.state() for each)\", states(subtasks));");
                }
            }
            if (j != ScopeJoiner.AWAIT_ALL) {
                line("            } catch (StructuredTaskScope.FailedException e) {   // " + (j == ScopeJoiner.ANY_SUCCESSFUL_RESULT_OR_THROW
                        ? "every subtask failed: the first failure" : "only the first failure; later ones are lost"));
                line("                Log.threw(e, states(subtasks));");
            }
            if (run.timeoutMs() != null) {
                line("            } catch (StructuredTaskScope.TimeoutException e) {  // the scope was cancelled at the deadline");
                line("                Log.threw(e, states(subtasks));");
            }
            if (catches) line("            }");
            line("        }                                         // close() waits for every subtask's thread, even one that ignores its interrupt");
            line("        Log.blockExited(states(subtasks));");
        }
    }

    /** Text for a // comment: no line breaks, no control characters, no backslash that could start a unicode escape. */
    static String comment(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == '\\') b.append("\\\\");
            else if (Character.isISOControl(c)) b.append(' ');
            else b.appendCodePoint(c);
        });
        return b.toString();
    }

    /** A Java string literal, ASCII only. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * The program's second half: the task body and GatherLab's log. In a Java text block a backslash is written twice,
     * so {@code \\n} below is {@code \n} in the program.
     */
    static final String RUNTIME = """
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

                    static List<Task> table(String rows) {
                        List<Task> out = new ArrayList<>();
                        for (String row : rows.split("\\n")) {
                            String[] f = row.split("\\t");
                            out.add(new Task(out.size(), f[0], Kind.valueOf(f[1]), Double.parseDouble(f[2]), Boolean.parseBoolean(f[3])));
                        }
                        return List.copyOf(out);
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
                            case "threw" -> name + " throws TaskFailed(\\"" + name + "\\")" + after;
                            default -> name + " returns \\"" + name + "\\"" + after;
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
                        say("the call returns \\"" + value + "\\"");
                    }

                    static synchronized void threw(Exception e, List<String> states) {
                        arrived("threw", states);
                        Throwable c = e.getCause();
                        exception = e.getClass().getName().contains("StructuredTaskScope$")
                                ? "StructuredTaskScope." + e.getClass().getSimpleName() : e.getClass().getSimpleName();
                        cause = c == null ? null : c.getClass().getSimpleName();
                        causeTask = c instanceof TaskFailed ? c.getMessage() : c instanceof CancellationException ? cancelledTask() : null;
                        say("the call throws " + exception + (c == null ? "" : " (cause: " + c.getClass().getSimpleName()
                                + (c instanceof TaskFailed ? "(\\"" + c.getMessage() + "\\")" : "") + ")"));
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
                        StringBuilder b = new StringBuilder("\\n");
                        b.append(kind.equals("threw") ? "The call threw " + exception + (cause == null ? "" : " (cause: " + cause
                                + (causeTask == null ? "" : " from " + causeTask) + ")") : "The call returned " + (value != null ? "\\"" + value + "\\"" : returns));
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
                        StringBuilder b = new StringBuilder("\\"");
                        for (char c : s.toCharArray()) {
                            if (c == '"' || c == '\\\\') b.append('\\\\').append(c);
                            else if (c < 0x20 || c > 0x7e) b.append(String.format("\\\\u%04x", (int) c));
                            else b.append(c);
                        }
                        return b.append('"').toString();
                    }
                }
            """;
}
