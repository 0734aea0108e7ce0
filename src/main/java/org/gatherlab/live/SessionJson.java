package org.gatherlab.live;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.Reports;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonText;
import org.gatherlab.report.ScenarioPlanSvg;
import org.gatherlab.report.TimelineSvg;

/**
 * What the pages are sent, as JSON. Everything a page shows in words comes in every language the pages speak
 * (English, Spanish), so switching language needs no request. The correct answers and the rule are only ever
 * put in a view once the session is {@link ClassSession.Phase#REVEALED}: a student cannot read them off the wire
 * before.
 */
final class SessionJson {
    private SessionJson() {}

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    /** The lesson as a page shows it while predicting: scenario, question, choices. No answers. */
    static ObjectNode lesson(ClassQuiz quiz) {
        Lesson lesson = quiz.lesson();
        ObjectNode out = JSON.createObjectNode();
        out.put("id", lesson.id());
        out.set("title", words(l -> lesson.text(l).title()));
        out.set("question", words(l -> lesson.text(l).question()));
        Scenario s = lesson.scenario();
        ObjectNode scenario = out.putObject("scenario");
        scenario.put("name", s.name());
        ArrayNode tasks = scenario.putArray("tasks");
        for (TaskSpec t : s.tasks()) {
            ObjectNode task = tasks.addObject();
            task.put("name", t.name());
            task.put("kind", t.kind().json());
            task.put("durationMs", t.durationMs());
            task.put("failureRate", t.failureRate());
            if (t.failAtMs() != null) task.put("failAtMs", t.failAtMs());
            if (t.cancelAtMs() != null) task.put("cancelAtMs", t.cancelAtMs());
        }
        ArrayNode runs = scenario.putArray("runs");
        s.runs().forEach(r -> runs.add(Reports.label(r)));
        scenario.put("focusRun", lesson.focusRun());
        ArrayNode questions = out.putArray("questions");
        for (Question q : Question.values()) {
            ObjectNode question = questions.addObject();
            question.put("key", q.key());
            ObjectNode choices = question.putObject("choices");
            for (Locale l : LANGUAGES) {
                ArrayNode list = choices.putArray(l.getLanguage());
                quiz.texts(q, l, none(l)).forEach(list::add);
            }
        }
        return out;
    }

    static ObjectNode student(ClassSession session, ClassSession.StudentView v) {
        ObjectNode out = JSON.createObjectNode();
        out.put("phase", v.phase().name().toLowerCase(Locale.ROOT));
        out.put("round", v.round());
        ArrayNode answers = out.putArray("answers");
        for (ClassSession.Answer a : v.answers()) {
            if (a == null) answers.addNull();
            else answers.add(answer(a));
        }
        if (v.phase() == ClassSession.Phase.REVEALED) out.set("reveal", reveal(session.quiz()));
        return out;
    }

    static ObjectNode teacher(ClassSession session, ClassSession.TeacherView v, String studentUrl) {
        ObjectNode out = JSON.createObjectNode();
        out.put("phase", v.phase().name().toLowerCase(Locale.ROOT));
        out.put("round", v.round());
        out.put("joined", v.joined());
        out.put("answered", v.answered());
        out.put("code", session.code().display());
        out.put("url", studentUrl);
        out.put("nicknamesOn", session.nicknames());
        ArrayNode names = out.putArray("nicknames");
        v.nicknames().forEach(names::add);
        ArrayNode rounds = out.putArray("rounds");
        for (Distribution d : v.rounds()) {
            ObjectNode r = rounds.addObject();
            r.put("round", d.round());
            r.put("answered", d.answered());
            ObjectNode counts = r.putObject("counts");
            for (Question q : Question.values()) {
                ArrayNode c = counts.putArray(q.key());
                d.counts(q).forEach(c::add);
            }
        }
        if (v.phase() == ClassSession.Phase.REVEALED) out.set("reveal", reveal(session.quiz()));
        return out;
    }

    /** The answer, its words and the lesson's rule: only for a revealed session. */
    private static ObjectNode reveal(ClassQuiz quiz) {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode correct = out.putObject("correct");
        for (Question q : Question.values()) correct.put(q.key(), quiz.correct(q));
        Lesson lesson = quiz.lesson();
        out.set("rule", words(l -> lesson.text(l).rule()));
        out.set("lookAt", words(l -> lesson.text(l).lookAt()));
        ArrayNode sources = out.putArray("sources");
        for (LessonText.Source s : lesson.text(Locale.ENGLISH).sources()) {
            sources.addObject().put("title", s.title()).put("url", s.url());
        }
        return out;
    }

    static ObjectNode answer(ClassSession.Answer a) {
        ObjectNode o = JSON.createObjectNode();
        for (Question q : Question.values()) o.put(q.key(), a.of(q));
        return o;
    }

    /** The picture a page shows: the plan while predicting, the real timeline (as the SVG export draws it) once revealed. */
    static String picture(ClassSession session, Locale locale) {
        ClassQuiz quiz = session.quiz();
        if (session.phase() == ClassSession.Phase.REVEALED) return TimelineSvg.render(quiz.report());
        return ScenarioPlanSvg.render(quiz.lesson().scenario(), quiz.lesson().focusRun(), planWords(locale));
    }

    static ScenarioPlanSvg.Words planWords(Locale locale) {
        if (!locale.getLanguage().equals("es")) return ScenarioPlanSvg.Words.ENGLISH;
        return new ScenarioPlanSvg.Words("Ejecución", "la clase predice esta ejecución", "resultado oculto hasta que se revele",
                "{0}, {1} ms", "falla", "falla a los {0} ms", "falla con probabilidad {0} %", "task.cancel() a los {0} ms",
                "bucle de eventos");
    }

    static String none(Locale locale) {
        return locale.getLanguage().equals("es") ? "ninguna" : "none";
    }

    private static ObjectNode words(java.util.function.Function<Locale, String> text) {
        ObjectNode o = JSON.createObjectNode();
        for (Locale l : LANGUAGES) o.put(l.getLanguage(), text.apply(l));
        return o;
    }

    static ObjectNode error(Refused r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", r.reason());
        o.put("message", r.getMessage());
        return o;
    }
}
