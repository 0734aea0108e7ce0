package org.gatherlab.app.classroom.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.junit.jupiter.api.Test;

class LessonBrowserModelTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final LessonBrowserModel model = new LessonBrowserModel(LessonLibrary.builtIn(), messages);

    @Test void listsTheBuiltInLessonsInTeachingOrder() {
        List<String> ids = model.items().stream().map(i -> i.lesson().id()).toList();
        assertEquals(LessonLibrary.builtIn().ids(), ids);
        assertTrue(ids.size() >= 12);
        LessonBrowserModel.Item first = model.items().getFirst();
        assertEquals(1, first.number());
        assertEquals("gather doesn't cancel the others", first.title());
        assertTrue(first.question().contains("await asyncio.gather(A, B, C)"), "backticks are dropped: " + first.question());
        assertEquals("18 lessons, in teaching order", model.summaryProperty().get());
    }

    @Test void filtersByEveryWordInAnyCaseAndAccents() {
        model.setFilter("TASKGROUP cancels");
        assertEquals(List.of("05-taskgroup-cancels-siblings"), model.items().stream().map(i -> i.lesson().id()).toList());
        model.setFilter("no such lesson");
        assertTrue(model.items().isEmpty());
        assertEquals("No lesson matches “no such lesson”", model.summaryProperty().get());
        messages.setLocale(Words.SPANISH);
        model.setFilter("cancelacion");          // "cancelación", typed without the accent
        assertTrue(!model.items().isEmpty() && model.items().stream().allMatch(i -> LessonBrowserModel.fold(i.title() + i.question()
                + i.lesson().text(Words.SPANISH).myth()).contains("cancelacion")), "found " + model.items());
    }

    @Test void theListFollowsTheLanguage() {
        messages.setLocale(Words.SPANISH);
        assertEquals("gather no cancela a las demás", model.items().getFirst().title());
        assertEquals("18 lecciones, en orden didáctico", model.summaryProperty().get());
    }

    @Test void openingHandsTheLessonToTheCallback() {
        List<Lesson> opened = new ArrayList<>();
        model.setOnOpen(opened::add);
        model.openSelected();                      // nothing selected: nothing happens
        assertTrue(opened.isEmpty());
        model.select("01-gather-keeps-others-running");
        model.openSelected();
        assertEquals("01-gather-keeps-others-running", opened.getFirst().id());
        assertEquals(0, opened.getFirst().focusRun());
        assertEquals(opened.getFirst(), model.openedProperty().get());
    }

    @Test void selectingAHiddenLessonClearsTheFilter() {
        model.setFilter("semaphore");
        model.select("01-gather-keeps-others-running");
        assertEquals("", model.filterProperty().get());
        assertEquals("01-gather-keeps-others-running", model.selectedProperty().get().lesson().id());
        model.setFilter("semaphore");
        assertNull(model.selectedProperty().get(), "a filtered-out lesson is not selected");
    }
}
