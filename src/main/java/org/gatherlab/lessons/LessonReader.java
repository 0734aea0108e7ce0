package org.gatherlab.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.scenario.Problem;
import org.gatherlab.scenario.ScenarioDocument;
import org.gatherlab.scenario.ScenarioException;
import org.gatherlab.scenario.ScenarioFiles;

/**
 * Reads one {@code *.lesson.json} (format in {@code assets/lessons/README.md}) and its scenario, adding one
 * line per problem ({@code file: json.path: what is wrong}) instead of stopping at the first. Unknown fields
 * are problems: a misspelt key would otherwise silently drop a text or a check.
 */
final class LessonReader {
    static final Pattern ID = Pattern.compile("[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    static final List<String> REQUIRED_LANGUAGES = List.of("en", "es");
    private static final Set<String> TOP_FIELDS = Set.of("format", "scenario", "focusRun", "options", "expect");
    private static final List<String> TEXT_FIELDS = List.of("title", "question", "myth", "lookAt", "rule");
    private static final Set<String> EXPECT_FIELDS = Set.of("run", "returnedAtMs", "settledAtMs", "outcome", "cancelled",
            "afterReturn", "completionOrder", "tasks");
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String id;
    private final String folderLabel;
    private final String label;
    private final LessonLibrary.Resources resources;
    private final List<String> problems;
    private Set<String> taskNames = Set.of();
    private int runCount;

    LessonReader(String id, String folderLabel, LessonLibrary.Resources resources, List<String> problems) {
        this.id = id;
        this.folderLabel = folderLabel;
        this.label = folderLabel + id + LessonLibrary.LESSON_SUFFIX;
        this.resources = resources;
        this.problems = problems;
    }

    /** The text as a JSON tree (an object), or null with a problem added. */
    static JsonNode readJson(String text, String label, List<String> problems) {
        if (text == null) return null;
        try {
            JsonNode node = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (node == null || !node.isObject()) {
                problems.add(label + ": must be a JSON object");
                return null;
            }
            return node;
        } catch (JacksonException e) {
            problems.add(label + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
            return null;
        }
    }

    /** The lesson ids the index lists, in teaching order. */
    static List<String> indexIds(JsonNode index, String label, List<String> problems) {
        format(index, LessonLibrary.INDEX_FORMAT, label, problems);
        for (String f : fieldNames(index)) {
            if (!f.equals("format") && !f.equals("lessons")) problems.add(label + ": " + f + ": unknown field");
        }
        JsonNode list = index.get("lessons");
        List<String> ids = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(label + ": lessons: must be a non-empty list of lesson ids");
            return ids;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String where = label + ": lessons[" + i + "]: ";
            if (!n.isTextual() || !ID.matcher(n.asText()).matches()) {
                problems.add(where + "must be a lesson id like \"01-some-name\", got " + n);
            } else if (!seen.add(n.asText())) {
                problems.add(where + "\"" + n.asText() + "\" is listed twice");
            } else {
                ids.add(n.asText());
            }
        }
        return ids;
    }

    Lesson read(String text) {
        int before = problems.size();
        JsonNode root = readJson(text, label, problems);
        if (root == null) return null;
        format(root, Lesson.FORMAT, label, problems);
        if (!ID.matcher(id).matches()) problem("", "the file name must be NN-slug" + LessonLibrary.LESSON_SUFFIX);

        String scenarioFile = string(root, "scenario");
        ScenarioDocument document = scenarioFile == null ? null : scenario(scenarioFile);
        if (document != null) {
            Scenario s = document.scenario();
            Set<String> names = new LinkedHashSet<>();
            for (TaskSpec t : s.tasks()) names.add(t.name());
            taskNames = names;
            runCount = s.runs().size();
        }

        Integer focusRun = null;
        JsonNode focus = root.get("focusRun");
        if (focus == null || !focus.canConvertToInt() || !focus.isIntegralNumber()) problem("focusRun", "must be an integer (a 0-based run index)");
        else if (document != null && (focus.asInt() < 0 || focus.asInt() >= runCount)) {
            problem("focusRun", "must be between 0 and " + (runCount - 1) + " (the scenario has " + runCount + " runs), got " + focus.asInt());
        } else focusRun = focus.asInt();

        Map<String, LessonText> texts = new LinkedHashMap<>();
        for (String f : fieldNames(root)) {
            if (TOP_FIELDS.contains(f)) continue;
            if (LANGUAGE.matcher(f).matches()) {
                LessonText t = text(root.get(f), f);
                if (t != null) texts.put(f, t);
            } else {
                problem(f, "unknown field (texts go under a language code such as \"en\" or \"es\")");
            }
        }
        for (String lang : REQUIRED_LANGUAGES) if (!root.has(lang)) problem(lang, "missing: every lesson has an English and a Spanish text");

        AnswerOptions options = options(root.get("options"));
        List<Expectation> expectations = expectations(root.get("expect"), focusRun);

        if (problems.size() > before || document == null || focusRun == null || options == null) return null;
        return new Lesson(id, scenarioFile, document, focusRun, texts, options, expectations);
    }

    private ScenarioDocument scenario(String file) {
        if (!file.endsWith(".gather.json") || file.contains("/") || file.contains("\\")) {
            problem("scenario", "must be the name of a *.gather.json file in the same folder, got \"" + file + "\"");
            return null;
        }
        String text;
        try {
            text = resources.read(file);
        } catch (java.io.IOException e) {
            problem("scenario", "\"" + file + "\" cannot be read: " + e.getMessage());
            return null;
        }
        if (text == null) {
            problem("scenario", "\"" + file + "\" not found");
            return null;
        }
        try {
            return ScenarioFiles.parse(text, folderLabel + file);
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) problems.add(p.toString());
            return null;
        }
    }

