package org.gatherlab.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.gatherlab.lessons.LessonLibrary;
import org.junit.jupiter.api.Test;

class ClassSessionTest {
    static ClassQuiz lesson01() {
        return ClassQuiz.of(LessonLibrary.builtIn().lessons().getFirst());
    }

    private final ClassSession session = new ClassSession(lesson01(), false, Limits.CLASSROOM, new Random(7));

    private String code() { return session.code().digits(); }

    @Test
    void aWrongCodeIsRefusedAndTheRightOneInAnyFormIsNot() throws Exception {
        Refused r = assertThrows(Refused.class, () -> session.join("000000".equals(code()) ? "111111" : "000000", null));
        assertEquals(403, r.status());
        assertEquals("wrong-code", r.reason());
        assertEquals(1, session.join(code().substring(0, 3) + " " + code().substring(3), null).number());
        assertEquals(2, session.join(" " + code().substring(0, 3) + "-" + code().substring(3), null).number());
        assertEquals(2, session.teacherView().joined());
    }

    @Test
    void withoutNicknamesNobodyIsNamedEvenIfTheyTry() throws Exception {
        assertNull(session.join(code(), "Ana").nickname());
        assertEquals(List.of(), session.teacherView().nicknames());
    }

    @Test
    void nicknamesAreCleanedAndBoundedButHtmlIsKeptAsText() throws Exception {
        ClassSession named = new ClassSession(lesson01(), true, Limits.CLASSROOM, new Random(1));
        String code = named.code().digits();
        assertEquals("<b>Ana</b>", named.join(code, "  <b>Ana</b> ").nickname());
        assertNull(named.join(code, "   ").nickname());
        assertEquals("bad-nickname", assertThrows(Refused.class, () -> named.join(code, "x".repeat(25))).reason());
        assertEquals("bad-nickname", assertThrows(Refused.class, () -> named.join(code, "Ana\u202Eevil")).reason());
        assertEquals("bad-nickname", assertThrows(Refused.class, () -> named.join(code, "a\nb")).reason());
        // A wrong code is refused as such, whatever the nickname: a stranger learns nothing else.
        assertEquals("wrong-code", assertThrows(Refused.class, () -> named.join("x", "\n")).reason());
        assertEquals(List.of("<b>Ana</b>"), named.teacherView().nicknames());
    }

    @Test
    void answersCountOncePerStudentAndTheLastOneHolds() throws Exception {
        String a = session.join(code(), null).token();
        String b = session.join(code(), null).token();
        session.answer(a, 1, new ClassSession.Answer(0, 1, 2));
        session.answer(a, 1, new ClassSession.Answer(1, 1, 2));
        session.answer(b, 1, new ClassSession.Answer(1, 0, 0));
        Distribution d = session.distribution(1);
        assertEquals(2, d.answered());
        assertEquals(List.of(0, 2, 0), d.counts(Question.WHEN));
        assertEquals(List.of(1, 1, 0, 0), d.counts(Question.WHAT));
        assertEquals(List.of(1, 0, 1, 0), d.counts(Question.CANCELLED));
        assertEquals(100, d.percent(Question.WHEN, 1));
    }

    @Test
    void aChoiceOutOfRangeNamesTheQuestion() throws Exception {
        String a = session.join(code(), null).token();
        Refused r = assertThrows(Refused.class, () -> session.answer(a, 1, new ClassSession.Answer(0, 9, 0)));
        assertEquals(400, r.status());
        assertTrue(r.getMessage().startsWith("what: must be a choice from 0 to 3"), r.getMessage());
        assertEquals(401, assertThrows(Refused.class, () -> session.answer("forged", 1, new ClassSession.Answer(0, 0, 0))).status());
    }

