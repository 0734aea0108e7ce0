package org.gatherlab.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A fresh temporary directory that holds one generated program while it runs, deleted with everything in it when
 * closed: a program is only ever run from a directory of its own, never from where the user keeps files.
 */
public final class ScratchDirectory implements AutoCloseable {
    private final Path path;

    private ScratchDirectory(Path path) { this.path = path; }

    /** A new empty directory under the system's temporary folder, its name starting with {@code prefix}. */
    public static ScratchDirectory create(String prefix) throws IOException {
        return new ScratchDirectory(Files.createTempDirectory(prefix));
    }

    public Path path() { return path; }

    /** Writes {@code text} (UTF-8) to {@code fileName} inside the directory; returns the file. */
    public Path write(String fileName, String text) throws IOException {
        Path file = path.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Override
    public void close() { deleteQuietly(path); }

    /** Deletes {@code dir} and everything in it; what cannot be deleted stays (a leftover temporary file is harmless). */
    public static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // already gone, or unreadable: nothing more to do
        }
    }
}
