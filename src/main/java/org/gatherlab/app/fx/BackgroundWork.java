package org.gatherlab.app.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for work that must not run on the FX thread (checking a 100,000-task scenario, reading and
 * writing files). The work runs elsewhere; exactly one of the two callbacks then runs on the thread that owns
 * the view models. Tests use {@link #direct()}, which makes every such flow synchronous and deterministic
 * (JabRef's {@code CurrentThreadTaskExecutor}); the app uses {@link FxBackgroundWork}.
 */
public interface BackgroundWork {
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

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
        };
    }
}
