package org.gatherlab.live;

/**
 * What the live server accepts, per request and per client (a client is an IP address: in a classroom every
 * phone has its own). Every cap answers with a 4xx that names it; the server keeps serving everyone else.
 *
 * @param bodyBytes          largest request body (a join or an answer is under 200 bytes)
 * @param nicknameChars      longest nickname, in characters
 * @param maxStudents        students per session
 * @param requestsPerSecond  steady request rate per client; {@code burst} more may come at once
 * @param failedJoinsPerMinute wrong join codes per client per minute, so the code cannot be guessed
 * @param streamsPerClient   live-update connections per client (a student needs one; a tab reopened, two)
 * @param streams            live-update connections in all
 */
public record Limits(int bodyBytes, int nicknameChars, int maxStudents, double requestsPerSecond, int burst,
                     int failedJoinsPerMinute, int streamsPerClient, int streams) {

    /** A classroom: 500 students, each with their own address. */
    public static final Limits CLASSROOM = new Limits(2048, 24, 500, 20, 60, 10, 4, 1100);

    public Limits {
        if (bodyBytes < 256 || nicknameChars < 1 || maxStudents < 1 || requestsPerSecond <= 0 || burst < 1
                || failedJoinsPerMinute < 1 || streamsPerClient < 1 || streams < 1) {
            throw new IllegalArgumentException("limits must be positive (bodies at least 256 bytes)");
        }
    }

    /**
     * The same caps for a simulated class where every student comes from one address (tests and the load
     * benchmark on loopback): the per-client rates and streams are raised to the whole class's.
     */
    public Limits sharedAddress() {
        return new Limits(bodyBytes, nicknameChars, maxStudents, requestsPerSecond * maxStudents, burst * maxStudents,
                failedJoinsPerMinute, streams, streams);
    }
}
