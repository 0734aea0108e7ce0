package org.gatherlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.Strategy;
import org.gatherlab.report.TypicalReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatherlabCliTest {
    @TempDir Path dir;

    record Result(int status, String out, String err) {
        List<String> errLines() { return err.lines().toList(); }

        Result withOut(String text) { return new Result(status, text, err); }
    }

    /**
     * A scenario file here is one line: the scenario's name, or "BAD" for a file with two validation
     * problems. Its runs are always sequential then gather; a scenario named "BUG" makes the runner throw.
     */
    static final CliServices FAKES = new CliServices(
            file -> {
                String text;
                try {
                    text = Files.readString(file).strip();
                } catch (IOException e) {
                    throw new BadInputException(file + ": cannot be read: " + Backends.reason(e));
                }
                if (text.equals("BAD")) {
                    throw new BadInputException(List.of(file + ": tasks[2].durationMs: must be between 0 and 3600000, got -5",
                            file + ": runs[0].strategy: must be one of sequential, gather, taskgroup, wait, as_completed, cf-allof, cf-anyof, invoke-all, invoke-any, structured, got \"x\""));
                }
                return Scenario.of(text, TypicalReports.THREE_DOWNLOADS, List.of(RunSpec.of(Strategy.SEQUENTIAL), RunSpec.of(Strategy.GATHER)));
            },
            (scenario, sink) -> {
                for (RunReport run : fakeRun(scenario).runs()) sink.accept(run);
            },
            (scenario, sink) -> { throw new UnsupportedOperationException("no real clock in tests"); },
            (scenario, runIndex) -> "# run " + runIndex + " of " + scenario.name() + "\nimport asyncio\n");

    static ScenarioReport fakeRun(Scenario scenario) {
        if (scenario.name().equals("BUG")) throw new IllegalStateException("the engine tripped");
        List<RunReport> both = TypicalReports.sequentialAndGather().runs();
        List<RunReport> runs = new ArrayList<>();
        for (RunSpec run : scenario.runs()) runs.add(run.strategy() == Strategy.SEQUENTIAL ? both.get(0) : both.get(1));
        return new ScenarioReport(scenario.name(), TypicalReports.sequentialAndGather().clock(), runs);
    }

    Result gatherlab(CliServices services, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return gatherlab(services, out, args).withOut(out.toString(StandardCharsets.UTF_8));
    }

    /** Runs the command line with {@code stdout} as its standard output; the result's {@code out} is empty. */
    static Result gatherlab(CliServices services, OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        int status = new GatherlabCli(services).execute(args, stdout, new PrintWriter(err));
        return new Result(status, "", err.toString());
    }

    Result gatherlab(String... args) {
        return gatherlab(FAKES, args);
    }

    String file(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> dirListing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void runPrintsTheTextReportOfEveryRun() {
        Result r = gatherlab("run", file("a.gather.json", "Three downloads"));
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Scenario: Three downloads"), r.out());
        assertTrue(r.out().contains("Run 1: sequential") && r.out().contains("Run 2: gather()"), r.out());
    }

    @Test
    void strategyKeepsOnlyTheNamedRuns() throws Exception {
        Result r = gatherlab("run", file("a.gather.json", "Three downloads"), "--strategy", "gather", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(1, report.get("runs").size());
        assertEquals("gather", report.at("/runs/0/strategy").asText());
    }

    @Test
    void jsonOfSeveralFilesIsAnArrayInTheOrderGiven() throws Exception {
        Result r = gatherlab("run", file("a.gather.json", "First"), file("b.gather.json", "Second"), "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertTrue(all.isArray());
        assertEquals("First", all.get(0).get("scenario").asText());
        assertEquals("Second", all.get(1).get("scenario").asText());
    }

    @Test
    void textOfSeveralFilesNamesEachFile() {
        String a = file("a.gather.json", "First"), b = file("b.gather.json", "Second");
        Result r = gatherlab("run", a, b);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("== " + a + " ==\nScenario: First") && r.out().contains("== " + b + " ==\nScenario: Second"), r.out());
    }

    @Test
    void csvAndSvgFormats() {
        Result csv = gatherlab("run", file("a.gather.json", "S"), "--format", "csv");
        assertEquals(0, csv.status(), csv.err());
        assertEquals(1 + 2 * 3, csv.out().split("\r\n").length);
        Result svg = gatherlab("run", file("b.gather.json", "S"), "--format", "svg");
        assertEquals(0, svg.status(), svg.err());
        assertTrue(svg.out().startsWith("<?xml") && svg.out().endsWith("</svg>\n"));
    }

    @Test
    void aMissingFileIsBadInputOnOneLine() {
        String missing = dir.resolve("missing.gather.json").toString();
        Result r = gatherlab(Backends.production(), "run", missing);
        assertEquals(2, r.status());
        assertEquals(List.of(missing + ": cannot be read: no such file"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void validationProblemsAreEachOneLineAndNothingIsPrinted() {
        String bad = file("bad.gather.json", "BAD");
        Result r = gatherlab("run", file("good.gather.json", "fine"), bad);
        assertEquals(2, r.status());
        assertEquals(List.of(bad + ": tasks[2].durationMs: must be between 0 and 3600000, got -5",
                bad + ": runs[0].strategy: must be one of sequential, gather, taskgroup, wait, as_completed, cf-allof, cf-anyof, invoke-all, invoke-any, structured, got \"x\""), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownFormatIsBadInput() {
        Result r = gatherlab("run", file("a.gather.json", "S"), "--format", "xml");
        assertEquals(2, r.status());
        assertEquals(List.of("--format: must be one of text, json, csv, svg, got \"xml\""), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownStrategyOrClockIsBadInputAndEveryProblemIsListed() {
        String missing = dir.resolve("nope.json").toString();
        Result r = gatherlab("run", missing, "--strategy", "gaather", "--clock", "wall");
        assertEquals(2, r.status());
        assertEquals(List.of("--clock: must be virtual or real, got \"wall\"",
                "--strategy: must be one of sequential, gather, taskgroup, wait, as_completed, cf-allof, cf-anyof, invoke-all, invoke-any, structured, got \"gaather\"",
                missing + ": cannot be read: no such file"), r.errLines());
    }

    @Test
    void aStrategyNoRunOfTheFileUsesIsBadInput() {
        String a = file("a.gather.json", "S");
        Result r = gatherlab("run", a, "--strategy", "gather", "--strategy", "wait");
        assertEquals(2, r.status());
        assertEquals(List.of(a + ": runs: no run uses strategy \"wait\" (--strategy wait)"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void commandLineSyntaxErrorsAreBadInputOnOneLine() {
        Result unknown = gatherlab("run", file("a.gather.json", "S"), "--colour");
        assertEquals(2, unknown.status());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        assertTrue(unknown.err().startsWith("gatherlab run: Unknown option: '--colour'"), unknown.err());
        Result noFile = gatherlab("run");
        assertEquals(2, noFile.status());
        assertEquals(1, noFile.errLines().size(), noFile.err());
        Result noCommand = gatherlab("--strategy", "gather");
        assertEquals(2, noCommand.status());
    }

    @Test
    void outputGoesToTheFileAndNotToStdout() throws Exception {
        Path out = dir.resolve("report.json");
        Result r = gatherlab("run", file("a.gather.json", "S"), "--format", "json", "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).startsWith("{\n  \"format\": \"gatherlab/report@1\""));
        assertEquals(List.of("a.gather.json", "report.json"), dirListing(), "no temporary file is left behind");
    }

    @Test
    void badInputLeavesNoOutputFile() throws Exception {
        Path out = dir.resolve("report.txt");
        Result r = gatherlab("run", file("bad.gather.json", "BAD"), "-o", out.toString());
        assertEquals(2, r.status());
        assertFalse(Files.exists(out));
        assertEquals(List.of("bad.gather.json"), dirListing());
    }

    @Test
    void aFailedRunLeavesAnExistingOutputFileUntouched() throws Exception {
        Path out = dir.resolve("report.txt");
        Files.writeString(out, "the previous report\n");
        Result bad = gatherlab("run", file("bad.gather.json", "BAD"), "-o", out.toString());
        assertEquals(2, bad.status());
        Result bug = gatherlab("run", file("bug.gather.json", "BUG"), "-o", out.toString());
        assertEquals(1, bug.status());
        assertEquals("the previous report\n", Files.readString(out));
        assertEquals(List.of("bad.gather.json", "bug.gather.json", "report.txt"), dirListing());
    }

    @Test
    void theReportNeverOverwritesItsInput() throws Exception {
        String a = file("a.gather.json", "S");
        Result r = gatherlab("run", a, "-o", a);
        assertEquals(2, r.status());
        assertEquals(List.of(a + ": refusing to write the report over its own input file"), r.errLines());
        assertEquals("S", Files.readString(Path.of(a)));
    }

    @Test
    void anOutputDirectoryThatDoesNotExistIsBadInput() {
        String out = dir.resolve("no/such/dir/report.txt").toString();
        Result r = gatherlab("run", file("a.gather.json", "S"), "-o", out);
        assertEquals(2, r.status());
        assertEquals(List.of(out + ": cannot write the report: no such directory"), r.errLines());
    }

    @Test
    void aBugExitsOneWithTheStackTrace() {
        Result r = gatherlab("run", file("bug.gather.json", "BUG"));
        assertEquals(1, r.status());
        assertTrue(r.err().contains("java.lang.IllegalStateException: the engine tripped"), r.err());
        assertTrue(r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void codePrintsTheProgramOfTheChosenRun() {
        String a = file("a.gather.json", "S");
        assertEquals(new Result(0, "# run 0 of S\nimport asyncio\n", ""), gatherlab("code", a));
        assertEquals(new Result(0, "# run 1 of S\nimport asyncio\n", ""), gatherlab("code", a, "--run", "2"));
    }

    @Test
    void codeRefusesARunThatIsNotThere() {
        String a = file("a.gather.json", "S");
        Result r = gatherlab("code", a, "--run", "3");
        assertEquals(2, r.status());
        assertEquals(List.of(a + ": runs: --run 3 is out of range: the file has 2 runs, numbered from 1"), r.errLines());
        assertEquals(2, gatherlab("code", a, "--run", "0").status());
        Result notANumber = gatherlab("code", a, "--run", "two");
        assertEquals(2, notANumber.status());
        assertEquals(1, notANumber.errLines().size(), notANumber.err());
    }

    @Test
    void versionAndHelp() {
        assertEquals(new Result(0, "gatherlab 0.1.0\n", ""), gatherlab("--version"));
        Result help = gatherlab("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("run") && help.out().contains("code"), help.out());
        Result runHelp = gatherlab("run", "--help");
        assertEquals(0, runHelp.status());
        assertTrue(runHelp.out().contains("a JSON array of report objects"), runHelp.out());
        assertTrue(runHelp.out().contains("--strategy=S"), runHelp.out());
    }
}
