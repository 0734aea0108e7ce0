package org.gatherlab.app.shell;

import org.gatherlab.scenario.ScenarioDocument;
import org.gatherlab.scenario.ScenarioException;
import org.gatherlab.scenario.ScenarioFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The autosave of one running instance, and the recovery of work whose instance is gone.
 *
 * <p>Each instance has a directory of its own under {@code HOME/}{@value #FOLDER}: its working scenario as a
 * scenario file ({@value #FILE}), the path of the file it came from ({@value #ORIGIN}), and {@value #LOCK}, which
 * the instance holds locked ({@link FileChannel#tryLock}) while it lives. The operating system drops the lock when
 * the process ends, however it ends, so a directory whose lock can be taken belongs to an instance that is gone:
 * only such work is offered for recovery, never that of an instance still running. A clean exit deletes the
 * directory. The single autosave of earlier versions ({@code HOME/}{@value #FILE}) counts as work of a gone
 * instance.
 *
 * <p>Writes, deletes and the close are serialised, so a write still in progress at exit cannot leave a file
 * behind after the close.
 */
public final class RecoveryStore implements AutoCloseable {
    public static final String FOLDER = "autosave";
    public static final String FILE = "autosave.gather.json";
    public static final String ORIGIN = "autosave.origin";
    public static final String LOCK = "instance.lock";
    private static final System.Logger LOG = System.getLogger(RecoveryStore.class.getName());

    /**
     * Work a gone instance left behind: its directory, its autosave, the file it came from (or null) and when it
     * was saved. This instance holds the entry's lock until it is {@link #adopt adopted} or {@link #discard
     * discarded}, so no other instance offers it meanwhile.
     */
    public record Entry(Path directory, Path file, Path origin, Instant savedAt) {}

    private final Path home;
    private final Path directory;
    private FileChannel lockChannel;
    private final Map<Path, FileChannel> claimed = new HashMap<>();
    private boolean closed;

    private RecoveryStore(Path home, Path directory, FileChannel lockChannel) {
        this.home = home;
        this.directory = directory;
        this.lockChannel = lockChannel;
    }

    /**
     * This instance's store under {@code home}: makes its directory and takes its lock. If that fails (a home that
     * cannot be written, a file system without locks) the store still works as far as it can, and says why in the
     * log; autosave failures then show in the status bar when they happen.
     */
    public static RecoveryStore open(Path home) {
        Path root = home.resolve(FOLDER);
        try {
            Files.createDirectories(root);
            Path dir = Files.createTempDirectory(root, "instance-");
            FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) throw new IOException("a new lock file is locked already: " + dir);
            return new RecoveryStore(home, dir, channel);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave without an instance lock under " + root, e);
            return new RecoveryStore(home, root.resolve("instance-unlocked-" + ProcessHandle.current().pid()), null);
        }
    }

    /** This instance's directory. */
    public Path directory() { return directory; }

    /** This instance's autosave. */
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

    /**
     * The newest work of a gone instance, claimed for this one, or empty. Older work of other gone instances stays
     * where it is, for the next start (one document at a time is all an editor can take). Directories of gone
     * instances with nothing in them are removed on the way.
     */
    public synchronized Optional<Entry> find() {
        if (closed) return Optional.empty();
        List<Claim> orphans = new ArrayList<>();
        Path root = home.resolve(FOLDER);
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
                for (Path dir : dirs) {
                    if (dir.equals(directory) || claimed.containsKey(dir)) continue;
                    claim(dir).ifPresent(orphans::add);
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot look for autosaves in " + root, e);
            }
        }
        if (Files.isRegularFile(home.resolve(FILE))) orphans.add(new Claim(entry(home), null));
        orphans.sort(Comparator.comparing((Claim c) -> c.entry().savedAt()).reversed());
        for (int i = 1; i < orphans.size(); i++) release(orphans.get(i).channel());
        if (orphans.isEmpty()) return Optional.empty();
        Claim newest = orphans.getFirst();
        if (newest.channel() != null) claimed.put(newest.entry().directory(), newest.channel());
        return Optional.of(newest.entry());
    }

    /** The scenario of a found entry. */
    public ScenarioDocument read(Entry entry) throws IOException, ScenarioException {
        return ScenarioFiles.read(entry.file(), FILE);
    }

    /**
     * Recovered work becomes this instance's: its autosave moves here in one step (so a crash at any moment leaves
     * it in one place or the other) and the gone instance's directory goes.
     */
    public synchronized void adopt(Entry entry) throws IOException {
        if (closed) return;
        Files.createDirectories(directory);
        Path origin = entry.directory().resolve(ORIGIN);
        if (Files.exists(origin)) Files.move(origin, directory.resolve(ORIGIN), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        else Files.deleteIfExists(directory.resolve(ORIGIN));
        Files.move(entry.file(), file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forget(entry);
    }

    /** Recovery declined, or the work could not be read: the gone instance's autosave is deleted. */
    public synchronized void discard(Entry entry) throws IOException {
        Files.deleteIfExists(entry.file());
        Files.deleteIfExists(entry.directory().resolve(ORIGIN));
        forget(entry);
    }

    /** Deletes this instance's autosave (after a save, a discard, New). Later writes still happen. */
    public synchronized void delete() throws IOException {
        Files.deleteIfExists(file());
        Files.deleteIfExists(directory.resolve(ORIGIN));
    }

    /** A clean exit: deletes this instance's autosave and directory, lets go of its lock, refuses every later write. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            delete();
            removeDirectory(directory);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete the autosave", e);
        }
        release(lockChannel);
        lockChannel = null;
        claimed.values().forEach(RecoveryStore::release);
        claimed.clear();
    }

    /**
     * What the operating system does when the process dies (tests of two instances in one JVM): the lock goes,
     * every file stays, later writes are refused.
     */
    synchronized void abandon() {
        closed = true;
        release(lockChannel);
        lockChannel = null;
        claimed.values().forEach(RecoveryStore::release);
        claimed.clear();
    }

    // ---- Internals -----------------------------------------------------------------------------------------

    private record Claim(Entry entry, FileChannel channel) {}

    /** A directory whose lock this instance could take, with an autosave in it; an empty one is removed. */
    private Optional<Claim> claim(Path dir) {
        FileChannel channel = null;
        try {
            // Never CREATE: a directory being removed by another instance is not brought back.
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                release(channel);   // another process holds it: that instance is alive
                return Optional.empty();
            }
            if (!Files.isRegularFile(dir.resolve(FILE))) {
                removeDirectory(dir);
                release(channel);
                return Optional.empty();
            }
            return Optional.of(new Claim(entry(dir), channel));
        } catch (OverlappingFileLockException alive) {
            release(channel);       // another store in this JVM holds it
            return Optional.empty();
        } catch (NoSuchFileException gone) {
            release(channel);       // being removed, or not an instance's directory
            return Optional.empty();
        } catch (IOException e) {
            release(channel);
            LOG.log(System.Logger.Level.WARNING, "cannot check the autosave in " + dir, e);
            return Optional.empty();
        }
    }

    private static Entry entry(Path dir) {
        Path f = dir.resolve(FILE);
        Path origin = null;
        Instant when = Instant.EPOCH;
        try {
            Path originFile = dir.resolve(ORIGIN);
            if (Files.isRegularFile(originFile)) {
                String text = Files.readString(originFile, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) origin = Path.of(text);
            }
            when = Files.getLastModifiedTime(f).toInstant();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave details unreadable in " + dir, e);
        }
        return new Entry(dir, f, origin, when);
    }

    /** Done with a claimed entry: its directory goes (unless it is the old single autosave's, the home). */
    private void forget(Entry entry) throws IOException {
        FileChannel channel = claimed.remove(entry.directory());
        if (!entry.directory().equals(home)) removeDirectory(entry.directory());
        release(channel);
    }

    /** Removes an instance's directory: what a write may leave (temporary files), then the lock, then the directory. */
    private static void removeDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) if (!f.getFileName().toString().equals(LOCK)) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir.resolve(LOCK));
        Files.deleteIfExists(dir);
    }

    private static void release(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();   // releases its lock
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not release an autosave lock", e);
        }
    }
}
