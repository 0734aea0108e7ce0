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

/**
 * The classroom's two bundles: same keys, no empty values, same placeholders, no key shared with the app's bundles
 * (the one {@link Words} reads both); lookup inside the named module; the one {@link Messages} speaks them.
 */
class ClassroomBundlesTest {

    private static Properties load(String file) throws IOException {
        try (InputStream in = Words.class.getResourceAsStream("/assets/i18n/" + file)) {
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

    @Test void noKeyIsInBothTheAppsAndTheClassroomsBundles() throws IOException {
        for (String[] pair : new String[][] {{"app.properties", "classroom.properties"}, {"app_es.properties", "classroom_es.properties"}}) {
            Set<String> shared = new TreeSet<>(load(pair[0]).stringPropertyNames());
            shared.retainAll(load(pair[1]).stringPropertyNames());
            assertEquals(Set.of(), shared, pair[0] + " and " + pair[1] + " share keys");
        }
    }

    @Test void resourceBundleLookupWorksInsideTheNamedModule() {
        assertTrue(Words.class.getModule().isNamed(), "tests run in module mode");
        assertEquals("Lessons", Words.of(Locale.ENGLISH).text("browser.title"));
        assertEquals("Lecciones", Words.of(Locale.of("es", "MX")).text("browser.title"));
        assertEquals("Lessons", Words.of(Locale.FRENCH).text("browser.title"), "unsupported languages fall back to English");
    }

    @Test void englishStaysEnglishOnASpanishSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("es", "ES"));
            assertEquals("Lessons", Words.of(Locale.ENGLISH).text("browser.title"));
            assertEquals(Words.SPANISH, Messages.system().locale(), "the classroom follows the system's language");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test void placeholdersAreFilledLiterallyAndMissingKeysShowTheKey() {
        Words en = Words.of(Locale.ENGLISH);
        assertEquals("3 of 15 lessons match “it's”", en.format("browser.summary.some", 3, 15, "it's"));
        assertEquals("⟦no.such.key⟧", en.text("no.such.key"));
        assertEquals("a {x} b {9}", Words.fill("a {x} b {9}", "zero"));
    }

    /** There is one language for the whole app: the classroom speaks the app's {@link Messages}, and follows its switch. */
    @Test void theClassroomCanFollowTheAppsLanguage() {
        Messages app = new Messages(Locale.ENGLISH);
        assertEquals(Words.ENGLISH, app.locale());
        app.setLocale(Locale.of("es", "ES"));
        assertEquals("Lecciones", app.text("browser.title"));
    }

    @Test void switchingTheLanguageNotifiesListeners() {
        Messages messages = new Messages(Locale.ENGLISH);
        List<String> seen = new ArrayList<>();
        messages.localeProperty().addListener((obs, was, now) -> seen.add(Words.of(now).text("browser.title")));
        messages.setLocale(Words.SPANISH);
        messages.setLocale(Locale.of("es", "AR"));      // the same language: no change
        messages.setLocale(Locale.ENGLISH);
        assertEquals(List.of("Lecciones", "Lessons"), seen);
    }
}
