package org.gatherlab.engine;

/** What happens once the caller's await has ended: let the tasks run on, or {@code asyncio.run()}'s teardown. */
public enum OnExit {
    DRAIN("drain"), CANCEL("cancel");

    private final String json;

    OnExit(String json) { this.json = json; }

    public String json() { return json; }

    public static OnExit fromJson(String s) {
        for (OnExit k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown onExit: " + s);
    }
}
