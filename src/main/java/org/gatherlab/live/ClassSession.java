package org.gatherlab.live;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;

import org.gatherlab.runtime.SystemTime;

/**
 * One live class quiz: the join code, who joined, each round's answers and where the class is (voting, looking
 * at the results, revealed, closed). Everything lives in memory and goes when the session does. Thread-safe: the
 * server's request threads and the teacher's controls call it at once; every change bumps a revision that live
 * views wait on ({@link #awaitChange}).
 *
 * <p>The teacher moves it on: {@link #showResults()} closes the vote and shows how it split, {@link #secondRound()}
 * opens a second vote after discussion (the first round's answers are kept), {@link #reveal()} shows the answer.
 */
public final class ClassSession {
    public enum Phase { VOTING, RESULTS, REVEALED, CLOSED }

    public static final int ROUNDS = 2;

    /** One student's answer: the index of the choice picked for each question. */
    public record Answer(int when, int what, int cancelled) {
        public int of(Question q) {
            return switch (q) {
                case WHEN -> when;
                case WHAT -> what;
                case CANCELLED -> cancelled;
            };
        }
    }

    /**
     * A student who joined. {@code token} is their secret (their browser keeps it, to come back after a lost
     * connection); {@code number} counts from 1 in joining order; {@code nickname} is null unless the teacher
     * asked for nicknames and the student gave one.
     */
    public record Student(int number, String token, String nickname) {}

    /** What the teacher's screen shows. {@code nicknames} is empty unless nicknames are on. */
    public record TeacherView(Phase phase, int round, int joined, int answered, List<Distribution> rounds,
                              List<String> nicknames, long revision) {}

    /** What one student's page shows: their answer in each round so far (null where they did not answer). */
    public record StudentView(Phase phase, int round, List<Answer> answers, long revision) {
        public Answer current() { return answers.get(round - 1); }
    }

    private final ClassQuiz quiz;
    private final JoinCode code;
    private final boolean nicknames;
    private final Limits limits;
    private final RandomGenerator secrets;
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final List<Map<String, Answer>> answers = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Phase phase = Phase.VOTING;
    private int round = 1;
    private long revision;
    private long phaseRevision;

    public ClassSession(ClassQuiz quiz, boolean nicknames, Limits limits) {
        this(quiz, nicknames, limits, new SecureRandom());
    }

    /** {@code secrets} makes the join code and the students' tokens: a SecureRandom outside tests. */
    public ClassSession(ClassQuiz quiz, boolean nicknames, Limits limits, RandomGenerator secrets) {
        this.quiz = Objects.requireNonNull(quiz, "quiz");
        this.nicknames = nicknames;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.code = JoinCode.random(secrets);
        for (int r = 0; r < ROUNDS; r++) answers.add(new HashMap<>());
    }

    public ClassQuiz quiz() { return quiz; }

    public JoinCode code() { return code; }

    public boolean nicknames() { return nicknames; }

    public Limits limits() { return limits; }

    /** Called after every change, on the thread that made it; must be quick (a UI posts to its own thread). */
    public void addListener(Runnable listener) { listeners.add(listener); }

    public void removeListener(Runnable listener) { listeners.remove(listener); }

    // ---------------------------------------------------------------------------------------------- students

    /** A new student, if the code is right; late-comers may join in any phase until the session closes. */
    public Student join(String typedCode, String nickname) throws Refused {
        Student s;
        synchronized (this) {
            if (phase == Phase.CLOSED) throw closed();
            if (!code.matches(typedCode)) throw new Refused(403, "wrong-code", "code: that is not this class's join code");
            String name = nicknames ? cleanNickname(nickname, limits.nicknameChars()) : null;
            if (students.size() >= limits.maxStudents()) {
                throw new Refused(503, "class-full", "the class is full (" + limits.maxStudents() + " students)");
            }
            s = new Student(students.size() + 1, newToken(), name);
            students.put(s.token(), s);
            changed(false);
        }
        notifyListeners();
        return s;
    }

    /** The student with this token; a token this session never issued is refused (join again). */
    public synchronized Student student(String token) throws Refused {
        Student s = token == null ? null : students.get(token);
        if (s == null) throw new Refused(401, "unknown-student", "student: unknown or expired; join again with the code");
        return s;
    }

    /**
     * Records (or replaces) a student's answer in the round being voted on. {@code forRound} is the round the
     * student's page shows, so an answer sent just as the teacher opened round 2 is not counted in the wrong round.
     */
    public void answer(String token, int forRound, Answer a) throws Refused {
        synchronized (this) {
            student(token);
            if (phase == Phase.CLOSED) throw closed();
            for (Question q : Question.values()) {
                int i = a.of(q);
                if (i < 0 || i >= quiz.choices(q)) {
                    throw new Refused(400, "bad-answer", q.key() + ": must be a choice from 0 to " + (quiz.choices(q) - 1) + ", got " + i);
                }
            }
            if (phase != Phase.VOTING || forRound != round) {
                throw new Refused(409, "voting-closed", "round " + forRound + ": voting is closed");
            }
            answers.get(round - 1).put(token, a);
            changed(false);
        }
        notifyListeners();
    }

