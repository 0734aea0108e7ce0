package org.gatherlab.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file beside it, which is then renamed
 * over it. A reader (or a crash) sees the old file or the new one, never half of one; on any failure the
 * old file is untouched and the temporary file is gone. Every file GatherLab writes goes through here:
 * scenarios, {@code gatherlab run -o}, and the app's exports.
 */
public final class AtomicFileWriter {
    /** The two steps that touch the disk, apart so a test can make either fail. */
    interface Steps {
        void write(Path temp, byte[] bytes) throws IOException;

        void move(Path temp, Path target) throws IOException;
    }

    static final Steps DISK = new Steps() {
        @Override
        public void write(Path temp, byte[] bytes) throws IOException {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) channel.write(buffer);
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

    private final Steps steps;

    AtomicFileWriter(Steps steps) { this.steps = steps; }

    /** Replaces {@code target} (or creates it) with {@code bytes}, all at once or not at all. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        new AtomicFileWriter(DISK).write(target, bytes);
    }

    void write(Path target, byte[] bytes) throws IOException {
        // Through a symbolic link: renaming over the link would replace the link, not the file it names.
        Path file = (Files.isSymbolicLink(target) ? target.toRealPath() : target).toAbsolutePath();
        Path temp = createTemp(file);
        try {
            keepPermissions(file, temp);
            steps.write(temp, bytes);
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
     * Same directory (a rename cannot cross file systems), hidden name, and created with the default
     * permissions: {@code Files.createTempFile} would make it owner-only, and the saved file with it.
     */
    private static Path createTemp(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temp = file.resolveSibling("." + file.getFileName() + "." + suffix + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            }
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
