package org.gatherlab.app.classroom.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.nayuki.qrcodegen.QrCode;
import org.gatherlab.app.classroom.export.AtomicFiles;
import org.gatherlab.app.classroom.export.Exporter;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonText;
import org.gatherlab.live.ClassQuiz;
import org.gatherlab.live.ClassSession;
import org.gatherlab.live.ClassSession.Phase;
import org.gatherlab.live.Distribution;
import org.gatherlab.live.Limits;
import org.gatherlab.live.LiveServer;
import org.gatherlab.live.QrCodes;
import org.gatherlab.live.Question;
import org.gatherlab.live.Refused;
import org.gatherlab.live.RoundCsv;

/**
 * The teacher's screen of a live class quiz, without the toolkit: starts a session for a lesson (the server
 * listens only while it is open), shows the join details, the live counts and, on request, how the class's answers
 * split per question, then a second round and the reveal; exports the rounds as CSV; ends the session.
 *
 * <p>Threads. Commands and {@link #pulse()} run on one thread (the FX thread in the app, the test's in tests).
 * Students change the session on the server's threads; its listener only raises a flag, and {@link #pulse()},
 * called once a frame by the view, reads the session when the flag is up. Starting, ending and writing go through
 * the {@link BackgroundWork} seam.
 */
public final class LiveClassModel {
    public enum State { OFF, STARTING, OPEN }

