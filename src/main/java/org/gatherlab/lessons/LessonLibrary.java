package org.gatherlab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lessons in teaching order, as {@code assets/lessons/index.json} lists them. {@link #builtIn()} reads
 * them from the module's resources once; {@link #load} reads them through any {@link Resources} (the tests
 * use it for broken lessons).
 */
public final class LessonLibrary {
    /** Where the built-in lessons live, inside the module and in the source tree. */
    public static final String FOLDER = "assets/lessons/";
    public static final String INDEX = "index.json";
    public static final String INDEX_FORMAT = "gatherlab/lesson-index@1";
    public static final String LESSON_SUFFIX = ".lesson.json";

    /** Reads one file of the lesson folder by name; null when there is no such file. */
    @FunctionalInterface
    public interface Resources {
        String read(String name) throws IOException;
    }

    private static LessonLibrary builtIn;

    private final List<Lesson> lessons;

    private LessonLibrary(List<Lesson> lessons) { this.lessons = List.copyOf(lessons); }

    /** The lessons shipped in the module; read on first use and then shared (lessons are immutable). */
    public static synchronized LessonLibrary builtIn() {
        if (builtIn == null) builtIn = load(LessonLibrary::readResource, FOLDER);
        return builtIn;
    }

    /**
     * Reads the index and every lesson it lists, with its scenario. Problems are labelled
     * {@code folderLabel + file name}; all of them are collected and thrown together.
     */
    public static LessonLibrary load(Resources resources, String folderLabel) {
        List<String> problems = new ArrayList<>();
        String indexLabel = folderLabel + INDEX;
        JsonNode index = LessonReader.readJson(read(resources, INDEX, indexLabel, problems), indexLabel, problems);
        List<String> ids = index == null ? List.of() : LessonReader.indexIds(index, indexLabel, problems);
        List<Lesson> lessons = new ArrayList<>();
        for (String id : ids) {
            String file = id + LESSON_SUFFIX;
            String text = read(resources, file, folderLabel + file, problems);
            if (text == null) continue;
            Lesson lesson = new LessonReader(id, folderLabel, resources, problems).read(text);
            if (lesson != null) lessons.add(lesson);
        }
        if (!problems.isEmpty()) throw new LessonException(problems);
        return new LessonLibrary(lessons);
    }

    public List<Lesson> lessons() { return lessons; }

    public int size() { return lessons.size(); }

    public Optional<Lesson> byId(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The ids in teaching order. */
    public List<String> ids() { return lessons.stream().map(Lesson::id).toList(); }

    /** Every language in which every lesson has a text. */
    public Set<String> languages() {
        Set<String> common = null;
        for (Lesson l : lessons) {
            if (common == null) common = new HashSet<>(l.texts().keySet());
            else common.retainAll(l.texts().keySet());
        }
        return common == null ? Set.of() : Set.copyOf(common);
    }

    private static String read(Resources resources, String name, String label, List<String> problems) {
        try {
            String text = resources.read(name);
            if (text == null) problems.add(label + ": file not found");
            return text;
        } catch (IOException e) {
            problems.add(label + ": cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static String readResource(String name) throws IOException {
        try (InputStream in = LessonLibrary.class.getResourceAsStream("/" + FOLDER + name)) {
            if (in == null) return null;
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        }
    }
}
