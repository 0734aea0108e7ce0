package org.gatherlab.app.shell;

import java.nio.file.Path;

/**
 * A second instance's autosave in a process of its own: opens a store in {@code args[0]}, autosaves a scenario
 * whose first task lasts {@code args[1]} ms, says "ready" and lives until killed or its input closes.
 */
public final class RecoveryInstanceMain {
    private RecoveryInstanceMain() {}

    public static void main(String[] args) throws Exception {
        RecoveryStore store = RecoveryStore.open(Path.of(args[0]));
        store.write(RecoveryStoreTest.marked(Double.parseDouble(args[1])), null);
        System.out.println("ready " + store.directory());
        System.out.flush();
        System.in.read();   // until the parent closes our input, or kills us
        store.close();
    }
}
