package org.gatherlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.gatherlab.scenario.AtomicFileWriter;

/**
 * Writes {@code -o OUT} all at once or not at all: the report streams into a temporary file beside OUT,
 * which is flushed to disk, then renamed over OUT. A reader never sees half a report, and a failure leaves
 * whatever was at OUT untouched. A FIFO is written into, as a shell's {@code > OUT} would (it holds no
 * file to replace); any other kind of file that is not a regular one (a device, a socket) is refused.
 */
final class AtomicOutput {
    private AtomicOutput() {}

    private static final int FILE_TYPE = 0170000, FIFO = 0010000;

    /** Problems that would make the write fail, found before any work is done. */
    static List<String> check(Path out, List<Path> inputs) {
        List<String> problems = new ArrayList<>();
        if (out.toString().isEmpty()) return List.of("-o: the file name is empty");
        String shown = out.toString();
        Path dir = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) problems.add(shown + ": cannot write the report: it is a directory");
        else if (isOther(out) && !isFifo(out)) problems.add(shown + ": cannot write the report: it is a device, not a file"
                + " (leave out -o and redirect standard output to write to a device)");
        else if (dir == null || !Files.isDirectory(dir)) problems.add(shown + ": cannot write the report: no such directory");
        else if (!Files.isWritable(dir) && !isFifo(out)) problems.add(shown + ": cannot write the report: the directory is not writable");
        for (Path in : inputs) {
            try {
                if (Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out)) {
                    problems.add(shown + ": refusing to write the report over its own input file");
                }
            } catch (IOException e) {
                // Unreadable inputs are reported when they are read.
            }
        }
        return problems;
    }

    /** Writes what {@code text} writes to OUT; a failure leaves OUT as it was (a FIFO's reader may have read part). */
    static void write(Path out, StandardOutput.Text text) throws BadInputException {
        try {
            if (isFifo(out)) {
                try (OutputStream fifo = Files.newOutputStream(out, StandardOpenOption.WRITE)) {
                    writeUtf8(fifo, text);
                }
            } else {
                AtomicFileWriter.replace(out, stream -> writeUtf8(stream, text));
            }
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot write the report: " + Backends.reason(e));
        }
    }

    private static void writeUtf8(OutputStream stream, StandardOutput.Text text) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        text.writeTo(writer);
        writer.flush();
    }

    private static boolean isOther(Path p) {
        try {
            return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).isOther();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isFifo(Path p) {
        try {
            return Files.getAttribute(p, "unix:mode") instanceof Integer mode && (mode & FILE_TYPE) == FIFO;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
