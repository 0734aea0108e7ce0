package org.gatherlab.app.classroom.predict;

import java.util.Collection;

/** Task names as a sentence shows them: {@code A, C}; long lists are cut with a count. */
final class Names {
    private Names() {}

    static final int SHOWN = 8;

    /** Longer texts (an outcome listing thousands of results) are cut: the start, then "…". */
    static final int LONGEST = 140;

    static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1) + "…";
    }

    static String join(Collection<String> names) {
        if (names.size() <= SHOWN) return String.join(", ", names);
        return String.join(", ", names.stream().limit(SHOWN).toList()) + ", … (+" + (names.size() - SHOWN) + ")";
    }
}
