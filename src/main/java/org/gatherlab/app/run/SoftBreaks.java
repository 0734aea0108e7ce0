package org.gatherlab.app.run;

import java.util.regex.Pattern;

/**
 * Where a long Java name may wrap in a narrow card: after a dot between two names, before an argument list
 * ({@code StructuredTaskScope.open()}, {@code invokeAll(tasks, 250 ms)}) and, in a name of 14 letters or more, between
 * its words ({@code Structured|Task|Scope}, {@code Failed|Exception}): some are wider than a card on their own. A label wraps only at spaces, so without
 * these a name wider than the card was broken between two letters ("StructuredTas|kScope"). The hint is a hair space
 * (U+200A, about a pixel wide): JavaFX wraps only at white space, and a zero-width space is not white space to it.
 * The card's accessible text keeps the plain words.
 */
final class SoftBreaks {
    private static final Pattern AFTER_DOT = Pattern.compile("(?<=[\\p{L})]\\.)(?=\\p{L})");
    private static final Pattern LONG_NAME = Pattern.compile("\\p{L}{14,}");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern BEFORE_ARGUMENTS = Pattern.compile("(?<=\\p{L})(?=\\(\\p{L})");

    private static final String HINT = "\u200A";

    private SoftBreaks() {}

    static String of(String text) {
        String hinted = BEFORE_ARGUMENTS.matcher(AFTER_DOT.matcher(text).replaceAll(HINT)).replaceAll(HINT);
        return LONG_NAME.matcher(hinted).replaceAll(m -> CAMEL_HUMP.matcher(m.group()).replaceAll(HINT));
    }
}
