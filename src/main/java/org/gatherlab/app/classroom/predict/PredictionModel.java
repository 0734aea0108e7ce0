package org.gatherlab.app.classroom.predict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gatherlab.app.classroom.InlineCode;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words.Msg;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.lessons.AnswerOptions;
import org.gatherlab.lessons.LessonAnswers;
import org.gatherlab.lessons.LessonText;
import org.gatherlab.lessons.Quiz;

/**
 * Predict, then reveal. For one {@link Quiz} (a lesson's focus run, or any run of any scenario) the learner answers
 * three questions before the run plays: when does the await return, what does it return or raise, which tasks end
 * cancelled. {@link #reveal()} marks the answers against the engine's, explains each with its rule, adds them to the
 * session's {@link SessionScore} and calls the reveal callback (the main window starts playback then).
 * Works without the toolkit.
 *
 * <p>Which tasks end cancelled is a multi-select of the task names ({@link CancelMode#TASKS}; no box ticked means
 * "none"); a scenario of more than {@value #MAX_TICK_BOXES} tasks offers the option sets instead ({@link CancelMode#SETS}).
 */
public final class PredictionModel {
    public static final int MAX_TICK_BOXES = 12;

    public enum Phase { EMPTY, PREDICTING, REVEALED }

    public enum Question { RETURNED_AT, OUTCOME, CANCELLED }

    public enum CancelMode { TASKS, SETS }

    /** How a choice shows after the reveal: part of the answer, the learner's wrong pick, or neither. */
    public enum Mark { NONE, ANSWER, WRONG }

    /** One thing to pick; {@code text} in the current language. */
    public record Choice<T>(T value, String text) {}

    /**
     * One marked answer.
     *
     * @param yours   the learner's answer, worded
     * @param answer  the right answer, worded
     * @param why     the rule that explains it
     */
    public record Verdict(Question question, boolean correct, String heading, String yours, String answer, String why) {}

    /** What the reveal callback gets: the quiz (scenario and run to play) and the marks. */
    public record Reveal(Quiz quiz, LessonAnswers.Prediction prediction, LessonAnswers.Marks marks) {}

    private final Messages messages;
    private final SessionScore score;

