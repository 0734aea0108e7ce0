package org.gatherlab.app.run;

/** Scaffolding so the package exists for module-info; the run panel's owner replaces it. */
final class RunPanel {
    private RunPanel() {}
}
