package org.gatherlab.app.classroom.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.nayuki.qrcodegen.QrCode;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.live.ClassQuiz;
import org.gatherlab.live.ClassSession.Phase;
import org.gatherlab.live.QrCodes;
import org.gatherlab.live.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teacher's screen without the toolkit: a real session served on loopback, students answering over HTTP, and
 * what the screen would show at each step: counts, the split (hidden while voting), round 2, the reveal, the CSV,
 * the end (port released). Each pulse stands for a frame.
 */
class LiveClassModelTest {
    private static final Lesson LESSON_01 = LessonLibrary.builtIn().lessons().getFirst();

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<Lesson> revealed = new ArrayList<>();
    private final LiveClassModel model = new LiveClassModel(messages, BackgroundWork.direct(), LiveServers.loopback());

    @AfterEach
    void end() {
        model.shutdown();
    }

    private SimulatedStudents open() {
        model.setOnReveal(revealed::add);
        model.start(LESSON_01);
        assertEquals(LiveClassModel.State.OPEN, model.state(), model.messageProperty().get());
        return new SimulatedStudents(model.server());
    }

    private static String digits(String shown) { return shown.replace(" ", ""); }

    private List<Integer> votes(Question q, int round) {
        QuestionBars bars = model.questions().stream().filter(b -> b.question() == q).findFirst().orElseThrow();
        return bars.bars().stream().map(b -> b.rounds().get(round - 1).votes()).toList();
    }

    @Test
    void startingShowsTheAddressTheCodeAndAQrCodeOfTheJoinLink() {
        open();
        assertEquals("01-gather-keeps-others-running", LESSON_01.id());
        assertTrue(model.codeProperty().get().matches("[0-9]{3} [0-9]{3}"), model.codeProperty().get());
        assertEquals(model.server().studentUrl().toString(), model.addressProperty().get());
        assertTrue(model.addressProperty().get().startsWith("http://127.0.0.1:"));
        QrCode qr = model.qrProperty().get();
        QrCode expected = QrCodes.encode(model.addressProperty().get() + "#code=" + digits(model.codeProperty().get()));
        assertEquals(expected.size, qr.size);
        for (int y = 0; y < qr.size; y++) for (int x = 0; x < qr.size; x++) assertEquals(expected.getModule(x, y), qr.getModule(x, y));
        assertEquals(Phase.VOTING, model.phaseProperty().get());
        assertEquals("0 joined \u00b7 0 answered", model.countsTextProperty().get());
        assertEquals("Round 1: voting", model.phaseTextProperty().get());
        assertEquals(LESSON_01.title(Locale.ENGLISH), model.titleProperty().get());
        assertFalse(model.distributionShownProperty().get());
    }

    @Test
    void countsFollowTheClassAndTheSplitShowsOnlyOnRequest() throws IOException {
        SimulatedStudents students = open();
        String code = digits(model.codeProperty().get());
        assertEquals(403, students.join(1, "000000".equals(code) ? "111111" : "000000"), "a wrong code is refused");
        assertEquals(200, students.join(3, code));
        model.pulse();
        assertEquals(3, model.joinedProperty().get());
        assertEquals("3 joined \u00b7 0 answered", model.countsTextProperty().get());

        // Three students answer differently.
        for (int i = 0; i < 3; i++) assertEquals(200, students.answer(i, 1, i % 3, i % 3, i % 2));
        model.pulse();
        assertEquals(3, model.answeredProperty().get());
        assertTrue(model.questions().isEmpty(), "no bars while the class votes");

        model.showResults();
        assertEquals(Phase.RESULTS, model.phaseProperty().get());
        assertEquals("Round 1: the vote is closed", model.phaseTextProperty().get());
        assertTrue(model.distributionShownProperty().get());
        assertEquals(List.of(Question.WHEN, Question.WHAT, Question.CANCELLED), model.questions().stream().map(QuestionBars::question).toList());
        assertEquals("When does the await return (or raise)?", model.questions().getFirst().heading());
        List<Integer> when = votes(Question.WHEN, 1);
        assertEquals(1, when.get(0));
        assertEquals(1, when.get(1));
        assertEquals(1, when.get(2));
        assertEquals(3, when.stream().mapToInt(Integer::intValue).sum());
        assertEquals(List.of(2, 1), votes(Question.CANCELLED, 1).subList(0, 2));
        QuestionBars.Votes first = model.questions().getFirst().bars().getFirst().rounds().getFirst();
        assertEquals(33, first.percent());
        assertEquals("1 vote (33 %)", first.label());
        assertEquals("1 vote (33 %)", model.questions().getFirst().bars().getFirst().counts(), "one round: its words");
        assertTrue(model.questions().stream().flatMap(q -> q.bars().stream()).noneMatch(QuestionBars.Bar::correct),
                "the answer is not marked before the reveal");
        assertEquals("", model.ruleProperty().get());

        assertEquals(409, students.answer(0, 1, 0, 0, 0), "the vote is closed");
    }

