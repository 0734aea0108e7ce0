package org.gatherlab.engine;

/** Where {@code cpu} tasks compute: on the event loop thread, or as jobs on a process pool. */
public enum CpuMode {
    LOOP("loop"), PROCESSES("processes");

    private final String json;

    CpuMode(String json) { this.json = json; }

    public String json() { return json; }

    public static CpuMode fromJson(String s) {
        for (CpuMode k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown cpu mode: " + s);
    }
}
