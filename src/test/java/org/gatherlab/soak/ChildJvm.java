package org.gatherlab.soak;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A new JVM set up as this test JVM is (surefire: the app's module on the module path with the test classes
 * patched into it, the test libraries on the class path, the same JavaFX and Monocle options), running a main
 * class of the tests. For tests that need a second process: an instance to kill, a second instance.
 */
public final class ChildJvm {
    private ChildJvm() {}

    /** {@code java ... -m org.gatherlab/MAIN ARGS}, with {@code extraOptions} (e.g. {@code -Dx=y}) before the main class. */
    public static List<String> command(Class<?> main, List<String> extraOptions, String... args) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String modulePath = System.getProperty("jdk.module.path");
        String classPath = System.getProperty("java.class.path");
        if (modulePath == null || classPath == null) throw new IllegalStateException("run from surefire: no module path");
        String testClasses = Path.of(main.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        List<String> command = new ArrayList<>(List.of(java));
        // The JVM options surefire gave this JVM (its argLine: Monocle, opens and exports, stack size): the
        // arguments before its @argument file, which holds the paths and the main class.
        boolean valueNext = false;
        for (String a : ProcessHandle.current().info().arguments().orElse(new String[0])) {
            if (!valueNext && (a.startsWith("@") || !a.startsWith("-"))) break;
            valueNext = a.matches("--add-(opens|exports|reads|modules)");   // the next argument is its value
            if (a.startsWith("-agentlib") || a.startsWith("-javaagent")) continue;
            command.add(a);
        }
        command.addAll(extraOptions);
        command.addAll(List.of("--module-path", modulePath, "--class-path", classPath,
                "--patch-module", "org.gatherlab=" + testClasses, "--add-reads", "org.gatherlab=ALL-UNNAMED",
                "-m", "org.gatherlab/" + main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
