package org.gatherlab.app.classroom.code;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gatherlab.app.classroom.export.Exporter;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words.Msg;
import org.gatherlab.codegen.PythonProgram;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.Family;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.VirtualClock;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.engine.jvm.JavaSimulation;
import org.gatherlab.jvm.JavaProgram;
import org.gatherlab.report.ReportJson;
import org.gatherlab.runs.RunFamily;
import org.gatherlab.verify.JavaRunComparison;
import org.gatherlab.verify.JdkLocator;
import org.gatherlab.verify.ProcessRunner;
import org.gatherlab.verify.PythonLocator;
import org.gatherlab.verify.ReportComparison;
import org.gatherlab.verify.ScratchDirectory;

/**
 * Verify with real Python: runs the generated program for one run under the {@code python3} found on the PATH, in
 * virtual time ({@code python3 -I prog.py --virtual}, off the FX thread on the {@link BackgroundWork} seam, with a
 * time limit), and compares CPython's report with the engine's field by field ({@link ReportComparison}). Where
 * there is no {@code python3}, or it is older than 3.11, it says so and how to get one.
 *
 * <p>Seams for tests: {@link ProcessRunner} (a fake {@code python3}), {@link PythonLocator} (a PATH without one), and
 * {@link BackgroundWork#direct()}. Works without the toolkit.
 */
public final class VerifyModel {
    public enum State { IDLE, RUNNING, MATCH, DIFFERS, NO_PYTHON, TOO_OLD, FAILED, NO_JDK }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Rows shown at most; differing rows are always among them. */
    public static final int MAX_ROWS = 400;
    static final String VERSION_SCRIPT = "import platform; print(platform.python_implementation(), platform.python_version())";
    private static final Pattern VERSION = Pattern.compile("(\\S+) (\\d+)\\.(\\d+)(\\.\\S+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one verification found. */
    sealed interface Finding {
        record NoPython() implements Finding {}
        record NoJdk() implements Finding {}
        record TooOld(String version) implements Finding {}
        record Failed(String version, Msg reason, String detail) implements Finding {}
        record Compared(String version, List<ReportComparison.Row> rows) implements Finding {}
    }

    private final Messages messages;
    private final BackgroundWork work;
    private final ProcessRunner runner;
    private final PythonLocator locator;
    private final JdkLocator jdk;
    private final Duration timeout;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper pythonVersion = new ReadOnlyStringWrapper(this, "pythonVersion", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyIntegerWrapper differences = new ReadOnlyIntegerWrapper(this, "differences");
    private final ReadOnlyIntegerWrapper compared = new ReadOnlyIntegerWrapper(this, "compared");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObservableList<ReportComparison.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ReportComparison.Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private int generation;
    private Finding last;
    private String label = "";
    private int runNumber;
    private String fileName = "prog.py";
    /** The family of the run being verified: a Python run is checked under python3, a Java run on a JDK, in real time. */
    private Family family = Family.PYTHON_ASYNCIO;

    public VerifyModel(Messages messages, BackgroundWork work, ProcessRunner runner, PythonLocator locator, Duration timeout) {
        this(messages, work, runner, locator, JdkLocator.system(), timeout);
    }

    public VerifyModel(Messages messages, BackgroundWork work, ProcessRunner runner, PythonLocator locator, JdkLocator jdk, Duration timeout) {
        this.jdk = Objects.requireNonNull(jdk, "jdk");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.work = Objects.requireNonNull(work, "work");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        messages.localeProperty().addListener((obs, was, now) -> reword());
        reword();
    }

    /** The real {@code python3} on the process's PATH, {@link #DEFAULT_TIMEOUT}. */
    public static VerifyModel system(Messages messages, BackgroundWork work) {
        return new VerifyModel(messages, work, ProcessRunner.system(), PythonLocator.system(), DEFAULT_TIMEOUT);
    }

    // ---------------------------------------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public State state() { return state.get(); }

    /** One sentence: the verdict, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** More: how to get python3, or the end of its error output. */
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }

    /** {@code CPython 3.11.7} ("" until known). */
    public ReadOnlyStringProperty pythonVersionProperty() { return pythonVersion.getReadOnlyProperty(); }

    /** "Verify run 1: gather()", or "Verify with real Python" before any. */
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }

    /** Field → engine value | CPython value, differing fields flagged (at most {@link #MAX_ROWS}). */
    public ObservableList<ReportComparison.Row> rows() { return rowsView; }

    public ReadOnlyIntegerProperty differencesProperty() { return differences.getReadOnlyProperty(); }

