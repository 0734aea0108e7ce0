package org.gatherlab.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard output as a stream whose failures are seen: {@code System.out} is a
 * {@link java.io.PrintStream}, which swallows every error, so a report sent to a full disk, a closed
 * descriptor or a dead pipe would vanish with exit 0.
 */
public final class StandardOutput {
    private StandardOutput() {}

    /** File descriptor 1, unbuffered (the writers on top buffer). */
    public static OutputStream open() {
        return new Descriptor1();
    }

    /**
     * A failed write to a pipe means its reader closed it (EPIPE): the JDK says so only in words, in the C
     * library's language, so a failure on a descriptor 1 that is a pipe is marked as such here.
     */
    private static final class Descriptor1 extends OutputStream {
        private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw isPipe() ? new ReaderGone(e) : e;
            }
        }

        private static boolean isPipe() {
            try {
                return Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
            } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
                return false;
            }
        }
    }

    private static final class ReaderGone extends IOException {
        ReaderGone(IOException cause) { super("Broken pipe", cause); }
    }

    /** What a command writes: text to a writer that may fail. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes UTF-8 text to {@code stream}; a failure names {@code what} ("the report", "the program"). */
    static void write(OutputStream stream, String what, Text text) throws OutputFailure {
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            text.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw failure("cannot write " + what + " to standard output", e);
        }
    }

    static OutputFailure failure(String doing, IOException e) {
        return new OutputFailure("gatherlab: " + doing + ": " + Backends.reason(e), readerGone(e));
    }

    /** Whether the write failed because a pipe's reader closed it (EPIPE). */
    static boolean readerGone(IOException e) {
        return e instanceof ReaderGone || "Broken pipe".equalsIgnoreCase(e.getMessage());
    }
}