    private final ReadOnlyObjectWrapper<Quiz> quiz = new ReadOnlyObjectWrapper<>(this, "quiz");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EMPTY);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyStringWrapper runLabel = new ReadOnlyStringWrapper(this, "runLabel", "");
    private final ObservableList<Choice<Double>> timeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Double>> timeChoicesView = FXCollections.unmodifiableObservableList(timeChoices);
    private final ObservableList<Choice<String>> outcomeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> outcomeChoicesView = FXCollections.unmodifiableObservableList(outcomeChoices);
    private final ObservableList<Choice<Set<String>>> cancelChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Set<String>>> cancelChoicesView = FXCollections.unmodifiableObservableList(cancelChoices);
    private final ReadOnlyObjectWrapper<CancelMode> cancelMode = new ReadOnlyObjectWrapper<>(this, "cancelMode", CancelMode.TASKS);
    private final ReadOnlyObjectWrapper<Double> chosenTime = new ReadOnlyObjectWrapper<>(this, "chosenTime");
    private final ReadOnlyObjectWrapper<String> chosenOutcome = new ReadOnlyObjectWrapper<>(this, "chosenOutcome");
    private final ReadOnlyObjectWrapper<Set<String>> chosenCancelled = new ReadOnlyObjectWrapper<>(this, "chosenCancelled");
    private final ReadOnlyBooleanWrapper canReveal = new ReadOnlyBooleanWrapper(this, "canReveal");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ObservableList<Verdict> verdicts = FXCollections.observableArrayList();
    private final ObservableList<Verdict> verdictsView = FXCollections.unmodifiableObservableList(verdicts);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper(this, "rule", "");
    private final ReadOnlyStringWrapper lookAt = new ReadOnlyStringWrapper(this, "lookAt", "");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<LessonText.Source> sources = FXCollections.observableArrayList();
    private final ObservableList<LessonText.Source> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper(this, "scoreText", "");

    private LessonAnswers.Prediction revealedPrediction;
    private LessonAnswers.Marks revealedMarks;
    private Consumer<Reveal> onReveal = r -> { };

    public PredictionModel(Messages messages, SessionScore score) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.score = Objects.requireNonNull(score, "score");
        messages.localeProperty().addListener((obs, was, now) -> reword());
        score.correctProperty().addListener((obs, was, now) -> rewordScore());
        score.askedProperty().addListener((obs, was, now) -> rewordScore());
        reword();
    }

    // ---------------------------------------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<Quiz> quizProperty() { return quiz.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }

    public Phase phase() { return phase.get(); }

    /** The lesson's title, or the scenario and run. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** The question (backticks mark code; see {@link InlineCode}). */
    public ReadOnlyStringProperty questionProperty() { return question.getReadOnlyProperty(); }

    /** "Run 1: gather()": the run being predicted. */
    public ReadOnlyStringProperty runLabelProperty() { return runLabel.getReadOnlyProperty(); }

    public ObservableList<Choice<Double>> timeChoices() { return timeChoicesView; }

    public ObservableList<Choice<String>> outcomeChoices() { return outcomeChoicesView; }

    /** {@link CancelMode#TASKS}: one single-name set per task (tick boxes); {@link CancelMode#SETS}: the sets to pick from. */
    public ObservableList<Choice<Set<String>>> cancelChoices() { return cancelChoicesView; }

    public ReadOnlyObjectProperty<CancelMode> cancelModeProperty() { return cancelMode.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Double> chosenTimeProperty() { return chosenTime.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<String> chosenOutcomeProperty() { return chosenOutcome.getReadOnlyProperty(); }

    /** The tasks the learner says end cancelled (empty: none); null in {@link CancelMode#SETS} until one is picked. */
    public ReadOnlyObjectProperty<Set<String>> chosenCancelledProperty() { return chosenCancelled.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRevealProperty() { return canReveal.getReadOnlyProperty(); }

    /** What is still to answer, or "ready". */
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }

    /** After the reveal: the three marked answers, in question order. */
    public ObservableList<Verdict> verdicts() { return verdictsView; }

    /** After the reveal: "2 of 3 right". */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }

    /** After the reveal: the lesson's rule ("" for a scenario that is not a lesson: see {@link #notes()}). */
    public ReadOnlyStringProperty ruleProperty() { return rule.getReadOnlyProperty(); }

    /** After the reveal: where the answer shows in the timeline (lessons only). */
    public ReadOnlyStringProperty lookAtProperty() { return lookAt.getReadOnlyProperty(); }

    /** After the reveal: what else explains the picture (CPU work on the loop, a pool, a semaphore, the teardown). */
    public ObservableList<String> notes() { return notesView; }

    /** After the reveal: where the rule is written down (lessons only). */
    public ObservableList<LessonText.Source> sources() { return sourcesView; }

    /** "Session: 5 of 6 right". */
    public ReadOnlyStringProperty scoreTextProperty() { return scoreText.getReadOnlyProperty(); }

    public SessionScore score() { return score; }

    // ---------------------------------------------------------------------------------------------- commands

    /** Called at each reveal, after marking and scoring: the main window starts playback of the run then. */
    public void setOnReveal(Consumer<Reveal> onReveal) { this.onReveal = Objects.requireNonNull(onReveal, "onReveal"); }

    /** Starts predicting a new quiz (answers cleared; the session score stays). */
    public void load(Quiz q) {
        quiz.set(Objects.requireNonNull(q, "quiz"));
        cancelMode.set(q.report().tasks().size() <= MAX_TICK_BOXES ? CancelMode.TASKS : CancelMode.SETS);
        clearAnswers();
        phase.set(Phase.PREDICTING);
        reword();
    }

    /** Back to no quiz (e.g. the scenario was edited). */
    public void clear() {
        quiz.set(null);
        clearAnswers();
        phase.set(Phase.EMPTY);
        reword();
    }

    /** Predict the same quiz again: answers cleared, the next reveal scores again. */
    public void again() {
        if (quiz.get() == null) return;
        clearAnswers();
        phase.set(Phase.PREDICTING);
        reword();
    }

    public void chooseTime(Double ms) {
        if (!predicting()) return;
        chosenTime.set(ms);
        update();
    }

    public void chooseOutcome(String outcome) {
        if (!predicting()) return;
        chosenOutcome.set(outcome);
        update();
    }

    /** {@link CancelMode#TASKS}: ticks or unticks one task. */
    public void setCancelled(String task, boolean cancelled) {
        if (!predicting()) return;
        Set<String> now = new LinkedHashSet<>();
        // Kept in input order, as answers are.
        for (TaskReport t : quiz.get().report().tasks()) {
            boolean in = t.name().equals(task) ? cancelled : chosenCancelled.get() != null && chosenCancelled.get().contains(t.name());
            if (in) now.add(t.name());
        }
        chosenCancelled.set(java.util.Collections.unmodifiableSet(now));
        update();
    }

    /** {@link CancelMode#SETS}: picks one set. */
    public void chooseCancelledSet(Set<String> set) {
        if (!predicting()) return;
        chosenCancelled.set(set == null ? null : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(set)));
        update();
    }

    /** Marks the answers (when all three are given), scores them and calls the reveal callback. */
    public void reveal() {
        if (!canReveal.get()) return;
        Quiz q = quiz.get();
        revealedPrediction = new LessonAnswers.Prediction(chosenTime.get(), chosenOutcome.get(), chosenCancelled.get());
        revealedMarks = q.answers().mark(revealedPrediction);
        score.record(q.id(), revealedMarks);
        // Everything the reveal shows is in place before the phase changes: views react to the phase.
        reword();
        phase.set(Phase.REVEALED);
        update();
        onReveal.accept(new Reveal(q, revealedPrediction, revealedMarks));
    }

    // ---------------------------------------------------------------------------------------------- queries

    /** How a choice shows after the reveal ({@link Mark#NONE} before). For {@code CANCELLED} in TASKS mode pass the task's one-name set. */
    public Mark markOf(Question q, Object value) {
        if (phase.get() != Phase.REVEALED) return Mark.NONE;
        LessonAnswers right = quiz.get().answers();
        return switch (q) {
            case RETURNED_AT -> value instanceof Double d && d == right.returnedAtMs() ? Mark.ANSWER
                    : Objects.equals(value, revealedPrediction.returnedAtMs()) ? Mark.WRONG : Mark.NONE;
            case OUTCOME -> right.outcome().equals(value) ? Mark.ANSWER
                    : Objects.equals(value, revealedPrediction.outcome()) ? Mark.WRONG : Mark.NONE;
            case CANCELLED -> {
                if (cancelMode.get() == CancelMode.SETS) {
                    @SuppressWarnings("unchecked") Set<String> set = (Set<String>) value;
                    yield right.cancelled().equals(value) || right.cancelledRight(set) && Objects.equals(value, revealedPrediction.cancelled())
                            ? Mark.ANSWER : Objects.equals(value, revealedPrediction.cancelled()) ? Mark.WRONG : Mark.NONE;
                }
                String task = ((Set<?>) value).iterator().next().toString();
                boolean ticked = revealedPrediction.cancelled() != null && revealedPrediction.cancelled().contains(task);
                // A raced task is right either way: it shows as the answer where the learner put it.
                if (right.eitherWay().contains(task)) yield ticked ? Mark.ANSWER : Mark.NONE;
                yield right.cancelled().contains(task) ? Mark.ANSWER : ticked ? Mark.WRONG : Mark.NONE;
            }
        };
    }

    /** The marks of the last reveal (null before). */
    public LessonAnswers.Marks marks() { return revealedMarks; }

    // ---------------------------------------------------------------------------------------------- internals

    private boolean predicting() { return phase.get() == Phase.PREDICTING; }

    private void clearAnswers() {
        chosenTime.set(null);
        chosenOutcome.set(null);
        chosenCancelled.set(cancelMode.get() == CancelMode.TASKS ? Set.of() : null);
        revealedPrediction = null;
        revealedMarks = null;
        update();
    }

    private void update() {
        boolean ready = predicting() && chosenTime.get() != null && chosenOutcome.get() != null && chosenCancelled.get() != null;
        canReveal.set(ready);
        Words m = messages.words();
        List<String> missing = new ArrayList<>();
        if (chosenTime.get() == null) missing.add(m.text("predict.missing.when"));
        if (chosenOutcome.get() == null) missing.add(m.text("predict.missing.what"));
        if (chosenCancelled.get() == null) missing.add(m.text("predict.missing.cancelled"));
        hint.set(switch (phase.get()) {
            case EMPTY -> m.text("predict.hint.empty");
            case PREDICTING -> ready ? m.text("predict.hint.ready") : m.format("predict.hint.missing", String.join(", ", missing));
            case REVEALED -> m.text("predict.hint.revealed");
        });
    }

    /** Every text, in the current language. */
    private void reword() {
        Words m = messages.words();
        Locale locale = m.locale();
        Quiz q = quiz.get();
        timeChoices.clear();
        outcomeChoices.clear();
        cancelChoices.clear();
        verdicts.clear();
        notes.clear();
        sources.clear();
        rule.set("");
        lookAt.set("");
        result.set("");
        if (q == null) {
            title.set(m.text("predict.empty.title"));
            question.set(m.text("predict.empty.text"));
            runLabel.set("");
        } else {
            AnswerOptions o = q.options();
            if (q.isLesson()) {
                LessonText t = q.lesson().text(locale);
                title.set(t.title());
                question.set(t.question());
            } else {
                title.set(m.format("predict.generic.title", q.scenario().name().isBlank() ? m.text("predict.generic.unnamed") : q.scenario().name()));
                question.set(m.format("predict.generic.question", q.report().label()));
            }
            runLabel.set(m.format("predict.run", q.runIndex() + 1, q.report().label()));
            for (Double t : o.returnedAtMs()) timeChoices.add(new Choice<>(t, LessonAnswers.formatMs(t)));
            for (String s : o.outcome()) outcomeChoices.add(new Choice<>(s, Names.shorten(LessonAnswers.localize(s, locale))));
            if (cancelMode.get() == CancelMode.TASKS) {
                for (TaskReport t : q.report().tasks()) cancelChoices.add(new Choice<>(Set.of(t.name()), t.name()));
            } else {
                for (Set<String> s : o.cancelled()) cancelChoices.add(new Choice<>(s, names(s, m)));
            }
            if (revealedMarks != null) rewordReveal(q, m, locale);
        }
        update();
        rewordScore();
    }

    /** A rule's explanation, followed by the races that make this run's answer one of two on the JDK. */
    private static String withRaces(Words m, String explanation, Quiz q) {
        List<String> races = Rules.races(q.report()).stream().map(m::text).toList();
        return races.isEmpty() ? explanation : explanation + " " + String.join(" ", races);
    }

    private void rewordReveal(Quiz q, Words m, Locale locale) {
        LessonAnswers right = q.answers();
        LessonAnswers.Prediction p = revealedPrediction;
        LessonAnswers.Marks marks = revealedMarks;
        verdicts.add(new Verdict(Question.RETURNED_AT, marks.returnedAt(), m.text("predict.q.when"),
                p.returnedAtMs() == null ? m.text("answer.blank") : LessonAnswers.formatMs(p.returnedAtMs()),
                LessonAnswers.formatMs(right.returnedAtMs()), m.text(Rules.when(q.report()))));
        verdicts.add(new Verdict(Question.OUTCOME, marks.outcome(), m.text("predict.q.what"),
                p.outcome() == null ? m.text("answer.blank") : Names.shorten(LessonAnswers.localize(p.outcome(), locale)),
                Names.shorten(LessonAnswers.localize(right.outcome(), locale)), withRaces(m, m.text(Rules.outcome(q.report())), q)));
        verdicts.add(new Verdict(Question.CANCELLED, marks.cancelled(), m.text("predict.q.cancelled"),
                p.cancelled() == null ? m.text("answer.blank") : names(p.cancelled(), m), names(right.cancelled(), m),
                withRaces(m, String.join(" ", Rules.cancelled(q.report()).stream().map(m::text).toList()), q)));
        result.set(m.format(marks.score() == 1 ? "predict.result.one" : "predict.result", marks.score(), 3));
        if (q.isLesson()) {
            LessonText t = q.lesson().text(locale);
            rule.set(t.rule());
            lookAt.set(t.lookAt());
            sources.setAll(t.sources());
        }
        for (Msg n : Rules.notes(q.scenario(), q.report())) notes.add(m.text(n));
    }

    private void rewordScore() {
        Words m = messages.words();
        scoreText.set(score.asked() == 0 ? m.text("score.none")
                : m.format("score.text", score.correct(), score.asked(), score.quizzesProperty().get()));
    }

    static String names(Set<String> s, Words m) {
        return s.isEmpty() ? m.text("answer.none") : Names.join(s);
    }
}
