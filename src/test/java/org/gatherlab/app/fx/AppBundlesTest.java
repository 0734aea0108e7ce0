package org.gatherlab.app.fx;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app's two bundles ({@code assets/i18n/app.properties} and {@code app_es.properties}) against each other and
 * against the code: the same keys, nothing empty, the same placeholders, plurals in pairs, unique menu mnemonics,
 * every key the code or an FXML file names exists, and every key is named somewhere.
 *
 * <p>How keys are found in the code: every string literal in the app's sources (not the classroom's, whose keys are
 * in its own bundle) whose first segment is one of the bundles' namespaces ({@code menu.}, {@code outcome.}, ...), and
 * every {@code %key} of the FXML files (which may name a classroom key: the one {@link Words} reads both bundles). A literal passed to {@code count(...)} names the pair {@code KEY.one} /
 * {@code KEY.other}. Keys are always written out whole in the code (no {@code "lane." + name}), so this finds them all.
 */
class AppBundlesTest {
    private static final Path BUNDLES = Path.of("assets/i18n");
    private static final Path SOURCES = Path.of("src/main/java/org/gatherlab/app");
    private static final Path FXML = Path.of("fxml");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern COUNTED = Pattern.compile("\\bcount\\(\\s*\"([^\"]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

    private static Map<String, String> load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> m = new HashMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return m;
    }

    @Test
    void englishAndSpanishHaveTheSameKeysAndNoEmptyValue() throws IOException {
        Map<String, String> en = load("app.properties"), es = load("app_es.properties");
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(es.keySet()), "the same keys in both languages");
        List<String> empty = new ArrayList<>();
        for (var e : en.entrySet()) if (e.getValue().isBlank()) empty.add("en " + e.getKey());
        for (var e : es.entrySet()) if (e.getValue().isBlank()) empty.add("es " + e.getKey());
        assertEquals(List.of(), empty);
        assertTrue(en.size() > 400, en.size() + " keys");
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersAndPluralsComeInPairs() throws IOException {
        Map<String, String> en = load("app.properties"), es = load("app_es.properties");
        List<String> wrong = new ArrayList<>();
        for (String k : en.keySet()) {
            if (!placeholders(en.get(k)).equals(placeholders(es.getOrDefault(k, "")))) {
                wrong.add(k + ": " + en.get(k) + " / " + es.get(k));
            }
            if (k.endsWith(".one") && !en.containsKey(k.substring(0, k.length() - 4) + ".other")) wrong.add(k + " without .other");
            if (k.endsWith(".other") && !en.containsKey(k.substring(0, k.length() - 6) + ".one")) wrong.add(k + " without .one");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void menuMnemonicsAreUniqueInEachMenu() throws IOException {
        for (String file : List.of("app.properties", "app_es.properties")) {
            Map<String, String> b = load(file);
            Map<String, List<String>> byMenu = new HashMap<>();
            for (String k : b.keySet()) {
                if (!k.startsWith("menu.")) continue;
                String[] parts = k.split("\\.");
                byMenu.computeIfAbsent(parts.length == 2 ? "(menu bar)" : parts[1], x -> new ArrayList<>()).add(k);
            }
            for (var e : byMenu.entrySet()) {
                Map<Character, String> seen = new HashMap<>();
                for (String k : e.getValue()) {
                    String v = b.get(k);
                    int u = v.indexOf('_');
                    assertTrue(u >= 0 && u + 1 < v.length(), file + " " + k + " has no mnemonic: " + v);
                    String clash = seen.put(Character.toLowerCase(v.charAt(u + 1)), k);
                    assertTrue(clash == null, file + ": " + k + " and " + clash + " share a mnemonic in " + e.getKey());
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExistsAndEveryKeyIsNamed() throws IOException {
        Map<String, String> en = load("app.properties");
        // The one Words reads both bundles: an FXML file may name a classroom key too.
        // ... and the outcome vocabulary the reports share (report.OutcomeWords): the timeline names its keys too.
        Set<String> classroom = new TreeSet<>(load("classroom.properties").keySet());
        classroom.addAll(load("outcome.properties").keySet());
        Set<String> namespaces = new TreeSet<>();
        for (String k : en.keySet()) namespaces.add(k.substring(0, k.indexOf('.')));

        Set<String> named = new TreeSet<>();
        Set<String> counted = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/classroom/") && !p.getFileName().toString().startsWith("Classroom")).toList()) {
                String src = Files.readString(f);
                Matcher m = LITERAL.matcher(src);
                while (m.find()) if (namespaces.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) named.add(m.group(1));
                m = COUNTED.matcher(src);
                while (m.find()) counted.add(m.group(1));
            }
        }
        try (Stream<Path> files = Files.walk(FXML)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(f));
                while (m.find()) named.add(m.group(1));
            }
        }
        List<String> missing = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (String k : named) {
            if (counted.contains(k)) {
                for (String form : List.of(k + ".one", k + ".other")) {
                    if (!en.containsKey(form)) missing.add(form);
                    used.add(form);
                }
            } else {
                if (!en.containsKey(k) && !classroom.contains(k)) missing.add(k);
                used.add(k);
            }
        }
        assertEquals(List.of(), missing, "keys the code names that no bundle has");
        Set<String> unused = new TreeSet<>(en.keySet());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys nothing names");
        assertTrue(counted.size() > 20 && named.size() > 400, counted.size() + " counted, " + named.size() + " named");
    }

    @Test
    void theModuleFindsBothBundlesAndEnglishIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("es", "ES"));
            assertEquals("_File", Words.of(Locale.ENGLISH).text("menu.file"));
            assertEquals("_Archivo", Words.of(Locale.of("es", "MX")).text("menu.file"));
            assertEquals("_File", Words.of(Locale.GERMAN).text("menu.file"), "a language the app does not speak: English");
        } finally {
            Locale.setDefault(before);
        }
        Words es = Words.of(Words.SPANISH);
        assertEquals("Generadas 100.000 tareas con la semilla 7", es.count("editor.generated", 100_000, 7));
        assertEquals("Generated 1 task from seed 7", Words.english().count("editor.generated", 1, 7));
        assertEquals("⟦no.such.key⟧", es.text("no.such.key"));
    }

    private static Set<String> placeholders(String s) {
        Set<String> p = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) p.add(m.group(1));
        return p;
    }
}
