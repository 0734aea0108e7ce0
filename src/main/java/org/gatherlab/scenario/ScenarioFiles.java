package org.gatherlab.scenario;

import org.gatherlab.engine.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reading, validating and writing {@code *.gather.json} scenario files
 * ({@code src/site/markdown/scenario-contract.md#scenario-file}).
 * Reading reports every problem of a file at once; writing refuses a scenario the reader would refuse, and
 * replaces the file atomically.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {}

    /** Reads a file, labelling problems with the path as given (so several files on a command line stay apart). */
    public static ScenarioDocument read(Path file) throws IOException, ScenarioException {
        return read(file, file.toString());
    }

    /**
     * Reads at most {@link ScenarioLimits#MAX_FILE_BYTES}: a bigger file (or an endless one, such as
     * {@code /dev/zero}) is refused before it is read whole.
     */
    public static ScenarioDocument read(Path file, String fileLabel) throws IOException, ScenarioException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isRegularFile() && attributes.size() > ScenarioLimits.MAX_FILE_BYTES) throw tooLarge(fileLabel);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(ScenarioLimits.MAX_FILE_BYTES + 1);
        }
        return parse(bytes, fileLabel);
    }

    /** Bytes as stored: strict UTF-8, a leading BOM ignored. */
    public static ScenarioDocument parse(byte[] bytes, String fileLabel) throws ScenarioException {
        if (bytes.length > ScenarioLimits.MAX_FILE_BYTES) throw tooLarge(fileLabel);
        return parse(Utf8Text.decode(bytes, fileLabel), fileLabel);
    }

    /** Text already decoded (a leading BOM is still ignored). */
    public static ScenarioDocument parse(String text, String fileLabel) throws ScenarioException {
        // Each char is at least one byte in the file, so this text could not have come from a file within the cap.
        if (text.length() > ScenarioLimits.MAX_FILE_BYTES) throw tooLarge(fileLabel);
        return ScenarioValidator.validate(JsonTreeReader.read(Utf8Text.withoutBom(text, fileLabel), fileLabel), fileLabel);
    }

    private static ScenarioException tooLarge(String fileLabel) {
        return new ScenarioException(new Problem(fileLabel, JsonPath.ROOT, "the file is larger than "
                + ScenarioLimits.bytes(ScenarioLimits.MAX_FILE_BYTES) + ", the most a scenario file may be"));
    }

    /** The file's text; checked by reading it back, so what is written can always be read. */
    public static String toJson(ScenarioDocument document, String fileLabel) throws ScenarioException {
        String text = ScenarioPrinter.print(ScenarioTreeBuilder.build(document));
        parse(text, fileLabel);
        return text;
    }

    public static String toJson(Scenario scenario, String fileLabel) throws ScenarioException {
        return toJson(ScenarioDocument.of(scenario), fileLabel);
    }

    /**
     * Every problem the reader would find in the scenario's file, in the reader's words; empty when it can be saved and
     * run. When every task is plainly valid ({@link PlainTasks}) only the rest of the file (its head, its runs and its
     * first task) is written and read back; otherwise, or if that has a problem, the whole file is, so the list is
     * always the whole file's.
     */
    public static List<Problem> problems(Scenario scenario, String fileLabel) {
        if (PlainTasks.plainlyValid(scenario)
                && problemsOfFile(scenario.withTasks(scenario.tasks().subList(0, 1)), fileLabel).isEmpty()) {
            return List.of();
        }
        return problemsOfFile(scenario, fileLabel);
    }

    /** What reading the scenario's whole file back finds: the editor's check as it was, kept to compare with. */
    static List<Problem> problemsOfFile(Scenario scenario, String fileLabel) {
        try {
            toJson(scenario, fileLabel);
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    /** Saves atomically; on failure (invalid scenario, I/O error) the file is left as it was. */
    public static void write(ScenarioDocument document, Path file) throws IOException, ScenarioException {
        write(document, file, AtomicFileWriter.DISK);
    }

    public static void write(Scenario scenario, Path file) throws IOException, ScenarioException {
        write(ScenarioDocument.of(scenario), file);
    }

    static void write(ScenarioDocument document, Path file, AtomicFileWriter.Steps steps) throws IOException, ScenarioException {
        String text = toJson(document, file.toString());
        new AtomicFileWriter(steps).write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
