package org.gatherlab.engine;

/** {@code asyncio.wait(..., return_when=...)}. */
public enum ReturnWhen {
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED;

    public static ReturnWhen fromJson(String s) { return valueOf(s); }
}
