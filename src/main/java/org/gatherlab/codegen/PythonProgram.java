package org.gatherlab.codegen;

import static org.gatherlab.codegen.PythonSyntax.bool;
import static org.gatherlab.codegen.PythonSyntax.commentText;
import static org.gatherlab.codegen.PythonSyntax.num;
import static org.gatherlab.codegen.PythonSyntax.str;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.Family;
import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;

/**
 * Writes one run of a scenario as a runnable CPython 3.11 program that uses real asyncio: the
 * contract's reference program ({@code src/site/markdown/scenario-contract.md#reference-program}), with the scenario's
 * tasks as data at the top.
 *
 * <p>{@code python3 prog.py} runs it in real time and says in plain words what happened;
 * {@code python3 prog.py --virtual} runs the same code on CPython's own event loop with a virtual
 * clock (milliseconds, exact, instant) and prints the contract's report JSON
 * ({@code src/site/markdown/scenario-contract.md#report}) for that
 * one run. {@code --json} and {@code --text} choose the output in either mode.
 *
 * <p>The program is the engine's test oracle: everything it reports comes from CPython doing the
 * work, not from a model of the rules.
 */
public final class PythonProgram {
    private PythonProgram() {}

    /** Up to this many tasks are listed one per line; more go in a JSON table (cheaper for Python to compile). */
    static final int LISTED_TASKS = 1000;

    /**
     * The program for {@code scenario.runs().get(runIndex)}.
     *
     * @throws IndexOutOfBoundsException if there is no such run
     * @throws IllegalArgumentException  if the run cannot be written as the contract's program (an option that the
     *                                   strategy does not have, a task {@code cancelAtMs} in a sequential run)
     */
    public static String generate(Scenario scenario, int runIndex) {
        Objects.requireNonNull(scenario, "scenario");
        RunSpec run = scenario.runs().get(runIndex);
        check(scenario, run);
        return new Writer(scenario, runIndex, run).write();
    }

    /** A short Python-like name for a run, e.g. {@code gather()}, {@code wait(return_when=FIRST_EXCEPTION)}. */
    public static String label(RunSpec run) {
        return switch (run.strategy()) {
            case SEQUENTIAL -> run.returnExceptions() ? "sequential(return_exceptions=True)" : "sequential";
            case GATHER -> run.returnExceptions() ? "gather(return_exceptions=True)" : "gather()";
            case TASKGROUP -> "TaskGroup()";
            case WAIT -> run.returnWhen() == ReturnWhen.ALL_COMPLETED ? "wait()" : "wait(return_when=" + run.returnWhen() + ")";
            case AS_COMPLETED -> run.returnExceptions() ? "as_completed(return_exceptions=True)" : "as_completed()";
            case CF_ALLOF, CF_ANYOF, INVOKE_ALL, INVOKE_ANY, STRUCTURED -> run.strategy().family().label(run);
        };
    }

