package org.gatherlab.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * src/packaging/launcher.sh, run by sh in the layouts it ships in (the jlink image, jpackage's app-image
 * and the installed app reached through a symlink), with a stand-in {@code bin/java} that writes the
 * arguments it got: the launcher passes GatherLab's AOT cache explicitly when there is one, finds the
 * runtime from wherever it is started, and hands the user's arguments on untouched.
 * (The real runtime's mapping of the cache is checked by src/packaging/smoke.sh in {@code mvn verify}.)
 */
class LauncherScriptTest {
    static final Path LAUNCHER = Path.of("src", "packaging", "launcher.sh");
    static final String MAIN = "org.gatherlab/org.gatherlab.Main";

    @TempDir Path dir;

    /** A runtime at {@code runtime}: a bin/java that writes one argument per line to runtime/args. */
    static void fakeRuntime(Path runtime, boolean withCache) throws IOException {
        Path java = runtime.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$(dirname \"$0\")/../args\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(runtime.resolve("lib"));
        if (withCache) Files.writeString(runtime.resolve("lib/gatherlab.aot"), "cache");
    }

    static void install(Path launcher) throws IOException {
        Files.createDirectories(launcher.getParent());
        Files.copy(LAUNCHER, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs the launcher with sh from the temporary directory; the arguments bin/java got. */
    static List<String> launch(Path launcher, Path runtime, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(launcher.getRoot().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return Files.readAllLines(runtime.resolve("args"));
    }

    /** The cache the launcher passed to bin/java as its first argument. */
    static Path cacheGiven(List<String> args) {
        assertTrue(args.getFirst().startsWith("-XX:AOTCache="), args.toString());
        return Path.of(args.getFirst().substring("-XX:AOTCache=".length())).normalize();
    }

    static Path cacheOf(Path runtime) throws IOException {
        return runtime.toRealPath().resolve("lib/gatherlab.aot");
    }

    @Test
    void theJlinkImageLauncherMapsTheCacheBesideItsOwnJava() throws Exception {
        Path image = dir.resolve("image with space");
        fakeRuntime(image, true);
        install(image.resolve("bin/gatherlab"));
        List<String> args = launch(image.resolve("bin/gatherlab"), image, "run", "a b.gather.json");
        assertEquals(cacheOf(image), cacheGiven(args));
        assertEquals(List.of("-m", MAIN, "run", "a b.gather.json"), args.subList(1, args.size()));
    }

    @Test
    void theAppImageLauncherUsesTheRuntimeUnderLib() throws Exception {
        Path app = dir.resolve("gatherlab");
        Path runtime = app.resolve("lib/runtime");
        fakeRuntime(runtime, true);
        install(app.resolve("bin/gatherlab"));
        List<String> args = launch(app.resolve("bin/gatherlab"), runtime, "lesson.gather.json");
        assertEquals(cacheOf(runtime), cacheGiven(args));
        assertEquals(List.of("-m", MAIN, "lesson.gather.json"), args.subList(1, args.size()));
    }

    @Test
    void aSymlinkedLauncherFindsTheInstalledRuntime() throws Exception {
        Path opt = dir.resolve("opt/gatherlab");
        Path runtime = opt.resolve("lib/runtime");
        fakeRuntime(runtime, true);
        install(opt.resolve("bin/gatherlab"));
        Path link = dir.resolve("usr/bin/gatherlab");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, opt.resolve("bin/gatherlab"));
        List<String> args = launch(link, runtime, "--version");
        assertEquals(cacheOf(runtime), cacheGiven(args));
        assertEquals(List.of("-m", MAIN, "--version"), args.subList(1, args.size()));
    }

    @Test
    void withoutACacheTheLauncherStartsWithoutTheOption() throws Exception {
        Path image = dir.resolve("image");
        fakeRuntime(image, false);
        install(image.resolve("bin/gatherlab"));
        assertEquals(List.of("-m", MAIN), launch(image.resolve("bin/gatherlab"), image));
    }

    @Test
    void theImageTheAppImageAndTheTrainingAgreeOnTheLauncherAndTheCache() throws IOException {
        String launcher = Files.readString(LAUNCHER);
        assertTrue(launcher.startsWith("#!/bin/sh\n"));
        assertTrue(launcher.contains("\nmain=" + MAIN + "\n"), launcher);
        assertTrue(launcher.contains("\ncache=gatherlab.aot\n"), launcher);
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<argument>gatherlab=" + MAIN + "</argument>"));
        assertTrue(pom.contains("<argument>${project.basedir}/src/packaging/launcher.sh</argument>"));
        assertTrue(Files.readString(Path.of("src", "packaging", "linux", "finish-app-image.sh"))
                .contains("install -m 755 \"$here/../launcher.sh\" \"$app/bin/gatherlab\""));
        assertTrue(Files.readString(Path.of("src", "packaging", "train-aot.sh")).contains("cache=\"$image/lib/gatherlab.aot\""));
    }
}
