package org.gatherlab.app.editor;

/**
 * How the next cell edit starts: with the cell's text, or (when the person just typed a character on a
 * focused cell) with that character, as in a spreadsheet. Shared by the table's cells; set and taken on the FX thread.
 */
final class EditStart {
    private String typed;

    void typed(String text) { typed = text; }

    /** The typed text once, then null. */
    String take() {
        String t = typed;
        typed = null;
        return t;
    }
}
