package org.gatherlab.lessons;

import java.util.List;
import java.util.Objects;

/**
 * A lesson's words in one language.
 *
 * @param title    short, names the rule ("gather does not cancel the others")
 * @param question what the learner predicts, about the lesson's focus run
 * @param myth     the belief the lesson overturns
 * @param lookAt   where in the timeline the answer shows
 * @param rule     the rule, exact, in one or two sentences
 * @param sources  where the rule is written down (CPython docs, source or issue); at least one
 */
public record LessonText(String title, String question, String myth, String lookAt, String rule, List<Source> sources) {

    /** A link to the authority behind the rule. */
    public record Source(String title, String url) {
        public Source {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }
    }

    public LessonText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(myth, "myth");
        Objects.requireNonNull(lookAt, "lookAt");
        Objects.requireNonNull(rule, "rule");
        sources = List.copyOf(sources);
    }
}
