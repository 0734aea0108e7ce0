package org.gatherlab.app.classroom.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gatherlab.scenario.AtomicFileWriter;

/**
 * Every file the classroom writes (pictures, reports, programs) is written all at once or not at all, by the one
 * atomic writer the scenario files use: on any failure whatever was at the target is untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes the content to an open stream; may fail part-way. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new java.nio.file.NoSuchFileException(String.valueOf(dir), null, "no such folder");
        // The body may fail part-way: it writes to memory, and only a whole picture or report reaches the disk.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        body.writeTo(bytes);
        AtomicFileWriter.replace(target, bytes.toByteArray());
    }
}
