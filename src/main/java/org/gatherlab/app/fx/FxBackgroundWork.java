package org.gatherlab.app.fx;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link BackgroundWork} for the app: one daemon thread per instance runs the work in submission order, and a
 * {@link #submit submitted} work's result is handed back to the FX thread. This is the only place the app hops back
 * onto the FX thread.
 */
public final class FxBackgroundWork implements BackgroundWork, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxBackgroundWork.class.getName());

    private final ExecutorService executor;

    public FxBackgroundWork(String threadName) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        if (executor.isShutdown()) {
            // After the app stopped (e.g. a last edit committed while the window closes): nothing to do it for.
            LOG.log(System.Logger.Level.DEBUG, "background work after shutdown ignored");
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            } catch (Error e) {
                LOG.log(System.Logger.Level.ERROR, "background work failed", e);
                Platform.runLater(() -> onFailure.accept(new RuntimeException(e.toString(), e)));
            }
        });
    }

    @Override
    public void execute(Runnable work) {
        if (executor.isShutdown()) {
            LOG.log(System.Logger.Level.DEBUG, "background work after shutdown ignored");
            return;
        }
        executor.execute(work);
    }

    /** Lets queued work finish (briefly), so a write in progress at exit is not cut off. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
