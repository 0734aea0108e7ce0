package org.gatherlab.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceLog;

/**
 * The contract's report, {@code gatherlab/report@1} ({@code src/site/markdown/scenario-contract.md#report}): fields in
 * the contract's order, whole numbers without ".0", optional task fields only when set, and the trace as
 * {@code events}.
 */
public final class ReportJson {
    private ReportJson() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One scenario's report, pretty-printed, ending with a newline. */
    public static String render(ScenarioReport report) {
        return ReportStreams.render(out -> stream(out, false), List.of(report));
    }

    /** Several scenarios' reports as one JSON array of report objects. */
    public static String render(List<ScenarioReport> reports) {
        return ReportStreams.render(out -> stream(out, true), reports);
    }

    /**
     * Writes to {@code out} as runs arrive: one report object, or with {@code array} a JSON array of them.
     * Each task and event is built, printed and dropped in turn: a run of 100,000 tasks is a million events,
     * and a tree of them all would take gigabytes.
     */
    public static ReportStream stream(Writer out, boolean array) {
        return new Stream(out, array);
    }

    private static final class Stream implements ReportStream {
        private final TextBuffer out;
        private final boolean array;
        private int reports;
        private JsonLayout.Obj root;
        private JsonLayout.Arr runs;

        Stream(Writer out, boolean array) {
            this.out = new TextBuffer(out);
            this.array = array;
        }

        @Override
        public void begin(String file, String scenario, ClockKind clock, int runCount) throws IOException {
            endReport();
            if (!array && reports > 0) throw new IllegalStateException("one report object holds one scenario");
            if (array) out.append(reports == 0 ? "[\n" : ",\n").append(JsonLayout.indent(1));
            reports++;
            root = JsonLayout.object(out, array ? 1 : 0);
            root.field("format", NODES.textNode(ScenarioReport.FORMAT));
            root.field("scenario", NODES.textNode(scenario));
            root.field("clock", NODES.textNode(clock.json()));
            runs = root.array("runs");
        }

        @Override
        public void run(RunReport run) throws IOException {
            ReportJson.run(run, runs.object());
            out.drain();                      // each run reaches the real writer as it is done, as it did unbuffered
        }

        @Override
        public void finish() throws IOException {
            endReport();
            if (array) out.append(reports == 0 ? "[]\n" : "\n]\n");
            else out.append('\n');
            out.flush();
        }

        private void endReport() throws IOException {
            if (root == null) return;
            runs.end();
            root.end();
            root = null;
        }
    }

    private static void run(RunReport run, JsonLayout.Obj o) throws IOException {
        o.field("label", NODES.textNode(run.label()));
        o.field("strategy", NODES.textNode(run.strategy().json()));
        ObjectNode options = NODES.objectNode();
        if (run.options() != null) for (Map.Entry<String, Object> e : run.options().entrySet()) options.set(e.getKey(), plain(e.getValue()));
        o.field("options", options);
        o.field("returnedAtMs", ms(run.returnedAtMs()));
        o.field("settledAtMs", ms(run.settledAtMs()));
        if (run.blockExitMs() != null) o.field("blockExitMs", ms(run.blockExitMs()));
        if (run.outcome() instanceof Outcome.Returned r && !r.results().isEmpty()) returned(r, o.object("outcome"));
        else o.field("outcome", outcome(run.outcome()));
        ArrayNode order = NODES.arrayNode();
        run.completionOrder().forEach(order::add);
        o.field("completionOrder", order);
        if (run.java() != null) o.value("java", run.java());
        JsonLayout.Arr tasks = o.array("tasks");
        for (TaskReport t : run.tasks()) {
            // A Java task's java object is read once: it is a view that makes its members each time it is asked.
            JsonLayout.Members java = t.java() == null ? null : JsonLayout.Members.of(t.java());
            if (java == null || java.size() == 0) {
                ObjectNode shared = task(t);
                if (java != null) shared.putObject("java");
                tasks.element(shared);
            } else {
                // A Java task: its shared fields one a line, then its java object, written from the objects themselves.
                JsonLayout.Obj task = tasks.object();
                for (Map.Entry<String, JsonNode> f : task(t).properties()) task.field(f.getKey(), f.getValue());
                task.value("java", java);
                task.end();
            }
        }
        tasks.end();
        JsonLayout.Arr events = o.array("events");
        if (run.trace() != null) {
            TraceLog log = run.trace().log();
            // The kinds both families share; a Java run's own (mounted, interrupted, ...) are drawn, not listed here.
            for (int i = 0, n = log.size(); i < n; i++) if (!log.kind(i).javaOnly()) events.element(event(log.event(i), run.trace()));
        }
        events.end();
        o.end();
    }