    private final Messages messages;
    private final BackgroundWork work;
    private final LiveServers servers;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final Runnable listener = () -> changed.set(true);
    private Consumer<Lesson> onReveal = lesson -> { };

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OFF);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase");
    private final ReadOnlyIntegerWrapper round = new ReadOnlyIntegerWrapper(this, "round");
    private final ReadOnlyIntegerWrapper joined = new ReadOnlyIntegerWrapper(this, "joined");
    private final ReadOnlyIntegerWrapper answered = new ReadOnlyIntegerWrapper(this, "answered");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper(this, "address", "");
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyObjectWrapper<QrCode> qr = new ReadOnlyObjectWrapper<>(this, "qr");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "");
    private final ReadOnlyStringWrapper phaseText = new ReadOnlyStringWrapper(this, "phaseText", "");
    private final ReadOnlyBooleanWrapper distributionShown = new ReadOnlyBooleanWrapper(this, "distributionShown");
    private final ReadOnlyBooleanWrapper joinShown = new ReadOnlyBooleanWrapper(this, "joinShown");
    private final ObservableList<QuestionBars> questions = FXCollections.observableArrayList();
    private final ObservableList<QuestionBars> questionsView = FXCollections.unmodifiableObservableList(questions);
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper(this, "rule", "");
    private final ReadOnlyStringWrapper lookAt = new ReadOnlyStringWrapper(this, "lookAt", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    private Lesson lesson;
    private ClassSession session;
    private LiveServer server;
    /** The teacher's Show QR / Hide QR (null until they choose: then the join card folds by itself). */
    private Boolean joinChoice;
    /** Folded by itself once half the class has answered round 1: the class is past joining. */
    private boolean joinFolded;
    /** The last message as a function of the words, so it follows a language switch. */
    private java.util.function.Function<Words, String> messageWords = w -> "";
    /** What was said when the session opened (the port): cleared when the join card folds. */
    private java.util.function.Function<Words, String> startedWords;

    public LiveClassModel(Messages messages, BackgroundWork work, LiveServers servers) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.work = Objects.requireNonNull(work, "work");
        this.servers = Objects.requireNonNull(servers, "servers");
        messages.localeProperty().addListener(o -> reword());
    }

    // ---------------------------------------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public State state() { return state.get(); }

    /** Where the class is (null while no session is open). */
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty roundProperty() { return round.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty joinedProperty() { return joined.getReadOnlyProperty(); }

    /** How many answered in the current round. */
    public ReadOnlyIntegerProperty answeredProperty() { return answered.getReadOnlyProperty(); }

    /** The lesson's title in the app's language. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** What students type: {@code http://192.168.1.20:8765/}. */
    public ReadOnlyStringProperty addressProperty() { return address.getReadOnlyProperty(); }

    /** The join code as shown: {@code 482 913}. */
    public ReadOnlyStringProperty codeProperty() { return code.getReadOnlyProperty(); }

    /** The QR code of the address with the join code filled in (null while no session is open). */
    public ReadOnlyObjectProperty<QrCode> qrProperty() { return qr.getReadOnlyProperty(); }

    /** "3 joined · 2 answered". */
    public ReadOnlyStringProperty countsTextProperty() { return countsText.getReadOnlyProperty(); }

    /** "Round 1: voting". */
    public ReadOnlyStringProperty phaseTextProperty() { return phaseText.getReadOnlyProperty(); }

    /** Whether the split is on show: after Show results and at the reveal; hidden while a round is voting. */
    public ReadOnlyBooleanProperty distributionShownProperty() { return distributionShown.getReadOnlyProperty(); }

    /**
     * Whether the join card (QR code, address, code) is on show: while a round votes, until half of those who joined
     * have answered round 1 (the class is past joining; a latecomer reads the address and code in the strip that
     * takes its place), or as the teacher chose with {@link #showJoin}.
     */
    public ReadOnlyBooleanProperty joinShownProperty() { return joinShown.getReadOnlyProperty(); }

    /** Per question, the votes for each choice in every round so far (empty until the split is on show). */
    public ObservableList<QuestionBars> questions() { return questionsView; }

    /** The lesson's rule, after the reveal (empty before). */
    public ReadOnlyStringProperty ruleProperty() { return rule.getReadOnlyProperty(); }

    /** Where on the timeline the answer shows, after the reveal. */
    public ReadOnlyStringProperty lookAtProperty() { return lookAt.getReadOnlyProperty(); }

    /** What just happened or went wrong ("Saved …", "Could not start …"). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }

    /** The lesson of the open session (null when none). */
    public Lesson lesson() { return state.get() == State.OFF ? null : lesson; }

    /** The open session, for the wiring and tests (null when none). */
    public ClassSession session() { return session; }

    /** The running server (null when none). */
    public LiveServer server() { return server; }

    /** Called at the reveal with the session's lesson: the wiring plays its run on the timeline. */
    public void setOnReveal(Consumer<Lesson> onReveal) { this.onReveal = Objects.requireNonNull(onReveal, "onReveal"); }

    public boolean canShowResults() { return phase.get() == Phase.VOTING; }

    public boolean canSecondRound() { return round.get() == 1 && (phase.get() == Phase.VOTING || phase.get() == Phase.RESULTS); }

    public boolean canReveal() { return phase.get() == Phase.VOTING || phase.get() == Phase.RESULTS; }

    // ---------------------------------------------------------------------------------------------- commands

    /**
     * Starts a class session for {@code lesson}: its quiz is made and the server started on the background seam.
     * While a session is open, it stays (the teacher ends it first): students already joined are not cut off by a
     * second click.
     */
    public void start(Lesson lesson) {
        Objects.requireNonNull(lesson, "lesson");
        if (state.get() != State.OFF) {
            say(false, w -> w.format("live.alreadyOpen", this.lesson.title(w.locale())));
            return;
        }
        this.lesson = lesson;
        joinChoice = null;
        joinFolded = false;
        state.set(State.STARTING);
        title.set(lesson.title(messages.locale()));
        say(false, w -> w.text("live.starting"));
        work.submit(() -> {
            ClassSession s = new ClassSession(ClassQuiz.of(lesson), false, Limits.CLASSROOM);
            return servers.start(s);
        }, this::opened, e -> {
            state.set(State.OFF);
            say(true, w -> w.format("live.startFailed", Exporter.reason(e)));
        });
    }

    private void opened(LiveServer started) {
        if (state.get() != State.STARTING) {             // ended while it was starting
            work.execute(started::close);
            return;
        }
        server = started;
        session = started.session();
        session.addListener(listener);
        address.set(started.studentUrl().toString());
        code.set(session.code().display());
        qr.set(QrCodes.encode(started.joinUrl().toString()));
        state.set(State.OPEN);
        int port = started.port();
        startedWords = w -> w.format("live.started", port);
        say(false, startedWords);
        refresh();
    }

    /** Once a frame: shows what students did since the last pulse. */
    public void pulse() {
        if (changed.getAndSet(false)) refresh();
    }

    /** Show QR (true) or Hide QR (false): the teacher's choice holds for the rest of the session. */
    public void showJoin(boolean show) {
        if (session == null) return;
        joinChoice = show;
        refresh();
    }

    /** Closes the vote and shows how the class split. */
    public void showResults() { step(() -> session.showResults()); }

    /** Opens the second vote, after the discussion; round 1's bars stay for comparison once round 2's are shown. */
    public void secondRound() { step(() -> session.secondRound()); }

    /** Ends any vote, marks the right choices, shows the rule, and plays the run on the timeline. */
    public void reveal() {
        if (step(() -> session.reveal())) onReveal.accept(lesson);
    }

    /** Every round so far as one CSV file (a row per round, question and choice), in the app's language. */
    public void exportCsv(Path file) {
        if (session == null) return;
        List<Distribution> rounds = new ArrayList<>();
        for (int r = 1; r <= session.round(); r++) rounds.add(session.distribution(r));
        String csv = RoundCsv.of(session.quiz(), rounds, messages.locale());
        say(false, w -> w.format("status.saving", file.getFileName()));
        work.submit(() -> {
            AtomicFiles.write(file, csv);
            return file;
        }, done -> say(false, w -> w.format("status.saved", done.getFileName(), done.toAbsolutePath().getParent())),
                e -> say(true, w -> w.format("status.saveFailed", file.getFileName(), Exporter.reason(e))));
    }

    /** The file name a save dialog suggests: {@code gatherlab-01-gather-keeps-others-running-rounds.csv}. */
    public String suggestedCsvName() {
        return "gatherlab-" + (lesson == null ? "class" : lesson.id()) + "-rounds.csv";
    }

    /**
     * Ends the session: students' pages are told, the answers are dropped, and the port is released (on the
     * background seam: the server gives open responses up to a second).
     */
    public void close() {
        LiveServer s = detach();
        if (s != null) {
            work.execute(s::close);
            say(false, w -> w.text("live.ended"));
        }
    }

    /** At exit: ends the session and releases the port before returning. */
    public void shutdown() {
        LiveServer s = detach();
        if (s != null) s.close();
    }

    // ---------------------------------------------------------------------------------------------- internals

    private interface Step {
        void run() throws Refused;
    }

    private boolean step(Step s) {
        if (session == null) return false;
        try {
            s.run();
            changed.set(false);
            say(false, w -> "");                         // what was said (the port, a saved file) is about an earlier step
            refresh();
            return true;
        } catch (Refused r) {
            say(true, w -> r.getMessage());
            return false;
        }
    }

    private LiveServer detach() {
        LiveServer s = server;
        if (session != null) {
            session.removeListener(listener);
            session.close();
        }
        server = null;
        session = null;
        state.set(State.OFF);
        phase.set(null);
        qr.set(null);
        address.set("");
        code.set("");
        questions.clear();
        distributionShown.set(false);
        joinShown.set(false);
        rule.set("");
        lookAt.set("");
        return s;
    }

    private void say(boolean failure, java.util.function.Function<Words, String> text) {
        messageWords = text;
        failed.set(failure);
        message.set(text.apply(messages.words()));
    }

    private void reword() {
        message.set(messageWords.apply(messages.words()));
        if (lesson != null && state.get() != State.OFF) title.set(lesson.title(messages.locale()));
        if (session != null) refresh();
    }

    /** Everything the screen shows, read from the session in one go. */
    private void refresh() {
        ClassSession.TeacherView v = session.teacherView();
        Words w = messages.words();
        phase.set(v.phase());
        round.set(v.round());
        joined.set(v.joined());
        answered.set(v.answered());
        countsText.set(w.count("live.joined", v.joined()) + " \u00b7 " + w.count("live.answered", v.answered()));
        phaseText.set(w.format("live.round", v.round()) + ": " + w.text("live.phase." + v.phase().name().toLowerCase(Locale.ROOT)));
        boolean shown = v.phase() == Phase.RESULTS || v.phase() == Phase.REVEALED;
        boolean revealed = v.phase() == Phase.REVEALED;
        distributionShown.set(shown);
        if (joinChoice == null && v.round() == 1 && v.answered() > 0 && 2 * v.answered() >= v.joined()) joinFolded = true;
        boolean wantJoin = joinChoice != null ? joinChoice : !joinFolded && v.round() == 1;
        boolean folds = joinShown.get() && !(v.phase() == Phase.VOTING && wantJoin);
        joinShown.set(v.phase() == Phase.VOTING && wantJoin);
        if (folds && messageWords == startedWords) say(false, words -> "");   // "open on port …" was about the card
        questions.setAll(shown ? bars(session.quiz(), v.rounds(), revealed, w) : List.of());
        LessonText text = lesson.text(w.locale());
        rule.set(revealed ? text.rule() : "");
        lookAt.set(revealed ? text.lookAt() : "");
    }

    static List<QuestionBars> bars(ClassQuiz quiz, List<Distribution> rounds, boolean revealed, Words w) {
        List<QuestionBars> out = new ArrayList<>();
        for (Question q : Question.values()) {
            List<String> texts = quiz.texts(q, w.locale(), w.text("answer.none"));
            int right = revealed ? quiz.correct(q) : -1;
            List<QuestionBars.Bar> bars = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                List<QuestionBars.Votes> votes = new ArrayList<>();
                for (Distribution d : rounds) {
                    int n = d.counts(q).get(i);
                    String label = w.count("live.votes", n, d.percent(q, i));
                    if (rounds.size() > 1) label = w.format("live.round", d.round()) + ": " + label;
                    votes.add(new QuestionBars.Votes(d.round(), n, d.percent(q, i), label));
                }
                bars.add(new QuestionBars.Bar(texts.get(i), votes, i == right, counts(votes, w)));
            }
            out.add(new QuestionBars(q, w.text("predict.q." + q.key()), bars));
        }
        return out;
    }

    /** One round's words, or both rounds' counts and shares side by side (the legend above the bars names them). */
    private static String counts(List<QuestionBars.Votes> rounds, Words w) {
        if (rounds.size() == 1) return rounds.getFirst().label();
        QuestionBars.Votes first = rounds.getFirst(), last = rounds.getLast();
        return w.format("live.votes.rounds", first.votes(), last.votes(), first.percent(), last.percent());
    }
}