    @Test
    void roundsResultsAndRevealFollowTheTeacher() throws Exception {
        String a = session.join(code(), null).token();
        session.answer(a, 1, new ClassSession.Answer(0, 0, 0));
        session.showResults();
        assertEquals(ClassSession.Phase.RESULTS, session.phase());
        assertEquals(409, assertThrows(Refused.class, () -> session.answer(a, 1, new ClassSession.Answer(1, 1, 1))).status());
        session.secondRound();
        // An answer for the round the page showed before round 2 opened does not land in round 2.
        assertEquals(409, assertThrows(Refused.class, () -> session.answer(a, 1, new ClassSession.Answer(1, 1, 1))).status());
        session.answer(a, 2, new ClassSession.Answer(1, 1, 1));
        assertEquals(List.of(1, 0, 0), session.distribution(1).counts(Question.WHEN));
        assertEquals(List.of(0, 1, 0), session.distribution(2).counts(Question.WHEN));
        assertEquals(409, assertThrows(Refused.class, session::secondRound).status());
        session.reveal();
        assertEquals(ClassSession.Phase.REVEALED, session.phase());
        assertEquals(2, session.teacherView().rounds().size());
        assertEquals(409, assertThrows(Refused.class, session::reveal).status());
    }

    @Test
    void closingDropsEveryAnswerAndRefusesEveryone() throws Exception {
        String a = session.join(code(), null).token();
        session.answer(a, 1, new ClassSession.Answer(0, 0, 0));
        session.close();
        assertEquals(0, session.distribution(1).answered());
        assertEquals(410, assertThrows(Refused.class, () -> session.join(code(), null)).status());
        assertEquals(410, assertThrows(Refused.class, () -> session.answer(a, 1, new ClassSession.Answer(0, 0, 0))).status());
    }

    @Test
    void theClassIsFullAtItsCap() throws Exception {
        ClassSession small = new ClassSession(lesson01(), false, new Limits(2048, 24, 2, 20, 60, 10, 4, 10), new Random(3));
        small.join(small.code().digits(), null);
        small.join(small.code().digits(), null);
        assertEquals(503, assertThrows(Refused.class, () -> small.join(small.code().digits(), null)).status());
    }

    @Test
    void aWaitingViewWakesOnAChangeAndStudentsOnlyOnPhaseChanges() throws Exception {
        long phase = session.phaseRevision();
        String a = session.join(code(), null).token();
        assertEquals(phase, session.awaitChange(phase, true, 10), "a join is not a phase change");
        long any = session.revision();
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                session.answer(a, 1, new ClassSession.Answer(0, 0, 0));
                session.showResults();
            } catch (Refused e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(session.awaitChange(phase, true, 10_000) > phase);
        t.join();
        assertTrue(session.revision() > any);
    }

    @Test
    void theCorrectChoicesAreTheEnginesAnswers() {
        ClassQuiz quiz = lesson01();
        // Lesson 01: gather raises TaskFailed(B) at 100 ms and cancels nothing.
        assertEquals("100 ms", quiz.texts(Question.WHEN, java.util.Locale.ENGLISH, "none").get(quiz.correct(Question.WHEN)));
        assertEquals("raises TaskFailed(B)", quiz.texts(Question.WHAT, java.util.Locale.ENGLISH, "none").get(quiz.correct(Question.WHAT)));
        assertEquals("none", quiz.texts(Question.CANCELLED, java.util.Locale.ENGLISH, "none").get(quiz.correct(Question.CANCELLED)));
        assertEquals("lanza TaskFailed(B)", quiz.texts(Question.WHAT, java.util.Locale.forLanguageTag("es"), "ninguna").get(quiz.correct(Question.WHAT)));
    }

    @Test
    void everyBuiltInLessonMakesAClassQuiz() {
        for (var lesson : LessonLibrary.builtIn().lessons()) {
            ClassQuiz quiz = ClassQuiz.of(lesson);
            for (Question q : Question.values()) assertTrue(quiz.correct(q) >= 0, lesson.id() + " " + q);
        }
    }
}
