package org.gatherlab.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The installer's files agree with each other and with the module: the desktop entry hands a
 * double-clicked file to the launcher and declares the MIME type jpackage registers for *.gather.json,
 * and every lesson ships inside the module. (Surefire runs in the project directory.)
 */
class PackagingFilesTest {
    static final Path LINUX = Path.of("src", "packaging", "linux");

    static Map<String, String> desktopEntry() throws IOException {
        Map<String, String> entry = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(LINUX.resolve("gatherlab.desktop"));
        assertEquals("[Desktop Entry]", lines.getFirst());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            assertTrue(eq > 0, "not a key=value line: " + line);
            assertTrue(entry.put(line.substring(0, eq), line.substring(eq + 1)) == null, "twice: " + line);
        }
        return entry;
    }

    static Properties fileAssociation() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(LINUX.resolve("gather-json.properties"))) {
            p.load(r);
        }
        return p;
    }

    @Test
    void theDesktopEntryOpensADoubleClickedScenarioInTheApp() throws IOException {
        Map<String, String> entry = desktopEntry();
        assertEquals("Application", entry.get("Type"));
        assertEquals("GatherLab", entry.get("Name"));
        // %f: the launcher gets the file's path as its only argument (Main opens it in the app).
        assertEquals("APPLICATION_LAUNCHER %f", entry.get("Exec"));
        assertEquals("APPLICATION_ICON", entry.get("Icon"));
        assertEquals("false", entry.get("Terminal"));
        assertTrue(List.of(entry.get("Categories").split(";")).contains("Education"), entry.get("Categories"));
        assertEquals(fileAssociation().getProperty("mime-type") + ";", entry.get("MimeType"));
    }

    @Test
    void theFileAssociationIsForGatherJsonFiles() throws IOException {
        Properties p = fileAssociation();
        assertEquals("gather.json", p.getProperty("extension"));
        assertEquals("application/x-gatherlab-scenario", p.getProperty("mime-type"));
        assertFalse(p.getProperty("description", "").isBlank());
    }

    @Test
    void theDebDependsOnGtkAndXdgUtilsAndLeavesTheRestToJpackage() throws IOException {
        List<String> control = Files.readAllLines(LINUX.resolve("control"));
        // jpackage fills in (and checks) these from its options.
        for (String field : List.of("Package: APPLICATION_PACKAGE", "Version: APPLICATION_VERSION_WITH_RELEASE",
                "Architecture: APPLICATION_ARCH", "Installed-Size: APPLICATION_INSTALLED_SIZE")) {
            assertTrue(control.contains(field), field);
        }
        String depends = control.stream().filter(l -> l.startsWith("Depends: ")).findFirst().orElseThrow();
        List<String> packages = List.of(depends.substring("Depends: ".length()).split(", "));
        assertTrue(packages.containsAll(List.of("libc6", "libgtk-3-0", "libgl1", "xdg-utils")), depends);
        assertFalse(depends.contains("PACKAGE_DEFAULT_DEPENDENCIES"), "jpackage's ldd closure has Debian-only names");
    }

    @Test
    void everyLessonShipsInsideTheModule() throws IOException {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(Path.of("assets", "lessons"))) {
            lessons = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(lessons.isEmpty());
        for (Path lesson : lessons) {
            String name = "/assets/lessons/" + lesson.getFileName();
            assertNotNull(org.gatherlab.Main.class.getResource(name), name + " is not a resource of the module");
        }
    }
}
