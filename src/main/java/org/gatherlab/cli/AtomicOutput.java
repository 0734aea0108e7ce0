package org.gatherlab.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code -o OUT} all at once or not at all: the text goes to a temporary file beside OUT, is
 * flushed to disk, then renamed over OUT. A reader never sees half a report, and a failure leaves
 * whatever was at OUT untouched.
 */
final class AtomicOutput {
    private AtomicOutput() {}

    /** Problems that would make the write fail, found before any work is done. */
    static List<String> check(Path out, List<Path> inputs) {
        List<String> problems = new ArrayList<>();
        Path dir = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) problems.add(out + ": cannot write the report: it is a directory");
        else if (dir == null || !Files.isDirectory(dir)) problems.add(out + ": cannot write the report: no such directory");
        else if (!Files.isWritable(dir)) problems.add(out + ": cannot write the report: the directory is not writable");
        for (Path in : inputs) {
            try {
                if (Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out)) {
                    problems.add(out + ": refusing to write the report over its own input file");
                }
            } catch (IOException e) {
                // Unreadable inputs are reported when they are read.
            }
        }
        return problems;
    }

    static void write(Path out, String text) throws IOException {
        Path target = out.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) ch.write(bytes);
                ch.force(true);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A temp file is private (rw-------); the report gets the old file's permissions, or rw-r--r--. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) == null) return;
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }
}