    private LessonText text(JsonNode node, String lang) {
        if (node == null || !node.isObject()) {
            problem(lang, "must be an object with " + String.join(", ", TEXT_FIELDS) + " and sources");
            return null;
        }
        for (String f : fieldNames(node)) {
            if (!TEXT_FIELDS.contains(f) && !f.equals("sources")) problem(lang + "." + f, "unknown field");
        }
        List<String> values = new ArrayList<>();
        for (String f : TEXT_FIELDS) values.add(nonBlank(node, f, lang + "." + f));
        List<LessonText.Source> sources = new ArrayList<>();
        JsonNode list = node.get("sources");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problem(lang + ".sources", "must be a non-empty list of {\"title\", \"url\"}");
        } else {
            for (int i = 0; i < list.size(); i++) {
                String path = lang + ".sources[" + i + "]";
                JsonNode s = list.get(i);
                if (!s.isObject()) {
                    problem(path, "must be an object {\"title\", \"url\"}");
                    continue;
                }
                for (String f : fieldNames(s)) if (!f.equals("title") && !f.equals("url")) problem(path + "." + f, "unknown field");
                String title = nonBlank(s, "title", path + ".title");
                String url = nonBlank(s, "url", path + ".url");
                if (url != null && !url.startsWith("https://")) problem(path + ".url", "must be an https:// link, got \"" + url + "\"");
                if (title != null && url != null) sources.add(new LessonText.Source(title, url));
            }
        }
        if (values.contains(null) || sources.isEmpty()) return null;
        return new LessonText(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4), sources);
    }

    private AnswerOptions options(JsonNode node) {
        if (node == null || !node.isObject()) {
            problem("options", "must be an object with returnedAtMs, outcome and cancelled");
            return null;
        }
        for (String f : fieldNames(node)) {
            if (!Set.of("returnedAtMs", "outcome", "cancelled").contains(f)) problem("options." + f, "unknown field");
        }
        int before = problems.size();
        List<Double> times = new ArrayList<>();
        JsonNode t = list(node, "returnedAtMs", "options.returnedAtMs");
        if (t != null) {
            for (int i = 0; i < t.size(); i++) {
                Double ms = time(t.get(i), "options.returnedAtMs[" + i + "]");
                if (ms != null) times.add(ms);
            }
            distinct(times, "options.returnedAtMs");
        }
        List<String> outcomes = new ArrayList<>();
        JsonNode o = list(node, "outcome", "options.outcome");
        if (o != null) {
            for (int i = 0; i < o.size(); i++) {
                String path = "options.outcome[" + i + "]";
                JsonNode n = o.get(i);
                if (!n.isTextual() || !(n.asText().startsWith(LessonAnswers.RETURNS) || n.asText().startsWith(LessonAnswers.RAISES))) {
                    problem(path, "must be a string starting with \"returns \" or \"raises \", got " + n);
                } else {
                    outcomes.add(n.asText());
                }
            }
            distinct(outcomes, "options.outcome");
        }
        List<Set<String>> sets = new ArrayList<>();
        JsonNode c = list(node, "cancelled", "options.cancelled");
        if (c != null) {
            for (int i = 0; i < c.size(); i++) {
                Set<String> s = names(c.get(i), "options.cancelled[" + i + "]");
                if (s != null) sets.add(s);
            }
            distinct(sets, "options.cancelled");
        }
        return problems.size() > before ? null : new AnswerOptions(times, outcomes, sets);
    }

    private List<Expectation> expectations(JsonNode node, Integer focusRun) {
        List<Expectation> out = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem("expect", "must be a non-empty list of run expectations");
            return out;
        }
        Set<Integer> runs = new HashSet<>();
        boolean focusPinned = false;
        for (int i = 0; i < node.size(); i++) {
            String path = "expect[" + i + "]";
            JsonNode e = node.get(i);
            if (!e.isObject()) {
                problem(path, "must be an object");
                continue;
            }
            for (String f : fieldNames(e)) if (!EXPECT_FIELDS.contains(f)) problem(path + "." + f, "unknown field");
            JsonNode r = e.get("run");
            if (r == null || !r.isIntegralNumber() || !r.canConvertToInt()) {
                problem(path + ".run", "must be an integer (a 0-based run index)");
                continue;
            }
            int run = r.asInt();
            if (runCount > 0 && (run < 0 || run >= runCount)) {
                problem(path + ".run", "must be between 0 and " + (runCount - 1) + ", got " + run);
                continue;
            }
            if (!runs.add(run)) problem(path + ".run", "run " + run + " already has an expectation");
            Double returnedAt = e.has("returnedAtMs") ? time(e.get("returnedAtMs"), path + ".returnedAtMs") : null;
            Double settledAt = e.has("settledAtMs") ? time(e.get("settledAtMs"), path + ".settledAtMs") : null;
            String outcome = e.has("outcome") ? nonBlank(e, "outcome", path + ".outcome") : null;
            Set<String> cancelled = e.has("cancelled") ? names(e.get("cancelled"), path + ".cancelled") : null;
            Set<String> afterReturn = e.has("afterReturn") ? names(e.get("afterReturn"), path + ".afterReturn") : null;
            Set<String> order = e.has("completionOrder") ? names(e.get("completionOrder"), path + ".completionOrder") : null;
            Map<String, Map<String, Object>> tasks = e.has("tasks") ? tasks(e.get("tasks"), path + ".tasks") : Map.of();
            if (focusRun != null && run == focusRun) {
                focusPinned = returnedAt != null && outcome != null && cancelled != null;
            }
            out.add(new Expectation(run, returnedAt, settledAt, outcome, cancelled, afterReturn,
                    order == null ? null : List.copyOf(order), tasks));
        }
        if (focusRun != null && !focusPinned) {
            problem("expect", "must pin returnedAtMs, outcome and cancelled of the focus run " + focusRun);
        }
        return out;
    }

    private Map<String, Map<String, Object>> tasks(JsonNode node, String path) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (!node.isObject()) {
            problem(path, "must be an object: task name -> {field: value}");
            return out;
        }
        for (String name : fieldNames(node)) {
            String taskPath = path + "." + name;
            if (!taskNames.isEmpty() && !taskNames.contains(name)) problem(taskPath, "no task of that name in the scenario");
            JsonNode fields = node.get(name);
            if (!fields.isObject()) {
                problem(taskPath, "must be an object: field -> expected value");
                continue;
            }
            Map<String, Object> expected = new LinkedHashMap<>();
            for (String f : fieldNames(fields)) {
                JsonNode v = fields.get(f);
                String p = taskPath + "." + f;
                switch (f) {
                    case "state" -> {
                        if (v.isTextual() && isState(v.asText())) expected.put(f, v.asText());
                        else problem(p, "must be succeeded, failed, cancelled or not-started, got " + v);
                    }
                    case "cancelCause" -> {
                        if (v.isNull()) expected.put(f, null);
                        else if (v.isTextual() && isCause(v.asText())) expected.put(f, v.asText());
                        else problem(p, "must be null, taskgroup, timeout, caller, self or exit, got " + v);
                    }
                    default -> {
                        if (!Expectation.TASK_FIELDS.containsKey(f)) problem(p, "unknown field (one of " + Expectation.TASK_FIELDS.keySet() + ")");
                        else if (v.isNull()) expected.put(f, null);
                        else {
                            Double ms = time(v, p);
                            if (ms != null) expected.put(f, ms);
                        }
                    }
                }
            }
            out.put(name, expected);
        }
        return out;
    }

    private Set<String> names(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            problem(path, "must be a list of task names");
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            if (!n.isTextual()) problem(path + "[" + i + "]", "must be a task name, got " + n);
            else if (!taskNames.isEmpty() && !taskNames.contains(n.asText())) problem(path + "[" + i + "]", "no task named \"" + n.asText() + "\" in the scenario");
            else if (!out.add(n.asText())) problem(path + "[" + i + "]", "\"" + n.asText() + "\" is listed twice");
        }
        return out;
    }

    private JsonNode list(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isArray() || n.size() < AnswerOptions.MIN || n.size() > AnswerOptions.MAX) {
            problem(path, "must be a list of " + AnswerOptions.MIN + " to " + AnswerOptions.MAX + " choices");
            return null;
        }
        return n;
    }

    private <T> void distinct(List<T> values, String path) {
        Set<T> seen = new HashSet<>();
        for (T v : values) if (!seen.add(v)) problem(path, "offers " + v + " twice");
    }

    private Double time(JsonNode n, String path) {
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble()) || n.asDouble() < 0) {
            problem(path, "must be a number of ms, 0 or more, got " + n);
            return null;
        }
        return n.asDouble();
    }

    private String string(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isTextual()) {
            problem(field, "must be a string");
            return null;
        }
        return n.asText();
    }

    private String nonBlank(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            problem(path, "must be a non-empty string");
            return null;
        }
        return n.asText();
    }

    private static void format(JsonNode root, String expected, String label, List<String> problems) {
        JsonNode f = root.get("format");
        if (f == null || !f.isTextual() || !f.asText().equals(expected)) {
            problems.add(label + ": format: must be \"" + expected + "\", got " + (f == null ? "nothing" : f.toString()));
        }
    }

    private static boolean isState(String s) {
        for (TaskState k : TaskState.values()) if (k.json().equals(s)) return true;
        return false;
    }

    private static boolean isCause(String s) {
        for (CancelCause k : CancelCause.values()) if (k.json().equals(s)) return true;
        return false;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    private void problem(String path, String message) {
        problems.add(label + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }
}