    /** A file name for the program: the scenario's name made safe, and the run's number (1-based). */
    public static String fileName(Scenario scenario, int runIndex) {
        String base = scenario.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) base = "scenario";
        if (base.length() > 40) base = base.substring(0, 40);
        return base + "_run" + (runIndex + 1) + ".py";
    }

    private static void check(Scenario scenario, RunSpec run) {
        if (scenario.tasks().isEmpty()) throw new IllegalArgumentException("a scenario needs at least one task");
        Family family = run.strategy().family();
        if (family != Family.PYTHON_ASYNCIO)
            throw new IllegalArgumentException(run.strategy().json() + " is a " + family.title() + " strategy: it has no Python program (use the "
                    + family.title() + " program)");
        if (run.returnExceptions() && !run.strategy().acceptsReturnExceptions())
            throw new IllegalArgumentException("returnExceptions: " + run.strategy().json() + " has no such option");
        if (run.strategy() == Strategy.SEQUENTIAL) {
            for (TaskSpec t : scenario.tasks())
                if (t.cancelAtMs() != null)
                    throw new IllegalArgumentException("tasks: " + t.name() + ".cancelAtMs: a sequential run has no task object to cancel");
        }
        if (run.limit() != null && run.limit() < 1) throw new IllegalArgumentException("limit: must be at least 1");
        if (run.cpu() == CpuMode.PROCESSES && run.workers() < 1) throw new IllegalArgumentException("workers: must be at least 1");
    }

    /** Writes sections 1 and 2, then the fixed helpers. */
    private static final class Writer {
        private final Scenario scenario;
        private final int runIndex;
        private final RunSpec run;
        private final List<TaskSpec> tasks;
        private final boolean[] fails;
        private final StringBuilder out = new StringBuilder(16_384);

        Writer(Scenario scenario, int runIndex, RunSpec run) {
            this.scenario = scenario;
            this.runIndex = runIndex;
            this.run = run;
            this.tasks = scenario.tasks();
            this.fails = FailurePlan.draw(scenario.seed(), tasks);
        }

        String write() {
            header();
            scenarioSection();
            programSection();
            out.append('\n').append('\n');
            out.append(PythonRuntime.HELPERS);
            out.append("""


                    if __name__ == "__main__":
                        run(main)
                    """);
            return out.toString();
        }

        private void line(String s) {
            out.append(s).append('\n');
        }

        private void header() {
            line("#!/usr/bin/env python3");
            line("# GatherLab: one run of a scenario, as a real CPython 3.11 asyncio program.");
            line("#");
            line("#   Scenario: " + commentText(scenario.name()));
            for (String d : scenario.description().split("\\R", -1))
                if (!d.isBlank()) line("#             " + commentText(d));
            line("#   Run " + (runIndex + 1) + " of " + scenario.runs().size() + ": " + commentText(label(run)) + describeOptions());
            line("#");
            line("#   python3 " + fileName(scenario, runIndex));
            line("#       real time: runs the tasks and tells in plain words what happened");
            line("#   python3 " + fileName(scenario, runIndex) + " --virtual");
            line("#       virtual time (CPython's own loop on a virtual clock: exact ms, instant): prints the");
            line("#       GatherLab report JSON (gatherlab/report@1) for this run");
            line("#   --json / --text choose the output in either mode");
            line("#");
            line("#   Sections: 1. the scenario, as data   2. the program (the asyncio code to read)");
            line("#             3.-7. helpers: virtual time, process pools, cancellation causes, recording, report");
            line("");
            line("import asyncio");
            line("import collections");
            line("import collections.abc");
            line("import concurrent.futures");
            line("import contextlib");
            line("import dataclasses");
            line("import functools");
            line("import heapq");
            line("import itertools");
            line("import json");
            line("import math");
            line("import selectors");
            line("import sys");
            line("import time");
            line("");
        }

        private String describeOptions() {
            List<String> parts = new ArrayList<>();
            if (run.timeoutMs() != null) {
                boolean own = run.strategy() == Strategy.WAIT || run.strategy() == Strategy.AS_COMPLETED;
                parts.add((own ? "timeout=" : "asyncio.timeout(") + num(run.timeoutMs()) + " ms" + (own ? "" : ")"));
            }
            if (run.cancelAtMs() != null) parts.add("the caller is cancelled at " + num(run.cancelAtMs()) + " ms");
            if (run.limit() != null) parts.add("Semaphore(" + run.limit() + ")");
            if (run.cpu() == CpuMode.PROCESSES) parts.add("cpu work on " + run.workers() + " worker processes");
            parts.add("onExit " + run.onExit().json());
            return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
        }

        // ---- section 1 ------------------------------------------------------------------------------------

        private void scenarioSection() {
            banner("1. The scenario, as data",
                    "Durations are in milliseconds. Which tasks fail was decided once for the scenario, before",
                    "any run: draw(SEED, position) < failure_rate (the contract's SplitMix64 draw, section 7).");
            line("SCENARIO = " + str(scenario.name()));
            line("SEED = " + scenario.seed());
            line("LABEL = " + str(label(run)));
            line("RUN = {");
            line("    \"strategy\": " + str(run.strategy().json()) + ",");
            line("    \"returnExceptions\": " + bool(run.returnExceptions()) + ",");
            line("    \"returnWhen\": " + str(run.returnWhen().name()) + ",");
            line("    \"timeoutMs\": " + num(run.timeoutMs()) + ",");
            line("    \"cancelAtMs\": " + num(run.cancelAtMs()) + ",");
            line("    \"limit\": " + (run.limit() == null ? "None" : run.limit().toString()) + ",");
            line("    \"cpu\": " + str(run.cpu().json()) + ",");
            line("    \"workers\": " + run.workers() + ",");
            line("    \"onExit\": " + str(run.onExit().json()) + ",");
            line("}");
            line("");
            line("");
            line("class TaskFailed(Exception):");
            line("    \"\"\"What a failing task raises: TaskFailed(\"<name>\").\"\"\"");
            line("");
            line("");
            line("@dataclasses.dataclass");
            line("class Spec:");
            line("    name: str");
            line("    kind: str                    # \"io\": awaits a timer; \"cpu\": computes without awaiting");
            line("    duration_ms: float");
            line("    failure_rate: float = 0.0");
            line("    fails: bool = False          # this scenario's draw");
            line("    fail_at_ms: float = None     # when a failing task raises (default: duration_ms)");
            line("    cancel_at_ms: float = None   # someone outside calls task.cancel() then");
            line("");
            line("    def __post_init__(self):");
            line("        if self.fail_at_ms is None:");
            line("            self.fail_at_ms = self.duration_ms");
            line("");
            line("");
            if (tasks.size() <= LISTED_TASKS) {
                line("TASKS = [");
                for (int i = 0; i < tasks.size(); i++) line("    " + spec(i) + "," + drawComment(i));
                line("]");
            } else {
                // Python would need a lot of memory to compile 100,000 calls; str literals and one JSON string of
                // numbers are cheap. The table holds no names, so no name is ever text the program parses.
                line("# " + tasks.size() + " tasks, too many to list one per line as Spec(...): their names, in order,");
                line("# then a JSON table of [kind, duration_ms, failure_rate, fails, fail_at_ms, cancel_at_ms] in the same order.");
                line("_NAMES = (");
                for (TaskSpec t : tasks) line("    " + str(t.name()) + ",");
                line(")");
                line("TASKS = [Spec(name, *row) for name, row in zip(_NAMES, json.loads(");
                line("    " + str(taskTable()) + "))]");
            }
            line("");
            line("");
            line("def reported(body):");
            line("    \"\"\"Lets the report see each step a body takes (section 6); changes nothing else.\"\"\"");
            line("    @functools.wraps(body)");
            line("    def start(t):");
            line("        return StepRecorder(body(t), t)");
            line("    return start");
            line("");
            line("");
        }

        private String spec(int i) {
            TaskSpec t = tasks.get(i);
            StringBuilder b = new StringBuilder("Spec(").append(str(t.name())).append(", ").append(str(t.kind().json()))
                    .append(", ").append(num(t.durationMs()));
            if (t.failureRate() > 0) b.append(", failure_rate=").append(Double.toString(t.failureRate())).append(", fails=").append(bool(fails[i]));
            if (t.failAtMs() != null) b.append(", fail_at_ms=").append(num(t.failAtMs()));
            if (t.cancelAtMs() != null) b.append(", cancel_at_ms=").append(num(t.cancelAtMs()));
            return b.append(')').toString();
        }

        private String taskTable() {
            StringBuilder b = new StringBuilder(tasks.size() * 32).append('[');
            for (int i = 0; i < tasks.size(); i++) {
                TaskSpec t = tasks.get(i);
                if (i > 0) b.append(',');
                b.append("[\"").append(t.kind().json()).append("\",")
                        .append(num(t.durationMs())).append(',').append(Double.toString(t.failureRate())).append(',')
                        .append(fails[i]).append(',').append(t.failAtMs() == null ? "null" : num(t.failAtMs())).append(',')
                        .append(t.cancelAtMs() == null ? "null" : num(t.cancelAtMs())).append(']');
            }
            return b.append(']').toString();
        }

        /** For a task that may or may not fail: the draw that decided it. */
        private String drawComment(int i) {
            double rate = tasks.get(i).failureRate();
            if (rate <= 0 || rate >= 1) return "";
            double drawn = FailurePlan.draw(scenario.seed(), i);
            return String.format(Locale.ROOT, "   # draw %.4f %s %s", drawn, fails[i] ? "<" : ">=", num(rate));
        }

        private void banner(String title, String... notes) {
            String rule = "# " + "═".repeat(92);
            line(rule);
            line("# " + title);
            for (String n : notes) line("#    " + n);
            line(rule);
            line("");
        }

        // ---- section 2 ------------------------------------------------------------------------------------

        private boolean anyKind(TaskKind k) {
            return tasks.stream().anyMatch(t -> t.kind() == k);
        }

        private boolean anyTaskCancel() {
            return tasks.stream().anyMatch(t -> t.cancelAtMs() != null);
        }

        private boolean anyFailure() {
            for (boolean f : fails) if (f) return true;
            return false;
        }

        private void programSection() {
            banner("2. The program",
                    "The contract's reference program for this run. ms(x) is x milliseconds in loop time, at(x) the",
                    "loop time x ms after the run began; caller_returned / caller_raised note what the await gave.");
            if (run.limit() != null) {
                line("sem = asyncio.Semaphore(" + run.limit() + ")   # at most " + run.limit() + " bodies at a time inside `async with sem:`");
                line("");
                line("");
            }
            body();
            line("");
            line("");
            switch (run.strategy()) {
                case SEQUENTIAL -> sequentialMain();
                case GATHER -> gatherMain();
                case TASKGROUP -> taskGroupMain();
                case WAIT -> waitMain();
                case AS_COMPLETED -> asCompletedMain();
            }
        }

        private void body() {
            line("@reported");
            line("async def body(t):");
            String in = "    ";
            if (run.limit() != null) {
                line("    async with sem:              # waits here, in FIFO order, for a permit");
                line("        got_permit(t)");
                in = "        ";
            }
            line(in + (anyFailure() ? "d = t.fail_at_ms if t.fails else t.duration_ms" : "d = t.duration_ms"));
            String io = "await asyncio.sleep(ms(d))   # I/O: a timer; the loop runs other tasks meanwhile";
            String cpu = run.cpu() == CpuMode.LOOP
                    ? "compute(d)                   # CPU on the loop thread: no await, nothing else runs"
                    : "await asyncio.get_running_loop().run_in_executor(pool, crunch, ms(d))   # CPU: a pool job";
            boolean hasIo = anyKind(TaskKind.IO), hasCpu = anyKind(TaskKind.CPU);
            if (hasIo && hasCpu) {
                line(in + "if t.kind == \"io\":");
                line(in + "    " + io);
                line(in + "else:");
                line(in + "    " + cpu);
            } else {
                line(in + (hasIo ? io : cpu));
            }
            if (anyFailure()) {
                line(in + "if t.fails:");
                line(in + "    raise TaskFailed(t.name)");
            }
            line(in + "return t.name");
        }

        /** The exceptions the caller's await can raise in this run, as an except clause's tuple (empty: none). */
        private List<String> raisable() {
            Strategy s = run.strategy();
            List<String> ex = new ArrayList<>();
            boolean taskFailed = switch (s) {
                case SEQUENTIAL, GATHER, AS_COMPLETED -> !run.returnExceptions() && anyFailure();
                default -> false;
            };
            if (taskFailed) ex.add("TaskFailed");
            if (s == Strategy.TASKGROUP && anyFailure()) ex.add("ExceptionGroup");
            if (run.timeoutMs() != null && s != Strategy.WAIT) ex.add("TimeoutError");
            boolean childCancel = anyTaskCancel() && ((s == Strategy.GATHER && !run.returnExceptions()) || s == Strategy.AS_COMPLETED);
            if (run.cancelAtMs() != null || childCancel) ex.add("asyncio.CancelledError");
            return ex;
        }

        private void callerCancel() {
            if (run.cancelAtMs() != null || anyTaskCancel()) line("    loop = asyncio.get_running_loop()");
            if (run.cancelAtMs() != null) {
                line("    loop.call_at(at(" + num(run.cancelAtMs()) + "), asyncio.current_task().cancel, \"caller\")"
                        + "   # the caller is cancelled (1st timer)");
            }
        }

        private void taskCancelTimers(String in) {
            if (!anyTaskCancel()) return;
            line(in + "for task, t in zip(tasks, TASKS):");
            line(in + "    if t.cancel_at_ms is not None:   # someone outside cancels this task");
            line(in + "        loop.call_at(at(t.cancel_at_ms), task.cancel, \"self\")");
        }

        private String timeoutArg() {
            return run.timeoutMs() == null ? "" : ", timeout=ms(" + num(run.timeoutMs()) + ")";
        }

        /** Writes {@code try:} + the await block + the except/else clauses. {@code block} lines are relative to the try. */
        private void tryAwait(List<String> block, List<String> onReturn) {
            List<String> ex = raisable();
            if (ex.isEmpty()) {
                for (String l : block) line("    " + l);
                for (String l : onReturn) line("    " + l);
                return;
            }
            line("    try:");
            for (String l : block) line("        " + l);
            line("    except " + (ex.size() == 1 ? ex.get(0) : "(" + String.join(", ", ex) + ")") + " as exc:");
            line("        caller_raised(exc)");
            line("    else:");
            for (String l : onReturn) line("        " + l);
        }

        /** {@code block} inside {@code async with asyncio.timeout(T):} when the run has a timeout. */
        private List<String> underTimeout(List<String> block) {
            if (run.timeoutMs() == null) return block;
            List<String> b = new ArrayList<>();
            b.add("async with asyncio.timeout(ms(" + num(run.timeoutMs()) + ")):");
            for (String l : block) b.add("    " + l);
            return b;
        }

        private List<String> awaitOne(String target) {
            if (!run.returnExceptions()) return List.of(target + ".append(await NEXT)");
            return List.of("try:", "    " + target + ".append(await NEXT)", "except TaskFailed as exc:", "    " + target + ".append(exc)");
        }

        private void sequentialMain() {
            line("async def main():");
            callerCancel();
            line("    results = []");
            List<String> loop = new ArrayList<>();
            loop.add("for t in TASKS:   # one body after the other, awaited inline: no task objects");
            for (String l : awaitOne("results")) loop.add("    " + l.replace("NEXT", "body(t)"));
            tryAwait(underTimeout(loop), List.of("caller_returned(results)"));
        }

        private void createTasks() {
            line("    tasks = [asyncio.create_task(body(t)) for t in TASKS]");
            taskCancelTimers("    ");
        }

        private void gatherMain() {
            line("async def main():");
            callerCancel();
            createTasks();
            String call = "results = await asyncio.gather(*tasks" + (run.returnExceptions() ? ", return_exceptions=True" : "") + ")";
            tryAwait(underTimeout(List.of(call)), List.of("caller_returned(results, TASKS)"));
        }

        private void taskGroupMain() {
            line("async def main():");
            callerCancel();
            List<String> group = new ArrayList<>();
            group.add("async with asyncio.TaskGroup() as tg:");
            group.add("    tasks = [tg.create_task(body(t)) for t in TASKS]");
            if (anyTaskCancel()) {
                group.add("    for task, t in zip(tasks, TASKS):");
                group.add("        if t.cancel_at_ms is not None:   # someone outside cancels this task");
                group.add("            loop.call_at(at(t.cancel_at_ms), task.cancel, \"self\")");
            }
            List<String> onReturn = new ArrayList<>();
            if (anyTaskCancel()) {
                onReturn.add("# a task cancelled on its own does not stop the group; it counts as CancelledError");
                onReturn.add("results = [asyncio.CancelledError() if task.cancelled() else task.result() for task in tasks]");
            } else {
                onReturn.add("results = [task.result() for task in tasks]");
            }
            onReturn.add("caller_returned(results, TASKS)");
            tryAwait(underTimeout(group), onReturn);
        }

        private void waitMain() {
            line("async def main():");
            callerCancel();
            createTasks();
            String when = run.returnWhen() == ReturnWhen.ALL_COMPLETED ? "" : ", return_when=asyncio." + run.returnWhen().name();
            tryAwait(List.of("done, pending = await asyncio.wait(tasks" + timeoutArg() + when + ")"),
                    List.of("caller_returned_wait(done, pending, tasks)"));
        }

        private void asCompletedMain() {
            line("async def main():");
            callerCancel();
            createTasks();
            line("    results = []");
            List<String> loop = new ArrayList<>();
            loop.add("for next_done in asyncio.as_completed(tasks" + timeoutArg() + "):   # in completion order");
            for (String l : awaitOne("results")) loop.add("    " + l.replace("NEXT", "next_done"));
            tryAwait(loop, List.of("caller_returned(results)"));
        }
    }
}
