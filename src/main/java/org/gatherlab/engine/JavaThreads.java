package org.gatherlab.engine;

/**
 * Which threads run the tasks. {@link #VIRTUAL}: one virtual thread per task, mounted on {@code cores}
 * carrier threads ({@code Executors.newVirtualThreadPerTaskExecutor()}, or a scope's default thread factory).
 * {@link #PLATFORM}: a fixed pool of {@code cores} platform threads ({@code Executors.newFixedThreadPool(cores)});
 * a task holds its pool thread from start to end, blocking I/O included.
 */
public enum JavaThreads {
    PLATFORM("platform"), VIRTUAL("virtual");

    private final String json;

    JavaThreads(String json) { this.json = json; }

    public String json() { return json; }

    public static JavaThreads fromJson(String s) {
        for (JavaThreads k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown threads: " + s);
    }
}
