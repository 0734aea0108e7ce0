package org.gatherlab.app.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for work that must not run on the FX thread (checking a 100,000-task scenario, reading and
 * writing files, running the engine). Two shapes:
 * <ul>
 *   <li>{@link #submit}: the work runs elsewhere; exactly one of the two callbacks then runs on the thread that owns
 *       the view models.</li>
 *   <li>{@link #execute}: nothing comes back through the seam; the work posts its results itself, into a thread-safe
 *       inbox that its view model drains once per frame (a run streaming thousands of events: see
 *       {@code ComparisonModel#pulse}).</li>
 * </ul>
 * Tests use {@link #direct()}, which makes every such flow synchronous and deterministic (JabRef's
 * {@code CurrentThreadTaskExecutor}); the app uses {@link FxBackgroundWork}: one daemon thread per seam, so its work
 * happens one piece after another and the FX thread never computes or waits.
 */
public interface BackgroundWork {
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs the work elsewhere; it hands its results back itself (an inbox drained once per frame). */
    default void execute(Runnable work) {
        submit(() -> {
            work.run();
            return null;
        }, done -> { }, failed -> System.getLogger(BackgroundWork.class.getName())
                .log(System.Logger.Level.ERROR, "background work failed", failed));
    }

    /** Runs the work at once on the calling thread. */
    static BackgroundWork direct() {
        return new BackgroundWork() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void execute(Runnable work) { work.run(); }
        };
    }
}
