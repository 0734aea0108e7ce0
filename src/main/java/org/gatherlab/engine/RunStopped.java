package org.gatherlab.engine;

/**
 * Thrown inside a real run when it tries to record anything after its clock was stopped (the app's Stop): it unwinds
 * the run from wherever it is, so a task cut short is never recorded as having finished. The run catches it and
 * returns what had happened before the Stop.
 */
public final class RunStopped extends RuntimeException {
    public RunStopped() {
        super("the run was stopped", null, false, false);
    }
}
