package org.gatherlab.app.shell;

import org.gatherlab.scenario.ScenarioDocument;
import org.gatherlab.scenario.ScenarioException;
import org.gatherlab.scenario.ScenarioFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

/**
 * The autosave: the working scenario as a scenario file ({@value #FILE}) in a directory of its own, and beside it
 * the path of the file it came from ({@value #ORIGIN}), if any. A clean exit deletes both; finding them at start
 * means the last session ended without one. Writes and the final delete are serialised, so a write still in
 * progress at exit cannot leave a file behind after the delete.
 */
public final class RecoveryStore {
    public static final String FILE = "autosave.gather.json";
    public static final String ORIGIN = "autosave.origin";

    /** What a previous session left behind. */
    public record Entry(Path file, Path origin, Instant savedAt) {}

    private final Path directory;
    private boolean closed;

    public RecoveryStore(Path directory) { this.directory = directory; }

    public Path directory() { return directory; }

    public Path file() { return directory.resolve(FILE); }

    /** Atomically replaces the autosave (same writer as Save); does nothing once closed. */
    public synchronized void write(ScenarioDocument document, Path origin) throws IOException, ScenarioException {
        if (closed) return;
        Files.createDirectories(directory);
        Path originFile = directory.resolve(ORIGIN);
        if (origin == null) {
            Files.deleteIfExists(originFile);
        } else {
            Path temp = directory.resolve(ORIGIN + ".tmp");
            Files.writeString(temp, origin.toAbsolutePath().toString(), StandardCharsets.UTF_8);
            Files.move(temp, originFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        ScenarioFiles.write(document, file());
    }

    public synchronized Optional<Entry> find() {
        Path f = file();
        if (!Files.isRegularFile(f)) return Optional.empty();
        Path origin = null;
        try {
            Path originFile = directory.resolve(ORIGIN);
            if (Files.isRegularFile(originFile)) {
                String text = Files.readString(originFile, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) origin = Path.of(text);
            }
            FileTime time = Files.getLastModifiedTime(f);
            return Optional.of(new Entry(f, origin, time.toInstant()));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Entry(f, origin, Instant.EPOCH));
        }
    }

    public ScenarioDocument read() throws IOException, ScenarioException {
        return ScenarioFiles.read(file(), FILE);
    }

    /** Deletes the autosave (after a save, a discard, New). Later writes still happen. */
    public synchronized void delete() throws IOException {
        Files.deleteIfExists(file());
        Files.deleteIfExists(directory.resolve(ORIGIN));
    }

    /** A clean exit: deletes the autosave and refuses every later write. */
    public synchronized void close() {
        closed = true;
        try {
            delete();
        } catch (IOException e) {
            System.getLogger(RecoveryStore.class.getName()).log(System.Logger.Level.WARNING, "could not delete the autosave", e);
        }
    }
}
