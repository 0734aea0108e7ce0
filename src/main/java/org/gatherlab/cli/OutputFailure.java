package org.gatherlab.cli;

/**
 * Standard output could not take what was written to it: exit 2 with one line on stderr; or, when the
 * reader of a pipe has gone away ({@code gatherlab run ... | head}), quietly with {@link GatherlabCli#BROKEN_PIPE}
 * as a program killed by SIGPIPE would, since nobody is left to read a complaint.
 */
final class OutputFailure extends Exception {
    private final boolean readerGone;

    OutputFailure(String message, boolean readerGone) {
        super(message, null, false, false);
        this.readerGone = readerGone;
    }

    boolean readerGone() { return readerGone; }
}
