package org.gatherlab.app.editor;

/**
 * Text typed into a field that cannot even become a value (letters in a number, a fraction where an integer
 * belongs). The message is worded as the scenario reader words the same mistake in a file
 * ({@code must be a number, got "abc"}), so the editor and the command line speak alike.
 */
final class InvalidInput extends Exception {
    InvalidInput(String message) {
        super(message, null, false, false);
    }
}
