package org.gatherlab.jvm;

import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.Numbers;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.VirtualClock;
import org.gatherlab.engine.jvm.JavaApi;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.engine.jvm.JavaSimulation;

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

    /** Names per nested class in a program of more than {@link #LISTED_TASKS} tasks. */
    static final int NAMES_PER_CLASS = 4_000;

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

        /** The skeleton ({@code Run.java}) with this run's header, imports, class name, task list and main(). */
        String write() {
            header();
            String program = SKELETON.replace("\npublic class Run {\n", "\npublic class " + className + " {\n");
            program = program.replace("//@ imports\n", section(this::imports));
            program = region(program, "tasks", section(this::taskList));
            program = region(program, "main", section(this::main));
            return out.append(program).toString();
        }

        /** What {@code write} puts in {@code out}, taken out as text. */
        private String section(Runnable writer) {
            int start = out.length();
            writer.run();
            String text = out.substring(start);
            out.setLength(start);
            return text;
        }

        private void imports() {
            if (run.api() == JavaApi.STRUCTURED) {
                line("import java.util.concurrent.StructuredTaskScope.Joiner;");
                line("import java.util.concurrent.StructuredTaskScope.Subtask;");
            }
            if (run.api() == JavaApi.STRUCTURED && run.joiner() == ScopeJoiner.ALL_SUCCESSFUL_OR_THROW) line("import java.util.stream.Stream;");
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
                // A class's constants have room for about 30,000 names, and its initializer for about 8,000 array
                // elements: the names go in nested classes of NAMES_PER_CLASS. They stay string literals; the
                // table below holds only kinds and numbers, so no name can change how it splits.
                int classes = (tasks.size() + NAMES_PER_CLASS - 1) / NAMES_PER_CLASS;
                line("    // " + tasks.size() + " tasks: the names in Names0.." + "Names" + (classes - 1) + " below, in order; kind, ms, fails one per line.");
                StringBuilder all = new StringBuilder();
                for (int c = 0; c < classes; c++) all.append(c == 0 ? "" : ", ").append("Names").append(c).append(".N");
                line("    static final List<Task> TASKS = Task.table(Task.names(" + all + "), String.join(\"\",");
                StringBuilder chunk = new StringBuilder();
                int chunks = 0;
                for (int i = 0; i < tasks.size(); i++) {
                    TaskSpec t = tasks.get(i);
                    chunk.append(t.kind() == TaskKind.IO ? "IO" : "CPU").append('\t')
                            .append(Numbers.format(t.workMs(fails[i]))).append('\t').append(fails[i]).append('\n');
                    if (chunk.length() > 20_000 || i + 1 == tasks.size()) {
                        line("            " + (chunks++ > 0 ? ", " : "") + literal(chunk.toString()));
                        chunk.setLength(0);
                    }
                }
                line("    ));");
                for (int c = 0; c < classes; c++) {
                    line("");
                    line("    static final class Names" + c + " {");
                    line("        static final String[] N = {");
                    for (int i = c * NAMES_PER_CLASS; i < Math.min(tasks.size(), (c + 1) * NAMES_PER_CLASS); i++) {
                        line("                " + literal(tasks.get(i).name()) + ",");
                    }
                    line("        };");
                    line("    }");
                }
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
     * The program's fixed text, from the resource {@code Run.java} beside this class (a Java file an editor and
     * javac can read), without the notes above its first import.
     */
    static final String SKELETON = skeleton("Run.java");

    private static String skeleton(String name) {
        try (java.io.InputStream in = JavaProgram.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is missing from the module");
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.substring(text.indexOf("\nimport ") + 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code text} with the lines from {@code "    //@ NAME"} to the next {@code "    //@ end"} replaced by {@code with}. */
    private static String region(String text, String name, String with) {
        int from = text.indexOf("    //@ " + name + "\n");
        String end = "    //@ end\n";
        int to = from < 0 ? -1 : text.indexOf(end, from);
        if (to < 0) throw new IllegalStateException("Run.java has no region " + name);
        to += end.length();
        return text.substring(0, from) + with + text.substring(to);
    }
}