    @Test
    void theJoinCardFoldsOnceHalfTheClassAnsweredAndTheTeachersChoiceHolds() throws IOException {
        SimulatedStudents students = open();
        assertTrue(model.joinShownProperty().get(), "the card while the class joins");
        students.join(4, digits(model.codeProperty().get()));
        students.answer(0, 1, 0, 0, 0);
        model.pulse();
        assertTrue(model.joinShownProperty().get(), "one of four answered: the class is still joining");
        students.answer(1, 1, 1, 0, 0);
        model.pulse();
        assertFalse(model.joinShownProperty().get(), "two of four answered: past joining, the strip instead");
        students.join(4, digits(model.codeProperty().get()));
        model.pulse();
        assertFalse(model.joinShownProperty().get(), "folded for good: latecomers read the strip (2 of 8 answered now)");

        model.showJoin(true);
        assertTrue(model.joinShownProperty().get(), "Show QR");
        model.showResults();
        assertFalse(model.joinShownProperty().get(), "the split takes the panel");
        model.secondRound();
        assertTrue(model.joinShownProperty().get(), "the teacher's Show QR holds in round 2");
        model.showJoin(false);
        assertFalse(model.joinShownProperty().get(), "Hide QR");
        model.close();
        assertFalse(model.joinShownProperty().get());
    }

    @Test
    void aSecondRoundOpensOnTheStripAndANewSessionOnTheCard() throws IOException {
        SimulatedStudents students = open();
        students.join(1, digits(model.codeProperty().get()));
        model.showResults();                               // nobody answered, nothing folded it
        model.secondRound();
        assertFalse(model.joinShownProperty().get(), "round 2: the class has joined");
        model.close();
        model.start(LESSON_01);
        assertTrue(model.joinShownProperty().get(), "a new session starts on the card");
    }

    @Test
    void aSecondRoundKeepsTheFirstAndTheRevealMarksTheAnswerAndPlaysTheRun() throws IOException {
        SimulatedStudents students = open();
        students.join(3, digits(model.codeProperty().get()));
        for (int i = 0; i < 3; i++) students.answer(i, 1, i % 3, 0, 0);
        model.showResults();
        model.secondRound();
        assertEquals(Phase.VOTING, model.phaseProperty().get());
        assertEquals(2, model.roundProperty().get());
        assertFalse(model.distributionShownProperty().get());
        assertEquals("3 joined \u00b7 0 answered", model.countsTextProperty().get(), "answered counts the round being voted");

        ClassQuiz quiz = model.session().quiz();
        int right = quiz.correct(Question.WHEN);
        for (int i = 0; i < 3; i++) students.answer(i, 2, right, 0, 0);
        model.pulse();
        assertEquals(3, model.answeredProperty().get());
        model.showResults();
        assertEquals(List.of(1, 1, 1), votes(Question.WHEN, 1).subList(0, 3));
        assertEquals(3, (int) votes(Question.WHEN, 2).get(right));
        assertEquals("Round 2: 3 votes (100 %)", model.questions().getFirst().bars().get(right).rounds().get(1).label());
        assertEquals("1 \u2192 3 (33 % \u2192 100 %)", model.questions().getFirst().bars().get(right).counts(),
                "both rounds on the projector's one line: round 1 \u2192 round 2");

        model.reveal();
        assertEquals(Phase.REVEALED, model.phaseProperty().get());
        assertEquals(List.of(LESSON_01), revealed, "the reveal plays the lesson's run");
        for (QuestionBars q : model.questions()) {
            for (int i = 0; i < q.bars().size(); i++) assertEquals(i == quiz.correct(q.question()), q.bars().get(i).correct(), q.question() + " " + i);
        }
        assertEquals(LESSON_01.text(Locale.ENGLISH).rule(), model.ruleProperty().get());
        assertEquals(LESSON_01.text(Locale.ENGLISH).lookAt(), model.lookAtProperty().get());
        assertFalse(model.canReveal());
        assertFalse(model.canSecondRound());

        // In Spanish, in place.
        messages.setLocale(Words.SPANISH);
        assertEquals("Ronda 2: respuesta revelada", model.phaseTextProperty().get());
        assertEquals("3 conectados \u00b7 3 han respondido", model.countsTextProperty().get());
        assertEquals("Ronda 2: 3 votos (100 %)", model.questions().getFirst().bars().get(right).rounds().get(1).label());
        assertEquals(LESSON_01.text(Words.SPANISH).rule(), model.ruleProperty().get());
    }

