package org.gatherlab.soak;

import org.gatherlab.app.editor.DefaultScenario;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.shell.LanguageSetting;
import org.gatherlab.app.shell.RecoveryStore;
import org.gatherlab.app.shell.Settings;
import org.gatherlab.engine.Scenario;
import org.gatherlab.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app killed (SIGKILL) at a random moment while someone edits ({@link KillDriver} in a process of its own),
 * then the next start's recovery, as {@code DocumentModel.offerRecovery} does it. After every kill:
 * <ul>
 *   <li>the scenario file on disk reads, and is exactly the scenario of an edit that was saved;</li>
 *   <li>recovery offers exactly the scenario of one edit (no mix, no half), never older than the file;</li>
 *   <li>what survives (the recovered work, else the file) misses only edits made in the last autosave interval
 *       (plus {@value #SLACK_MS} ms for the write itself, plus any time the machine did not run the app at all,
 *       measured from the gaps between its edits).</li>
 * </ul>
 * A short version (2 kills, 1 s autosave) runs in CI. The full one, on demand:
 * <pre>nice -n 15 mvn -B -ntp test -Dgatherlab.aot.skip=true -Dtest=AutosaveKillTest -Dgatherlab.kill=true
 *     [-Dgatherlab.kill.times=100] [-Dgatherlab.kill.autosaveSeconds=5] [-Dgatherlab.kill.parallel=3]</pre>
 * writes {@code target/soak/kills.csv} (one row per kill) and {@code target/soak/kills-summary.txt}.
 */
class AutosaveKillTest {
    static final long SLACK_MS = 1500;
    private static final Path OUT = Path.of("target", "soak");

    /** Each kill's home, file, journal and the app's stderr, kept for a look when a kill fails. */
    private final Path dir = OUT.resolve("kills");

    /** One kill: what the journal, the file and recovery said. */
    record Kill(int cycle, long editedMs, int edits, int saves, int fileEdit, int recoveredEdit, long lostMs, long stallMs,
                int strayTemps) {
        String csv() {
            return cycle + "," + editedMs + "," + edits + "," + saves + "," + fileEdit + "," + (recoveredEdit < 0 ? "" : recoveredEdit)
                    + "," + lostMs + "," + stallMs + "," + strayTemps;
        }
    }

    @Test
    void twoKillsLoseAtMostTheLastAutosaveInterval() throws Exception {
        // Two: each is a JavaFX app starting in a JVM of its own (a few seconds of CPU on a quiet machine).
        List<Kill> kills = kills(2, 1, 2000, 4000, 3);
        assertTrue(kills.stream().anyMatch(k -> k.recoveredEdit() >= 0), "no kill came after an autosave: " + kills);
    }

    @Test
    @EnabledIfSystemProperty(named = "gatherlab.kill", matches = "true")
    void aHundredKills() throws Exception {
        int times = Integer.getInteger("gatherlab.kill.times", 100);
        int seconds = Integer.getInteger("gatherlab.kill.autosaveSeconds", Settings.AUTOSAVE_DEFAULT_SECONDS);
        long started = System.nanoTime();
        List<Kill> kills = kills(times, seconds, 200, 3 * seconds * 1000L, 100);
        long recovered = kills.stream().filter(k -> k.recoveredEdit() >= 0).count();
        List<Long> lost = kills.stream().map(Kill::lostMs).sorted().toList();
        String summary = String.format(Locale.ROOT, "%d kills in %.1f min, autosave every %d s: %d edits, %d saves; recovery offered "
                        + "after %d kills (exactly an edit's scenario every time), the file read and was a saved edit's every time; "
                        + "edits lost: median %d ms, worst %d ms of editing (bound %d ms + the longest stall of the app, worst %d ms); "
                        + "stray temporary files after a kill: max %d",
                times, (System.nanoTime() - started) / 6e10, seconds, kills.stream().mapToInt(Kill::edits).sum(),
                kills.stream().mapToInt(Kill::saves).sum(), recovered, lost.get(lost.size() / 2), lost.getLast(),
                seconds * 1000L + SLACK_MS, kills.stream().mapToLong(Kill::stallMs).max().orElse(0),
                kills.stream().mapToInt(Kill::strayTemps).max().orElse(0));
        Files.writeString(OUT.resolve("kills-summary.txt"), summary + "\n");
        System.out.println(summary);
    }

    /**
     * {@code times} kills, each after {@code minMs..maxMs} of editing, autosave every {@code seconds}; each kill's row is
     * appended to {@code target/soak/kills.csv} as soon as it is checked.
     */
    private List<Kill> kills(int times, int seconds, long minMs, long maxMs, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Files.createDirectories(OUT);
        Path csv = OUT.resolve("kills.csv");
        Files.writeString(csv, "kill,editedMs,edits,saves,fileEdit,recoveredEdit,lostMs,stallMs,strayTemps\n");
        // Kills in parallel lanes (-Dgatherlab.kill.parallel=N): most of a kill is the app's start, a JVM of its own, and
        // on a loaded machine a niced start waits for a core; N of them wait side by side. Each lane's app is as starved
        // as the machine makes it, and the loss bound counts that (the stall).
        int lanes = Math.max(1, Integer.getInteger("gatherlab.kill.parallel", 1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(lanes);
        List<java.util.concurrent.Future<Kill>> pending = new ArrayList<>();
        try {
            for (int i = 0; i < times; i++) {
                int cycle = i;
                long editMs = minMs + random.nextLong(maxMs - minMs + 1), driverSeed = random.nextLong();
                pending.add(pool.submit(() -> {
                    Kill k = killOnce(cycle, seconds, editMs, driverSeed);
                    synchronized (csv) {
                        Files.writeString(csv, k.csv() + "\n", java.nio.file.StandardOpenOption.APPEND);
                    }
                    return k;
                }));
            }
            List<Kill> kills = new ArrayList<>();
            for (java.util.concurrent.Future<Kill> f : pending) {
                try {
                    kills.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof Exception x) throw x;
                    throw (Error) e.getCause();
                }
            }
            return kills;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The app in a JVM of its own; C1 only, as the shipped launcher runs it: it starts faster and lives seconds. */
    private static List<String> driver(Path home, String... args) {
        return ChildJvm.command(KillDriver.class,
                List.of("-XX:TieredStopAtLevel=1", "-Dgatherlab.home=" + home, "-Dgatherlab.window=1280x800"), args);
    }

    private Kill killOnce(int cycle, int seconds, long editMs, long seed) throws Exception {
        Path base = dir.resolve("kill-" + cycle);
        if (Files.exists(base)) deleteTree(base);
        Files.createDirectories(base);
        Path home = Files.createDirectories(base.resolve("home"));
        Files.writeString(home.resolve("settings.properties"),
                LanguageSetting.KEY + "=en\n" + Settings.AUTOSAVE_SECONDS + "=" + seconds + "\n");
        Path file = base.resolve("class.gather.json");
        Scenario start = DefaultScenario.create();   // seed 0: edit 0, before any edit
        Files.writeString(file, ScenarioFiles.toJson(new Scenario(start.name(), start.description(), 0, start.tasks(), start.runs()), "class"));
        Path journal = base.resolve("journal.txt");

        Process p = new ProcessBuilder(driver(home, home.toString(), file.toString(), journal.toString(), String.valueOf(seed)))
                .redirectError(base.resolve("stderr.txt").toFile()).start();
        long killedAt;
        long readyAt;
        try {
            String ready = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("ready", ready, "the app did not start; see " + base.resolve("stderr.txt") + ":\n"
                    + (Files.exists(base.resolve("stderr.txt")) ? Files.readString(base.resolve("stderr.txt")) : ""));
            readyAt = System.currentTimeMillis();
            Thread.sleep(editMs);
            killedAt = System.currentTimeMillis();
        } finally {
            p.destroyForcibly();   // SIGKILL: no shutdown hook, no finally, no flush
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));

        // The journal: every edit's time and scenario, and the edits whose Save was asked for.
        Map<Integer, long[]> times = new HashMap<>();
        Map<Integer, String> shas = new HashMap<>();
        Set<Integer> saved = new HashSet<>(Set.of(0));
        int last = 0;
        for (String line : Files.readAllLines(journal)) {
            String[] f = line.split(" ");
            if (f.length == 4 && f[0].equals("E")) {
                int n = Integer.parseInt(f[1]);
                times.put(n, new long[] {Long.parseLong(f[2])});
                shas.put(n, f[3]);
                last = Math.max(last, n);
            } else if (f.length == 2 && f[0].equals("S")) {
                saved.add(Integer.parseInt(f[1]));
            }   // else: the line the kill cut short
        }

        // The file on disk: whole, and exactly what one Save wrote.
        Scenario onDisk = ScenarioFiles.read(file).scenario();
        int fileEdit = (int) onDisk.seed();
        assertTrue(saved.contains(fileEdit), "kill " + cycle + ": the file holds edit " + fileEdit + ", which was never saved");
        assertEquals(shas.get(fileEdit), KillDriver.sha(onDisk), "kill " + cycle + ": the file is not edit " + fileEdit + "'s scenario");

        // The next start: recovery, as the app offers it (the person says yes).
        int recoveredEdit = -1;
        Messages english = Messages.english();
        ScenarioEditorModel editor = new ScenarioEditorModel(BackgroundWork.direct(), () -> 1, english);
        try (RecoveryStore store = RecoveryStore.open(home)) {
            Recovery answers = new Recovery();
            new org.gatherlab.app.shell.DocumentModel(editor, BackgroundWork.direct(), answers, Settings.inMemory(), store, english)
                    .offerRecovery();
            assertTrue(answers.problems.isEmpty(), "kill " + cycle + ": recovery failed: " + answers.problems);
            if (answers.asked > 0) {
                Scenario recovered = editor.scenario();
                recoveredEdit = (int) recovered.seed();
                assertEquals(shas.get(recoveredEdit), KillDriver.sha(recovered),
                        "kill " + cycle + ": the recovered scenario is not exactly edit " + recoveredEdit + "'s");
                assertTrue(recoveredEdit >= fileEdit, "kill " + cycle + ": recovery offered edit " + recoveredEdit
                        + ", older than the file's " + fileEdit);
            }
        }
        int kept = Math.max(recoveredEdit, fileEdit);
        long lost = kept >= last ? 0 : killedAt - times.get(kept + 1)[0];
        // The app cannot autosave while the machine does not run it: a gap between two edits longer than the driver's
        // own pause (at most 250 ms) is time the app was starved (seen on a 2-core machine at load 25, niced), and
        // is added to the bound, and reported.
        long stall = 0;
        for (int n = 1; n <= last; n++) stall = Math.max(stall, times.get(n)[0] - times.get(n - 1)[0] - KillDriver.MAX_PAUSE_MS);
        long bound = seconds * 1000L + SLACK_MS + stall;
        assertTrue(lost <= bound, String.format(Locale.ROOT, "kill %d: kept edit %d of %d: %d ms of editing lost, more than %d ms "
                        + "(interval, slack, the app starved for %d ms)", cycle, kept, last, lost, bound, stall));
        return new Kill(cycle, killedAt - readyAt, last, saved.size() - 1, fileEdit, recoveredEdit, lost, stall, strayTemps(base));
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Temporary files a write killed half-way left beside the scenario (the next write removes them). */
    private static int strayTemps(Path base) throws Exception {
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(base, ".class.gather.json.gatherlab-*")) {
            for (Path ignored : files) n++;
        }
        return n;
    }

    /** The person at the next start: yes to recovery; anything else is a failure to report. */
    private static final class Recovery implements org.gatherlab.app.shell.Prompts {
        int asked;
        final List<String> problems = new ArrayList<>();

        @Override public SaveChoice askSaveChanges(String documentName) { throw new AssertionError("asked to save"); }

        @Override public java.util.Optional<Path> chooseFileToOpen(Path initialDirectory) { throw new AssertionError("asked to open"); }

        @Override public java.util.Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
            throw new AssertionError("asked to save as");
        }

        @Override public void showProblems(String title, String header, List<String> lines) { problems.add(header + " " + lines); }

        @Override public boolean askRecover(String header, String details) {
            asked++;
            return true;
        }
    }
}
