package org.gatherlab.app.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.gatherlab.app.run.ComparisonModel;

/**
 * The one seam through which runs leave the FX thread. The app uses {@link #singleThread()}: one daemon
 * thread, so runs happen one after another and the FX thread never computes or waits. Tests use
 * {@link #direct()}: the work runs at once on the caller's thread, which makes a virtual run
 * deterministic and synchronous (JabRef's {@code CurrentThreadTaskExecutor}).
 *
 * <p>Nothing comes back through this seam: work posts its results into a thread-safe inbox that the
 * view model drains once per frame ({@link ComparisonModel#pulse(long)}).
 */
@FunctionalInterface
public interface Background {
    void submit(Runnable work);

    /** Production: a single daemon thread named {@code gatherlab-engine}. */
    static Background singleThread() {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gatherlab-engine");
            t.setDaemon(true);
            return t;
        });
        return executor::execute;
    }

    /** Tests: runs the work on the calling thread before returning. */
    static Background direct() {
        return Runnable::run;
    }
}