    /**
     * A returned outcome with results, laid out as {@link #outcome} would be (one result a line), each result made,
     * written and dropped in turn: 100,000 results as one tree were 30 MB that a collection in the middle of writing
     * them had to copy.
     */
    private static void returned(Outcome.Returned r, JsonLayout.Obj o) throws IOException {
        o.field("kind", NODES.textNode(r.kind()));
        JsonLayout.Arr results = o.array("results");
        for (Outcome.Result res : r.results()) results.element(result(res));
        results.end();
        o.end();
    }

    private static ObjectNode result(Outcome.Result res) {
        ObjectNode item = NODES.objectNode().put("task", res.task());
        return res.isError() ? item.put("error", res.error()) : item.put("value", res.value());
    }

    static JsonNode outcome(Outcome outcome) {
        if (outcome == null) return NODES.nullNode();
        ObjectNode o = NODES.objectNode();
        o.put("kind", outcome.kind());
        switch (outcome) {
            case Outcome.Raised r -> {
                o.put("exception", r.exception());
                ArrayNode tasks = o.putArray("tasks");
                r.tasks().forEach(tasks::add);
            }
            case Outcome.Returned r -> {
                ArrayNode results = o.putArray("results");
                for (Outcome.Result res : r.results()) results.add(result(res));
            }
            case Outcome.ReturnedWait w -> {
                w.done().forEach(o.putArray("done")::add);
                w.pending().forEach(o.putArray("pending")::add);
            }
        }
        return o;
    }

    /** A task's shared fields (a Java task's {@code java} object is written after them, by {@link JsonLayout#writeValue}). */
    static ObjectNode task(TaskReport t) {
        ObjectNode o = NODES.objectNode();
        o.put("name", t.name());
        o.put("state", t.state().json());
        o.set("startMs", ms(t.startMs()));
        o.set("endMs", ms(t.endMs()));
        o.put("afterReturn", t.afterReturn());
        o.set("cancelCause", t.cancelCause() == null ? NODES.nullNode() : NODES.textNode(t.cancelCause().json()));
        if (t.permitMs() != null) o.set("permitMs", ms(t.permitMs()));
        if (t.jobStartMs() != null) o.set("jobStartMs", ms(t.jobStartMs()));
        if (t.jobEndMs() != null) o.set("jobEndMs", ms(t.jobEndMs()));
        return o;
    }

    /** {@code {"atMs": 0, "kind": "sleeping", "task": "A", "dueMs": 300}}: the event's own fields follow. */
    static ObjectNode event(TraceEvent e, Trace trace) {
        ObjectNode o = NODES.objectNode();
        o.set("atMs", ms(e.atMs()));
        o.put("kind", e.kind());
        o.put("task", trace.taskName(e.task()));
        switch (e) {
            case TraceEvent.ComputeBegan c -> o.set("plannedMs", ms(c.plannedMs()));
            case TraceEvent.Sleeping s -> o.set("dueMs", ms(s.dueMs()));
            case TraceEvent.TimerLate l -> o.set("dueMs", ms(l.dueMs()));
            case TraceEvent.JobStarted j -> o.put("worker", j.worker());
            case TraceEvent.JobEnded j -> o.put("worker", j.worker());
            case TraceEvent.CancelRequested c -> o.put("cause", c.cause().json());
            case TraceEvent.Cancelled c -> o.put("cause", c.cause().json());
            case TraceEvent.CallerRaised r -> o.put("exception", r.exception());
            default -> { }
        }
        return o;
    }

    static JsonNode ms(Double ms) {
        return ms == null ? NODES.nullNode() : ms(ms.doubleValue());
    }

    static JsonNode ms(double ms) {
        if (Values.isWhole(ms)) return NODES.numberNode((long) ms);
        return Double.isFinite(ms) ? NODES.numberNode(ms) : NODES.nullNode();
    }

    private static JsonNode plain(Object value) {
        return switch (Values.plain(value)) {
            case null -> NODES.nullNode();
            case Boolean b -> NODES.booleanNode(b);
            case Long l -> NODES.numberNode(l);
            case Double d -> ms(d.doubleValue());
            case Object other -> NODES.textNode(other.toString());
        };
    }
}
