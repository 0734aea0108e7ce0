package org.gatherlab.scenario;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file beside it, which is then renamed
 * over it. A reader (or a crash) sees the old file or the new one, never half of one; on any failure the
 * old file is untouched and the temporary file is gone. Every file GatherLab writes goes through here:
 * scenarios, {@code gatherlab run -o}, and the app's exports.
 *
 * <p>The temporary file is {@code .NAME.gatherlab-PID-RANDOM.tmp} (NAME cut short so the whole stays within
 * the 255 bytes a file name may have). A process killed while writing cannot delete it, so each write first
 * removes such files of the same target whose process is gone.
 */
public final class AtomicFileWriter {
    /** What goes into the file, written straight to it (a report of hundreds of megabytes is never held whole). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The two steps that touch the disk, apart so a test can make either fail. */
    interface Steps {
        void write(Path temp, Content content) throws IOException;

        void move(Path temp, Path target) throws IOException;
    }

    static final Steps DISK = new Steps() {
        @Override
        public void write(Path temp, Content content) throws IOException {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                // On disk before the rename, or a crash could leave the new name pointing at an empty file.
                channel.force(true);
            }
        }

        @Override
        public void move(Path temp, Path target) throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(target.getParent());
        }

        /** Makes the rename itself survive a crash. Best effort: not every system can sync a directory. */
        private static void syncDirectory(Path directory) {
            try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | UnsupportedOperationException notSupported) {
                // The file is already replaced; only durability across a power cut is left to the system.
            }
        }
    };

    /** Longest file name, in bytes, on the file systems GatherLab runs on (ext4, btrfs, xfs, tmpfs). */
    private static final int NAME_MAX = 255;
    private static final String MARK = ".gatherlab-";

    private final Steps steps;

    AtomicFileWriter(Steps steps) { this.steps = steps; }

    /** Replaces {@code target} (or creates it) with {@code bytes}, all at once or not at all. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        replace(target, out -> out.write(bytes));
    }

    /** Replaces {@code target} (or creates it) with what {@code content} writes, all at once or not at all. */
    public static void replace(Path target, Content content) throws IOException {
        new AtomicFileWriter(DISK).write(target, content);
    }

    void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    void write(Path target, Content content) throws IOException {
        // Through a symbolic link: renaming over the link would replace the link, not the file it names.
        Path file = (Files.isSymbolicLink(target) ? target.toRealPath() : target).toAbsolutePath();
        refuseNonRegular(file);
        removeAbandoned(file);
        Path temp = createTemp(file);
        try {
            keepPermissions(file, temp);
            steps.write(temp, content);
            steps.move(temp, file);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Renaming over a device node, a FIFO or a socket would replace it with a plain file (as root, {@code /dev/null}
     * itself), so only a regular file, or nothing, may be there. (The command line writes into a FIFO itself,
     * as a shell's {@code > OUT} would, and never gets here with one.)
     */
    private static void refuseNonRegular(Path file) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return;
        }
        if (a.isDirectory()) throw new FileSystemException(file.toString(), null, "it is a folder, not a file");
        if (!a.isRegularFile()) throw new FileSystemException(file.toString(), null, "it is a device or a pipe, not a file");
    }

    /**
     * Same directory (a rename cannot cross file systems), hidden name, and created with the default
     * permissions: {@code Files.createTempFile} would make it owner-only, and the saved file with it.
     */
    private static Path createTemp(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = ProcessHandle.current().pid() + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
            Path temp = file.resolveSibling(prefix(file) + suffix);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            }
        }
    }

    /** {@code .NAME.gatherlab-}, with NAME cut (by whole characters) so that PID, random part and ".tmp" still fit. */
    private static String prefix(Path file) {
        String name = file.getFileName().toString();
        // 20 digits of PID at most, 13 base-36 digits, "-" and ".tmp".
        int room = NAME_MAX - 1 - MARK.length() - 20 - 1 - 13 - 4;
        while (name.getBytes(StandardCharsets.UTF_8).length > room) name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        return "." + name + MARK;
    }

    /** Deletes this target's temporary files left by processes that no longer run (killed mid-write). */
    private static void removeAbandoned(Path file) {
        Path dir = file.getParent();
        String prefix = prefix(file);
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "(\\d+)-[0-9a-z]+\\.tmp");
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(dir, entry -> entry.getFileName().toString().startsWith(prefix))) {
            for (Path candidate : candidates) {
                Matcher m = ours.matcher(candidate.getFileName().toString());
                if (m.matches() && !alive(m.group(1))) Files.deleteIfExists(candidate);
            }
        } catch (IOException | RuntimeException cleanupFailed) {
            // Only tidying: the write itself does not depend on it.
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }

    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (!Files.exists(file)) return;
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException notPosix) {
            // Nothing to keep on such a file system.
        }
    }
}