    @Test
    void theCsvHoldsEveryRoundAndAFailureSaysWhichFileAndWhy(@TempDir Path dir) throws IOException {
        SimulatedStudents students = open();
        students.join(2, digits(model.codeProperty().get()));
        students.answer(0, 1, 0, 0, 0);
        students.answer(1, 1, 1, 0, 0);
        model.secondRound();
        students.answer(0, 2, 1, 0, 0);

        Path file = dir.resolve(model.suggestedCsvName());
        assertEquals("gatherlab-01-gather-keeps-others-running-rounds.csv", file.getFileName().toString());
        model.exportCsv(file);
        assertFalse(model.failedProperty().get(), model.messageProperty().get());
        assertEquals("Saved " + file.getFileName() + " in " + dir.toAbsolutePath() + ".", model.messageProperty().get());
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("lesson,round,question,choice,votes,percent,answered,correct", rows.getFirst());
        ClassQuiz quiz = model.session().quiz();
        int perRound = quiz.choices(Question.WHEN) + quiz.choices(Question.WHAT) + quiz.choices(Question.CANCELLED);
        assertEquals(1 + 2 * perRound, rows.size());
        assertTrue(rows.get(1).startsWith("01-gather-keeps-others-running,1,when,"), rows.get(1));
        assertTrue(rows.get(1).endsWith(",1,50,2," + (quiz.correct(Question.WHEN) == 0)), rows.get(1));
        assertTrue(rows.get(1 + perRound).startsWith("01-gather-keeps-others-running,2,when,"));
        assertTrue(rows.get(2 + perRound).contains(",1,100,1,"), rows.get(2 + perRound));

        Path nowhere = dir.resolve("no-such-folder").resolve("x.csv");
        model.exportCsv(nowhere);
        assertTrue(model.failedProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Could not save x.csv: "), model.messageProperty().get());
        assertTrue(model.messageProperty().get().contains("no-such-folder"), model.messageProperty().get());
    }

    @Test
    void endingTheSessionReleasesThePortAndForgetsTheClass() throws IOException {
        SimulatedStudents students = open();
        students.join(1, digits(model.codeProperty().get()));
        int port = model.server().port();
        var session = model.session();
        model.close();
        assertEquals(LiveClassModel.State.OFF, model.state());
        assertEquals(Phase.CLOSED, session.phase());
        assertEquals(0, session.distribution(1).answered());
        assertNull(model.server());
        assertNull(model.qrProperty().get());
        assertEquals("", model.codeProperty().get());
        assertEquals("Class session ended: answers deleted, the server has stopped.", model.messageProperty().get());
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
        // And a new session can start.
        model.start(LESSON_01);
        assertEquals(LiveClassModel.State.OPEN, model.state());
    }

    @Test
    void aSecondStartKeepsTheOpenSessionAndAFailedStartSaysWhy() {
        open();
        var first = model.session();
        model.start(LessonLibrary.builtIn().lessons().get(1));
        assertEquals(first, model.session());
        assertTrue(model.messageProperty().get().startsWith("A class session is already open (lesson "), model.messageProperty().get());

        LiveClassModel broken = new LiveClassModel(messages, BackgroundWork.direct(), s -> {
            throw new java.net.BindException("Address already in use");
        });
        broken.start(LESSON_01);
        assertEquals(LiveClassModel.State.OFF, broken.state());
        assertTrue(broken.failedProperty().get());
        assertEquals("Could not start the class session: Address already in use", broken.messageProperty().get());
        assertNotNull(model.server());
    }
}