    /** How many fields were compared (may exceed the rows shown). */
    public ReadOnlyIntegerProperty comparedProperty() { return compared.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** The family of the last run verified (or being verified): a Java run's other side is a JDK, not CPython. */
    public Family family() { return family; }

    /** The bundle key for {@code family}: its Python wording or its Java one. */
    static String keyFor(Family family, String python, String java) {
        return switch (family) {
            case PYTHON_ASYNCIO -> python;
            case JAVA -> java;
        };
    }

    // ---------------------------------------------------------------------------------------------- commands

    /** Verifies one run; the engine's report is computed (virtual clock). */
    public void verify(Scenario scenario, int runIndex) {
        verify(scenario, runIndex, null);
    }

    /** Verifies one run against the engine report the caller already has (virtual clock), or computes it when null. */
    public void verify(Scenario scenario, int runIndex, RunReport engineReport) {
        Objects.requireNonNull(scenario, "scenario");
        int mine = ++generation;
        label = org.gatherlab.engine.Reports.label(scenario.runs().get(runIndex));
        runNumber = runIndex + 1;
        RunFamily runs = RunFamily.of(scenario.runs().get(runIndex));
        Family checked = family = runs.family();
        fileName = runs.fileName(scenario, runIndex);
        last = null;
        rows.clear();
        differences.set(0);
        compared.set(0);
        pythonVersion.set("");
        state.set(State.RUNNING);
        running.set(true);
        reword();
        work.submit(() -> switch (checked) {
            case JAVA -> checkJava(scenario, runIndex);
            case PYTHON_ASYNCIO -> check(scenario, runIndex, engineReport);
        }, finding -> {
            if (mine == generation) show(finding);
        }, e -> {
            if (mine == generation) show(new Finding.Failed("", Msg.of("verify.failed.internal", Exporter.reason(e)), ""));
        });
    }

    /** Forgets the last result (a newer run makes it stale). */
    public void clear() {
        generation++;
        last = null;
        rows.clear();
        differences.set(0);
        compared.set(0);
        pythonVersion.set("");
        label = "";
        family = Family.PYTHON_ASYNCIO;
        running.set(false);
        state.set(State.IDLE);
        reword();
    }

    // ---------------------------------------------------------------------------------------------- the work (background)

    private Finding check(Scenario scenario, int runIndex, RunReport engineReport) throws IOException, InterruptedException {
        var python = locator.find();
        if (python.isEmpty()) return new Finding.NoPython();
        ScratchDirectory scratch = ScratchDirectory.create("gatherlab-verify");
        try (scratch) {
            Path dir = scratch.path();
            String exe = python.get().toString();
            ProcessRunner.Result v;
            try {
                v = runner.run(List.of(exe, "-I", "-c", VERSION_SCRIPT), dir, Duration.ofSeconds(Math.min(20, timeout.toSeconds())));
            } catch (TimeoutException e) {
                return new Finding.Failed("", Msg.of("verify.failed.timeout", exe, timeout.toSeconds()), "");
            }
            Matcher m = VERSION.matcher(v.stdout().strip());
            if (v.exitCode() != 0 || !m.matches()) return new Finding.Failed("", Msg.of("verify.failed.version", exe), tail(v.stderr() + v.stdout()));
            String version = m.group(1) + " " + v.stdout().strip().substring(m.start(2));
            int major = Integer.parseInt(m.group(2)), minor = Integer.parseInt(m.group(3));
            if (major < 3 || (major == 3 && minor < 11)) return new Finding.TooOld(version);

            Path program = scratch.write(fileName, PythonProgram.generate(scenario, runIndex));
            ProcessRunner.Result r;
            try {
                r = runner.run(List.of(exe, "-I", program.toString(), "--virtual"), dir, timeout);
            } catch (TimeoutException e) {
                return new Finding.Failed(version, Msg.of("verify.failed.timeout", exe, timeout.toSeconds()), "");
            }
            if (r.exitCode() != 0) return new Finding.Failed(version, Msg.of("verify.failed.exit", r.exitCode()), tail(r.stderr()));
            JsonNode theirs;
            try {
                theirs = JSON.readTree(r.stdout()).path("runs").path(0);
            } catch (IOException e) {
                return new Finding.Failed(version, Msg.of("verify.failed.json"), tail(r.stdout()));
            }
            if (!theirs.isObject()) return new Finding.Failed(version, Msg.of("verify.failed.json"), tail(r.stdout()));

            RunReport ours = engineReport != null ? engineReport
                    : Engine.runVirtual(scenario, scenario.runs().get(runIndex), TraceListener.NONE);
            JsonNode engine = JSON.readTree(ReportJson.render(new ScenarioReport(scenario.name(), ClockKind.VIRTUAL, List.of(ours))))
                    .path("runs").path(0);
            return new Finding.Compared(version, ReportComparison.compare(engine, theirs));
        } catch (IOException e) {
            // python3 could not be started (e.g. a broken shim): the same advice as no python at all.
            return new Finding.Failed("", Msg.of("verify.failed.start", Exporter.reason(e)), "");
        }
    }

    /**
     * A Java run: its program ({@link JavaProgram}) under a JDK 25 launcher, {@code java --enable-preview --source 25
     * Run.java --json}, in real time; its summary compared with the simulation, times within a tolerance.
     */
    private Finding checkJava(Scenario scenario, int runIndex) throws IOException, InterruptedException {
        var exe = jdk.find();
        if (exe.isEmpty()) return new Finding.NoJdk();
        String launcher = exe.get().toString();
        JavaRunSpec spec = JavaRunSpec.of(scenario.runs().get(runIndex));
        ScratchDirectory scratch = ScratchDirectory.create("gatherlab-verify");
        try (scratch) {
            Path dir = scratch.path();
            Path program = scratch.write(fileName, JavaProgram.generate(scenario.tasks(), scenario.seed(), spec, scenario.name()));
            ProcessRunner.Result r;
            try {
                r = runner.run(List.of(launcher, "--enable-preview", "--source", "25", program.toString(), "--json"), dir, timeout);
            } catch (TimeoutException e) {
                return new Finding.Failed("", Msg.of("verify.failed.timeout", launcher, timeout.toSeconds()), "");
            }
            if (r.exitCode() != 0) return new Finding.Failed("", Msg.of("verify.failed.exit", r.exitCode()), tail(r.stderr()));
            JsonNode theirs;
            try {
                theirs = JSON.readTree(r.stdout().strip().lines().reduce((a, b) -> b).orElse(""));
            } catch (IOException e) {
                return new Finding.Failed("", Msg.of("verify.failed.json"), tail(r.stdout()));
            }
            if (theirs == null || !theirs.isObject() || !"gatherlab/java-run@1".equals(theirs.path("format").asText())) {
                return new Finding.Failed("", Msg.of("verify.failed.json"), tail(r.stdout()));
            }
            String version = "JDK " + theirs.path("jdk").asText("?");
            JavaRun sim = JavaSimulation.run(scenario.tasks(), scenario.seed(), spec, new VirtualClock(), e -> { });
            return new Finding.Compared(version, JavaRunComparison.compare(sim, theirs, JavaRunComparison.TOLERANCE_MS));
        } catch (IOException e) {
            return new Finding.Failed("", Msg.of("verify.java.failed.start", launcher, Exporter.reason(e)), "");
        }
    }

    private static String tail(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
    }

    // ---------------------------------------------------------------------------------------------- results (model thread)

    private void show(Finding f) {
        last = f;
        running.set(false);
        switch (f) {
            case Finding.NoPython n -> state.set(State.NO_PYTHON);
            case Finding.NoJdk n -> state.set(State.NO_JDK);
            case Finding.TooOld t -> {
                pythonVersion.set(t.version());
                state.set(State.TOO_OLD);
            }
            case Finding.Failed x -> {
                pythonVersion.set(x.version());
                state.set(State.FAILED);
            }
            case Finding.Compared c -> {
                pythonVersion.set(c.version());
                int d = (int) c.rows().stream().filter(ReportComparison.Row::differs).count();
                differences.set(d);
                compared.set(c.rows().size());
                rows.setAll(shown(c.rows()));
                state.set(d == 0 ? State.MATCH : State.DIFFERS);
            }
        }
        reword();
    }

    private static List<ReportComparison.Row> shown(List<ReportComparison.Row> all) {
        if (all.size() <= MAX_ROWS) return all;
        List<ReportComparison.Row> out = new ArrayList<>();
        int equalRoom = MAX_ROWS - (int) all.stream().filter(ReportComparison.Row::differs).count();
        for (ReportComparison.Row r : all) {
            if (r.differs()) out.add(r);
            else if (equalRoom-- > 0) out.add(r);
        }
        return out;
    }

    private void reword() {
        Words m = messages.words();
        heading.set(label.isEmpty() ? m.text("verify.title") : m.format(keyFor(family, "verify.heading", "verify.java.heading"), runNumber, label));
        String python = pythonVersion.get();
        switch (state.get()) {
            case IDLE -> {
                message.set(m.text("verify.idle"));
                detail.set("");
            }
            case RUNNING -> {
                message.set(m.format(keyFor(family, "verify.running", "verify.java.running"), fileName));
                detail.set("");
            }
            case NO_PYTHON -> {
                message.set(m.text("verify.noPython"));
                detail.set(m.text("verify.install"));
            }
            case NO_JDK -> {
                message.set(m.text("verify.java.noJdk"));
                detail.set(m.text("verify.java.install"));
            }
            case TOO_OLD -> {
                message.set(m.format("verify.tooOld", python));
                detail.set(m.text("verify.install"));
            }
            case FAILED -> {
                Finding.Failed x = (Finding.Failed) last;
                message.set(m.text(x.reason()));
                detail.set(x.detail());
            }
            case MATCH -> {
                message.set(m.format(keyFor(family, "verify.match", "verify.java.match"), python, compared.get()));
                detail.set(hiddenNote(m));
            }
            case DIFFERS -> {
                String key = differences.get() == 1 ? keyFor(family, "verify.differs.one", "verify.java.differs.one")
                        : keyFor(family, "verify.differs", "verify.java.differs");
                message.set(m.format(key, differences.get(), compared.get(), python));
                detail.set(hiddenNote(m));
            }
        }
    }

    private String hiddenNote(Words m) {
        int hidden = compared.get() - rows.size();
        return hidden > 0 ? m.format("verify.hidden", hidden) : "";
    }
}
