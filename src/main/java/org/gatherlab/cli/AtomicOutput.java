package org.gatherlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gatherlab.scenario.AtomicFileWriter;

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
        AtomicFileWriter.replace(out, text.getBytes(StandardCharsets.UTF_8));
    }
}
