package org.gatherlab.app.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

/** For drivers that run the real window from their own thread (the live class demo, the app-path benchmark). */
public final class FxCalls {
    private FxCalls() {}

    /** Runs {@code work} on the FX thread and waits for it; a wait of five minutes at most (a loaded machine's pulse). */
    public static void fx(Runnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /** Calls {@code call} on the FX thread and waits for its answer, or what it threw. */
    public static <T> T fx(Callable<T> call) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(call.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(300, TimeUnit.SECONDS);
    }
}
