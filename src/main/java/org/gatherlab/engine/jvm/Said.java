package org.gatherlab.engine.jvm;

import java.util.List;

/**
 * A sentence kept as facts: a key of the outcome vocabulary ({@code assets/i18n/outcome.properties}, {@code java.*})
 * and its arguments, put into words only when a report or a view renders it ({@code report.OutcomeWords#said}), in
 * English for the reports (byte for byte what they always said) or in the reader's language. An argument is text that
 * reads the same in every language (a task's name, a time with its unit, Java's own spellings) or another sentence.
 * {@link #STORY} joins its arguments, each a sentence, with "; ".
 */
public record Said(String key, List<Object> args) {
    /** Not a key: the sentences in {@code args}, joined. */
    public static final String STORY = "";

    public Said {
        args = List.copyOf(args);
    }

    public static Said of(String key, Object... args) { return new Said(key, List.of(args)); }

    public static Said story(List<Said> parts) { return new Said(STORY, List.copyOf(parts)); }
}
