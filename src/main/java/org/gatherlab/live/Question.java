package org.gatherlab.live;

/** The three predictions of predict-then-reveal, as the live quiz asks them; {@code key} is their name in JSON and CSV. */
public enum Question {
    WHEN("when"), WHAT("what"), CANCELLED("cancelled");

    private final String key;

    Question(String key) { this.key = key; }

    public String key() { return key; }
}
