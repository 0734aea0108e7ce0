package org.gatherlab.jvm;

import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.jvm.BodyEnd;

/**
 * What one task of a {@link RealJavaRunner} run did, as measured: written by its own thread, or by the canceller, under
 * the runner's lock; read once the run is over ({@link RealJavaResult}).
 */
final class TaskFacts {
    Double start, end, interruptedAt, interruptSeenAt, cancelAt;
    BodyEnd body;
    /** The shared state its end event said (null: no end recorded). */
    TaskState ended;
    String stateAtReturn, finalState;
    Double handleDoneAt;
    int endEvent = -1;
}