    public synchronized StudentView studentView(String token) throws Refused {
        student(token);
        List<Answer> mine = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) mine.add(answers.get(r).get(token));
        return new StudentView(phase, round, java.util.Collections.unmodifiableList(mine), revision);
    }

    // ---------------------------------------------------------------------------------------------- teacher

    /** Closes the vote and shows how it split (from voting only). */
    public void showResults() throws Refused {
        move(Phase.VOTING, Phase.RESULTS, round, "results: only while the class is voting");
    }

    /** Opens the second vote after the discussion (from round 1's voting or results). */
    public void secondRound() throws Refused {
        synchronized (this) {
            if (round != 1 || (phase != Phase.VOTING && phase != Phase.RESULTS)) {
                throw new Refused(409, "bad-step", "second round: only once, after the first round and before the reveal");
            }
            phase = Phase.VOTING;
            round = 2;
            changed(true);
        }
        notifyListeners();
    }

    /** Shows the answer (ends any vote still open). */
    public void reveal() throws Refused {
        synchronized (this) {
            if (phase != Phase.VOTING && phase != Phase.RESULTS) throw new Refused(409, "bad-step", "reveal: already revealed or closed");
            phase = Phase.REVEALED;
            changed(true);
        }
        notifyListeners();
    }

    /** Ends the session: nobody can join or answer, live views are told, and answers are dropped. */
    public void close() {
        synchronized (this) {
            if (phase == Phase.CLOSED) return;
            phase = Phase.CLOSED;
            for (Map<String, Answer> r : answers) r.clear();
            changed(true);
        }
        notifyListeners();
    }

    public synchronized Phase phase() { return phase; }

    public synchronized int round() { return round; }

    public synchronized TeacherView teacherView() {
        List<Distribution> rounds = new ArrayList<>();
        for (int r = 1; r <= round; r++) rounds.add(distribution(r));
        List<String> names = new ArrayList<>();
        if (nicknames) for (Student s : students.values()) if (s.nickname() != null) names.add(s.nickname());
        return new TeacherView(phase, round, students.size(), answers.get(round - 1).size(), List.copyOf(rounds),
                List.copyOf(names), revision);
    }

    /** How round {@code r} (1-based) split so far. */
    public synchronized Distribution distribution(int r) {
        if (r < 1 || r > ROUNDS) throw new IllegalArgumentException("round " + r);
        Map<String, Answer> given = answers.get(r - 1);
        Map<Question, List<Integer>> counts = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            int[] c = new int[quiz.choices(q)];
            for (Answer a : given.values()) c[a.of(q)]++;
            counts.put(q, java.util.Arrays.stream(c).boxed().toList());
        }
        return new Distribution(r, given.size(), counts);
    }

    // ---------------------------------------------------------------------------------------------- live views

    public synchronized long revision() { return revision; }

    /**
     * Waits until the session changed since revision {@code seen} (only phase and round changes when
     * {@code phaseOnly}: a student's page does not care how many have answered), or the timeout passed, or the
     * session closed. Returns the revision now.
     */
    public synchronized long awaitChange(long seen, boolean phaseOnly, long timeoutMs) throws InterruptedException {
        long deadline = SystemTime.epochMillis() + timeoutMs;
        while (phase != Phase.CLOSED && (phaseOnly ? phaseRevision : revision) <= seen) {
            long left = deadline - SystemTime.epochMillis();
            if (left <= 0) break;
            wait(left);
        }
        return phaseOnly ? phaseRevision : revision;
    }

    public synchronized long phaseRevision() { return phaseRevision; }

    // ---------------------------------------------------------------------------------------------- internals

    private void move(Phase from, Phase to, int inRound, String rule) throws Refused {
        synchronized (this) {
            if (phase != from || round != inRound) throw new Refused(409, "bad-step", rule);
            phase = to;
            changed(true);
        }
        notifyListeners();
    }

    private void changed(boolean phaseChange) {
        revision++;
        if (phaseChange) phaseRevision = revision;
        notifyAll();
    }

    private void notifyListeners() {
        for (Runnable l : listeners) l.run();
    }

    private static Refused closed() {
        return new Refused(410, "closed", "the class session has ended");
    }

    private String newToken() {
        byte[] b = new byte[18];
        secrets.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * A nickname as it may be stored: trimmed, NFC, at most {@code max} characters, no control or invisible
     * formatting characters. HTML characters are allowed: every page shows names as text, never as markup.
     * Null or blank means "no nickname".
     */
    static String cleanNickname(String raw, int max) throws Refused {
        if (raw == null) return null;
        String s = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (s.isEmpty()) return null;
        if (s.codePointCount(0, s.length()) > max) {
            throw new Refused(400, "bad-nickname", "nickname: at most " + max + " characters");
        }
        boolean bad = s.codePoints().anyMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        });
        if (bad) throw new Refused(400, "bad-nickname", "nickname: letters, digits, spaces and punctuation only");
        return s;
    }
}
