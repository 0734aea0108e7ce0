package org.gatherlab.app.shell;

import org.gatherlab.soak.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances as two processes: the operating system's lock, not anything in this JVM, tells a running
 * instance from a gone one. While the other process lives its work is never offered; once it is killed
 * (SIGKILL: no clean-up of any kind) the work is offered, exactly as it autosaved it; a clean exit leaves none.
 */
class RecoveryInstancesProcessTest {
    @TempDir Path home;

    private record Child(Process process, Path directory) {}

    private Child startInstance(double mark) throws Exception {
        Process p = new ProcessBuilder(ChildJvm.command(RecoveryInstanceMain.class, List.of(), home.toString(), String.valueOf(mark)))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertTrue(line != null && line.startsWith("ready "), "the instance did not start: " + line);
        return new Child(p, Path.of(line.substring("ready ".length())));
    }

    @Test
    void recoveryIsOfferedOnlyOnceTheOtherProcessIsGone() throws Exception {
        Child other = startInstance(42);
        try (RecoveryStore mine = RecoveryStore.open(home)) {
            assertEquals(Optional.empty(), mine.find(), "the other instance is running: its work is its own");

            other.process().destroyForcibly();   // SIGKILL
            assertTrue(other.process().waitFor(30, TimeUnit.SECONDS));
            RecoveryStore.Entry e = mine.find().orElseThrow(() -> new AssertionError("the killed instance's work is not offered"));
            assertEquals(other.directory(), e.directory());
            assertEquals(42, mine.read(e).scenario().tasks().getFirst().durationMs());
        } finally {
            other.process().destroyForcibly();
        }
    }

    @Test
    void aCleanExitOfTheOtherProcessLeavesNothingToRecover() throws Exception {
        Child other = startInstance(7);
        other.process().getOutputStream().close();   // its input ends: it closes its store and exits
        assertTrue(other.process().waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, other.process().exitValue());
        assertFalse(Files.exists(other.directory()));
        try (RecoveryStore mine = RecoveryStore.open(home)) {
            assertEquals(Optional.empty(), mine.find());
        }
    }
}
