package org.gatherlab.verify;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds {@code python3} on a PATH, the way a shell would: the first executable of that name. */
@FunctionalInterface
public interface PythonLocator {
    List<String> NAMES = List.of("python3", "python3.exe", "python.exe");

    Optional<Path> find();

    /** The process's own PATH. */
    static PythonLocator system() {
        return onPath(System.getenv("PATH"));
    }

    static PythonLocator onPath(String path) {
        return () -> {
            if (path == null || path.isBlank()) return Optional.empty();
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) continue;
                for (String name : NAMES) {
                    try {
                        Path candidate = Path.of(dir, name);
                        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
                    } catch (InvalidPathException e) {
                        // a malformed PATH entry: skip it, as a shell would
                    }
                }
            }
            return Optional.empty();
        };
    }
}
