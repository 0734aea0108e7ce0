package org.gatherlab.verify;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a {@code java} launcher that can run a single-file Java 25 program ({@code java --enable-preview --source 25
 * Run.java}): the one GatherLab runs on when its runtime has the compiler ({@code jdk.compiler}); otherwise (a jlink
 * image without it) a JDK 25 under {@code /usr/lib/jvm}. The seam that lets tests pretend there is none.
 */
@FunctionalInterface
public interface JdkLocator {
    Optional<Path> find();

    /** The app's own JDK if it can compile, else {@code /usr/lib/jvm/*25*}{@code /bin/java}. */
    static JdkLocator system() {
        return () -> {
            boolean compiler = ModuleFinder.ofSystem().find("jdk.compiler").isPresent();
            if (compiler && Runtime.version().feature() >= 25) {
                Optional<Path> own = ProcessHandle.current().info().command().map(Path::of).filter(Files::isExecutable);
                if (own.isPresent()) return own;
                Path home = Path.of(System.getProperty("java.home"), "bin", "java");
                if (Files.isExecutable(home)) return Optional.of(home);
            }
            return inJvmDirectory(Path.of("/usr/lib/jvm"));
        };
    }

    /** The {@code bin/java} of the first (by name) folder of {@code dir} whose name contains 25, if executable. */
    static Optional<Path> inJvmDirectory(Path dir) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*25*")) {
            for (Path p : s) candidates.add(p);
        } catch (IOException e) {
            return Optional.empty();
        }
        candidates.sort(null);
        for (Path p : candidates) {
            Path java = p.resolve("bin").resolve("java");
            if (Files.isRegularFile(java) && Files.isExecutable(java)) return Optional.of(java);
        }
        return Optional.empty();
    }
}
