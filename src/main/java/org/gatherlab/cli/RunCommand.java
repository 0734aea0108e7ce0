package org.gatherlab.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.report.ReportStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gatherlab run FILE...}: every check comes first (options, every file, every --strategy), then the
 * runs, each written out as soon as it is made and then dropped (a report of 100,000 tasks × 16 runs is
 * never held whole). So bad input never leaves a partial report; {@code -o OUT} gets all of it or nothing,
 * and a report that cannot be written is an error, never a silent exit 0.
 */
@Command(name = "run", mixinStandardHelpOptions = true, version = "gatherlab " + GatherlabCli.VERSION,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Runs every run of each scenario FILE (*.gather.json) and prints the report."},
        footerHeading = "%nWith several files:%n",
        footer = {
                "  text  each file's report in turn, under a '== FILE ==' line",
                "  json  a JSON array of report objects, in the order given",
                "        (with one file: the report object itself)",
                "  csv   one header; the 'scenario' column tells the files apart",
                "  svg   one picture, the scenarios stacked on one time axis",
                "%nExit status: 0 done; 2 bad input, nothing written (one line per problem",
                "on stderr: FILE: json.path: rule), or the report could not be written;",
                "141 the reader of a pipe stopped reading (as for SIGPIPE); 1 a bug in GatherLab",
                "(with a stack trace)."})
final class RunCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files to run.")
    private List<Path> files;

    @Option(names = "--strategy", paramLabel = "S",
            description = "Only the runs with this strategy (repeatable): sequential, gather, taskgroup, "
                    + "wait, as_completed. A strategy that no run of a file uses is an error.")
    private List<String> strategies = new ArrayList<>();

    @Option(names = "--clock", paramLabel = "CLOCK", defaultValue = "virtual",
            description = "virtual (exact, instant; the default) or real (measured, takes real time).")
    private String clock;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default: a table and a timeline for a terminal), json, csv or svg.")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the report to OUT instead of stdout: all of it, or nothing (OUT is then left as it was).")
    private Path output;

    private final CliServices services;
    private final OutputStream stdout;

    RunCommand(CliServices services, OutputStream stdout) {
        this.services = services;
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws BadInputException, OutputFailure {
        List<String> problems = new ArrayList<>();
        ReportFormat chosenFormat = attempt(problems, () -> ReportFormat.parse(format));
        CliServices.Runner runner = attempt(problems, this::runner);
        Set<Strategy> wanted = attempt(problems, this::strategies);
        if (output != null) problems.addAll(AtomicOutput.check(output, files));
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : files) {
            Scenario read = attempt(problems, () -> services.scenarios().read(file));
            boolean filter = read != null && wanted != null;
            scenarios.add(filter ? attempt(problems, () -> onlyWanted(file, read, wanted)) : read);
        }
        if (!problems.isEmpty()) throw new BadInputException(problems);

        ClockKind clockKind = clock.equals("real") ? ClockKind.REAL : ClockKind.VIRTUAL;
        StandardOutput.Text report = out -> {
            ReportStream stream = chosenFormat.stream(out, files.size() > 1);
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario s = scenarios.get(i);
                stream.begin(files.get(i).toString(), s.name(), clockKind, s.runs().size());
                runner.run(s, stream::run);
            }
            stream.finish();
        };
        if (output == null) StandardOutput.write(stdout, "the report", report);
        else AtomicOutput.write(output, report);
        return 0;
    }

    private CliServices.Runner runner() throws BadInputException {
        return switch (clock) {
            case "virtual" -> services.virtualClock();
            case "real" -> services.realClock();
            default -> throw new BadInputException("--clock: must be virtual or real, got \"" + clock + "\"");
        };
    }

    /** Null when every run is wanted. */
    private Set<Strategy> strategies() throws BadInputException {
        if (strategies.isEmpty()) return null;
        Set<Strategy> wanted = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String s : strategies) {
            Strategy match = Arrays.stream(Strategy.values()).filter(k -> k.json().equals(s)).findFirst().orElse(null);
            if (match != null) wanted.add(match);
            else problems.add("--strategy: must be one of " + Arrays.stream(Strategy.values()).map(Strategy::json)
                    .collect(Collectors.joining(", ")) + ", got \"" + s + "\"");
        }
        if (!problems.isEmpty()) throw new BadInputException(problems);
        return wanted;
    }

    private static Scenario onlyWanted(Path file, Scenario scenario, Set<Strategy> wanted) throws BadInputException {
        List<String> problems = new ArrayList<>();
        for (Strategy s : wanted) {
            if (scenario.runs().stream().noneMatch(r -> r.strategy() == s)) {
                problems.add(file + ": runs: no run uses strategy \"" + s.json() + "\" (--strategy " + s.json() + ")");
            }
        }
        if (!problems.isEmpty()) throw new BadInputException(problems);
        List<RunSpec> runs = scenario.runs().stream().filter(r -> wanted.contains(r.strategy())).toList();
        return scenario.withRuns(runs);
    }

    @FunctionalInterface
    private interface Check<T> {
        T get() throws BadInputException;
    }

    /** Runs one check, collecting its problems instead of stopping, so one pass reports all of them. */
    private static <T> T attempt(List<String> problems, Check<T> check) {
        try {
            return check.get();
        } catch (BadInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
