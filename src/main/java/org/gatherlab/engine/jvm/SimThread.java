package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;

/**
 * One task: its body ({@code Thread.sleep} or a CPU loop, then return or throw {@code TaskFailed}), the thread it
 * runs on, and the handle the caller holds. Plain mutable state; {@link JvmMachine} moves it along.
 */
final class SimThread {
    enum Phase {
        /** Waiting for a carrier or a pool thread (to begin, or to finish after its sleep). */
        READY,
        /** Blocked in {@code Thread.sleep}; a virtual thread has given its carrier back. */
        SLEEPING,
        /** In its CPU loop, holding its carrier or pool thread. */
        COMPUTING,
        /** Its thread is done with it (or it was skipped). */
        DONE
    }

    final int index;
    final TaskSpec spec;
    final boolean io;
    /** How long the body works: {@code failAtMs} for a failing task, else {@code durationMs}. */
    final double work;
    final boolean fails;

    Phase phase = Phase.READY;
    boolean began;
    boolean waitAnnounced;
    int slot = -1;
    /** Its sleep's or CPU loop's end is set in the machine's timer heap (false once an interrupt cut the sleep short). */
    boolean timerSet;

    /** The interrupt status; a sleep throws on it, a CPU loop never looks. */
    boolean interrupted;
    Double interruptedAt;
    /** When {@code cancel(true)} or an interrupt was first asked for, and why. */
    Double cancelRequestedAt;
    CancelCause cause;

    Double start;
    Double end;
    /** When its sleep ended, naturally or by an interrupt (it may wait for a carrier after that). */
    Double wokeAt;
    BodyEnd body;

    /** The handle's state in Java's words ({@code RUNNING}, {@code UNAVAILABLE}, ...; null: no handle). */
    String javaState;
    String stateAtReturn;
    Double handleDoneAt;
    /** The handle was cancelled, the scope was, or the call cancelled the task: whatever the body does is discarded. */
    boolean handleCancelled;

    TaskState sharedState;
    boolean afterReturn;

    /** The JDK may order this task's fate the other way (java-strategies.md#races); null: it is a rule. */
    JavaRace.Kind race;
    double raceAt;

    SimThread(int index, TaskSpec spec, boolean fails) {
        this.index = index;
        this.spec = spec;
        this.io = spec.kind() == TaskKind.IO;
        this.work = spec.workMs(fails);
        this.fails = fails;
    }

    String name() { return spec.name(); }

    boolean done() { return phase == Phase.DONE; }

    /** Whether the handle (if any) has taken its final state. */
    boolean handleDone() { return handleDoneAt != null; }
}
