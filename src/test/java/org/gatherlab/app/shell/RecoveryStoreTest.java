package org.gatherlab.app.shell;

import org.gatherlab.app.editor.DefaultScenario;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.scenario.ScenarioDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instances and their autosaves: two stores in one JVM hold separate locks, as two processes do (the
 * process-level check is {@link RecoveryInstancesProcessTest}). A store {@link RecoveryStore#abandon abandoned}
 * is what a killed instance leaves: its files, no lock.
 */
class RecoveryStoreTest {
    @TempDir Path home;

    private final List<RecoveryStore> open = new ArrayList<>();

    private RecoveryStore start() {
        RecoveryStore s = RecoveryStore.open(home);
        open.add(s);
        return s;
    }

    @org.junit.jupiter.api.AfterEach
    void closeAll() {
        open.forEach(RecoveryStore::close);
    }

    static ScenarioDocument marked(double firstDuration) {
        Scenario base = DefaultScenario.create();
        List<TaskSpec> tasks = new ArrayList<>(base.tasks());
        TaskSpec first = tasks.getFirst();
        tasks.set(0, new TaskSpec(first.name(), first.kind(), firstDuration, first.failureRate(), first.failAtMs(), first.cancelAtMs()));
        return ScenarioDocument.of(new Scenario(base.name(), base.description(), base.seed(), tasks, base.runs()));
    }

    private static double mark(RecoveryStore store, RecoveryStore.Entry e) throws Exception {
        return store.read(e).scenario().tasks().getFirst().durationMs();
    }

    @Test
    void eachInstanceHasItsOwnAutosaveAndLock() throws Exception {
        RecoveryStore a = start();
        RecoveryStore b = start();
        a.write(marked(1), null);
        b.write(marked(2), Path.of("/tmp/x.gather.json"));
        assertFalse(a.directory().equals(b.directory()));
        assertTrue(Files.exists(a.directory().resolve(RecoveryStore.LOCK)));
        assertEquals(Optional.empty(), a.find(), "b is alive");
        assertEquals(Optional.empty(), b.find(), "a is alive");
        assertEquals(Optional.empty(), start().find(), "a third instance sees two live ones");
    }

    @Test
    void theWorkOfAGoneInstanceIsOfferedOnceAndMovesToTheOneThatRecoversIt() throws Exception {
        RecoveryStore a = start();
        a.write(marked(11), Path.of("/tmp/lesson.gather.json"));
        a.abandon();

        RecoveryStore b = start();
        RecoveryStore.Entry e = b.find().orElseThrow();
        assertEquals(a.directory(), e.directory());
        assertEquals(Path.of("/tmp/lesson.gather.json"), e.origin());
        assertEquals(11, mark(b, e));
        assertEquals(Optional.empty(), start().find(), "claimed by b while b decides");

        b.adopt(e);
        assertFalse(Files.exists(a.directory()), "the gone instance's directory goes");
        assertEquals(11, b.read(new RecoveryStore.Entry(b.directory(), b.file(), null, Instant.EPOCH)).scenario().tasks().getFirst().durationMs());
        assertEquals("/tmp/lesson.gather.json", Files.readString(b.directory().resolve(RecoveryStore.ORIGIN)));
        assertEquals(Optional.empty(), start().find(), "b is alive: its adopted work is its own");
    }

    @Test
    void theNewestWorkIsOfferedFirstAndOlderWorkAtTheNextStart() throws Exception {
        RecoveryStore older = start();
        older.write(marked(1), null);
        Files.setLastModifiedTime(older.file(), FileTime.from(Instant.parse("2026-01-01T10:00:00Z")));
        older.abandon();
        RecoveryStore newer = start();
        newer.write(marked(2), null);
        Files.setLastModifiedTime(newer.file(), FileTime.from(Instant.parse("2026-01-01T11:00:00Z")));
        newer.abandon();

        RecoveryStore first = start();
        RecoveryStore.Entry e = first.find().orElseThrow();
        assertEquals(2, mark(first, e));
        first.discard(e);
        assertFalse(Files.exists(newer.directory()));
        first.abandon();   // killed before anything else: it had no work of its own

        RecoveryStore second = start();
        RecoveryStore.Entry e2 = second.find().orElseThrow();
        assertEquals(1, mark(second, e2));
        assertFalse(Files.exists(first.directory()), "a gone instance with no autosave is cleaned away");
    }

    @Test
    void aCleanExitLeavesNothing() throws Exception {
        RecoveryStore a = start();
        a.write(marked(3), Path.of("/tmp/y.gather.json"));
        a.close();
        assertFalse(Files.exists(a.directory()));
        a.write(marked(4), null);
        assertFalse(Files.exists(a.file()), "no write after the close");
        assertEquals(Optional.empty(), start().find());
    }

    @Test
    void theSingleAutosaveOfEarlierVersionsIsOfferedToo() throws Exception {
        Files.writeString(home.resolve(RecoveryStore.FILE), org.gatherlab.scenario.ScenarioFiles.toJson(marked(7), "old"));
        RecoveryStore b = start();
        RecoveryStore.Entry e = b.find().orElseThrow();
        assertEquals(7, mark(b, e));
        b.adopt(e);
        assertFalse(Files.exists(home.resolve(RecoveryStore.FILE)));
        assertTrue(Files.isDirectory(home), "the home itself stays");
    }
}
