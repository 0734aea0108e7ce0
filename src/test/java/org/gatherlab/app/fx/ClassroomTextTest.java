package org.gatherlab.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The two bundles: same keys, no empty values, same placeholders; lookup inside the named module. */
class ClassroomTextTest {

    private static Properties load(String file) throws IOException {
        try (InputStream in = ClassroomText.class.getResourceAsStream("/assets/i18n/" + file)) {
            assertNotNull(in, file + " is not in the module");
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        }
    }

    @Test void englishAndSpanishHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties en = load("classroom.properties"), es = load("classroom_es.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(es.stringPropertyNames());
        Set<String> onlyEs = new TreeSet<>(es.stringPropertyNames());
        onlyEs.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), onlyEn, "keys missing from classroom_es.properties");
        assertEquals(Set.of(), onlyEs, "keys missing from classroom.properties");
        List<String> empty = new ArrayList<>();
        for (Properties p : List.of(en, es)) {
            for (String k : p.stringPropertyNames()) if (p.getProperty(k).isBlank()) empty.add(k);
        }
        assertEquals(List.of(), empty, "empty values");
        assertTrue(en.size() > 150, "the classroom has " + en.size() + " texts");
    }

    @Test void eachTranslationUsesTheSamePlaceholders() throws IOException {
        Properties en = load("classroom.properties"), es = load("classroom_es.properties");
        List<String> bad = new ArrayList<>();
        for (String k : en.stringPropertyNames()) {
            if (!placeholders(en.getProperty(k)).equals(placeholders(es.getProperty(k)))) {
                bad.add(k + ": " + placeholders(en.getProperty(k)) + " vs " + placeholders(es.getProperty(k)));
            }
        }
        assertEquals(List.of(), bad);
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test void resourceBundleLookupWorksInsideTheNamedModule() {
        assertTrue(ClassroomText.class.getModule().isNamed(), "tests run in module mode");
        assertEquals("Lessons", ClassroomText.of(Locale.ENGLISH).get("browser.title"));
        assertEquals("Lecciones", ClassroomText.of(Locale.of("es", "MX")).get("browser.title"));
        assertEquals("Lessons", ClassroomText.of(Locale.FRENCH).get("browser.title"), "unsupported languages fall back to English");
    }

    @Test void englishStaysEnglishOnASpanishSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("es", "ES"));
            assertEquals("Lessons", ClassroomText.of(Locale.ENGLISH).get("browser.title"));
            assertEquals(ClassroomText.SPANISH, I18n.system().locale(), "the classroom follows the system's language");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test void placeholdersAreFilledLiterallyAndMissingKeysShowTheKey() {
        ClassroomText en = ClassroomText.of(Locale.ENGLISH);
        assertEquals("3 of 15 lessons match “it's”", en.format("browser.summary.some", 3, 15, "it's"));
        assertEquals("⟦no.such.key⟧", en.get("no.such.key"));
        assertEquals("a {x} b {9}", ClassroomText.fill("a {x} b {9}", "zero"));
    }

    @Test void theClassroomCanFollowTheAppsLanguage() {
        javafx.beans.property.SimpleObjectProperty<Locale> app = new javafx.beans.property.SimpleObjectProperty<>(Locale.ENGLISH);
        I18n i18n = I18n.follow(app);
        assertEquals(ClassroomText.ENGLISH, i18n.locale());
        app.set(Locale.of("es", "ES"));
        assertEquals("Lecciones", i18n.get("browser.title"));
    }

    @Test void switchingTheLanguageNotifiesListeners() {
        I18n i18n = new I18n(Locale.ENGLISH);
        List<String> seen = new ArrayList<>();
        i18n.textProperty().addListener((obs, was, now) -> seen.add(now.get("browser.title")));
        i18n.use(ClassroomText.SPANISH);
        i18n.use(Locale.of("es", "AR"));      // the same language: no change
        i18n.use(Locale.ENGLISH);
        assertEquals(List.of("Lecciones", "Lessons"), seen);
    }
}
