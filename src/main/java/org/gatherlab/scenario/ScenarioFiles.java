package org.gatherlab.scenario;

import org.gatherlab.engine.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading, validating and writing {@code *.gather.json} scenario files (the contract's section 1).
 * Reading reports every problem of a file at once; writing refuses a scenario the reader would refuse, and
 * replaces the file atomically.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {}

    /** Reads a file, labelling problems with the path as given (so several files on a command line stay apart). */
    public static ScenarioDocument read(Path file) throws IOException, ScenarioException {
        return read(file, file.toString());
    }

    public static ScenarioDocument read(Path file, String fileLabel) throws IOException, ScenarioException {
        return parse(Files.readAllBytes(file), fileLabel);
    }

    /** Bytes as stored: strict UTF-8, a leading BOM ignored. */
    public static ScenarioDocument parse(byte[] bytes, String fileLabel) throws ScenarioException {
        return parse(Utf8Text.decode(bytes, fileLabel), fileLabel);
    }

    /** Text already decoded (a leading BOM is still ignored). */
    public static ScenarioDocument parse(String text, String fileLabel) throws ScenarioException {
        return ScenarioValidator.validate(JsonTreeReader.read(Utf8Text.withoutBom(text), fileLabel), fileLabel);
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
