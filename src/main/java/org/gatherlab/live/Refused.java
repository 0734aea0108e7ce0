package org.gatherlab.live;

/**
 * A request the class session will not carry out: an HTTP status, a short machine-readable reason and a
 * message naming the field and the rule, e.g. {@code 400 bad-nickname "nickname: at most 24 characters"}.
 */
public final class Refused extends Exception {
    private final int status;
    private final String reason;

    public Refused(int status, String reason, String message) {
        super(message, null, false, false);
        this.status = status;
        this.reason = reason;
    }

    public int status() { return status; }

    public String reason() { return reason; }
}
