package org.gatherlab.app.classroom.predict;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import org.gatherlab.lessons.LessonAnswers;

/**
 * The score of one classroom session, kept across lessons: how many predictions were right of how many were
 * asked (three per reveal), and how many different lessons or runs were predicted. One per app session; the
 * {@link PredictionModel} records into it at each reveal.
 */
public final class SessionScore {
    private final ReadOnlyIntegerWrapper correct = new ReadOnlyIntegerWrapper(this, "correct");
    private final ReadOnlyIntegerWrapper asked = new ReadOnlyIntegerWrapper(this, "asked");
    private final ReadOnlyIntegerWrapper quizzes = new ReadOnlyIntegerWrapper(this, "quizzes");
    private final Set<String> seen = new LinkedHashSet<>();

    public ReadOnlyIntegerProperty correctProperty() { return correct.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty askedProperty() { return asked.getReadOnlyProperty(); }

    /** Different lessons (or scenario runs) predicted so far. */
    public ReadOnlyIntegerProperty quizzesProperty() { return quizzes.getReadOnlyProperty(); }

    public int correct() { return correct.get(); }

    public int asked() { return asked.get(); }

    /** One reveal: three questions asked, {@code marks.score()} of them right. */
    public void record(String quizId, LessonAnswers.Marks marks) {
        Objects.requireNonNull(quizId, "quizId");
        correct.set(correct.get() + marks.score());
        asked.set(asked.get() + 3);
        if (seen.add(quizId)) quizzes.set(seen.size());
    }

    public void reset() {
        correct.set(0);
        asked.set(0);
        seen.clear();
        quizzes.set(0);
    }
}
