package org.gatherlab.app.editor;

/** Scaffolding so the package exists for module-info; the editor's owner replaces it. */
final class TaskRow {
    private TaskRow() {}
}
