package org.gatherlab.app.classroom.lessons;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gatherlab.app.classroom.InlineCode;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.lessons.LessonText;

/**
 * The lesson browser: the built-in lessons in teaching order, filtered by a search text, one selected; opening a
 * lesson hands it to the callback ({@link #setOnOpen}), which loads its scenario, focus run and prediction.
 * Works without the toolkit.
 */
public final class LessonBrowserModel {

    /**
     * One lesson as the list shows it, in the current language.
     *
     * @param number 1-based position in teaching order
     */
    public record Item(Lesson lesson, int number, String title, String question, String accessibleText) {}

    private final LessonLibrary library;
    private final Messages messages;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<Item> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper filter = new ReadOnlyStringWrapper(this, "filter", "");
    private final ReadOnlyObjectWrapper<Item> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Lesson> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Consumer<Lesson> onOpen = lesson -> { };

    public LessonBrowserModel(LessonLibrary library, Messages messages) {
        this.library = Objects.requireNonNull(library, "library");
        this.messages = Objects.requireNonNull(messages, "messages");
        messages.localeProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    // ---------------------------------------------------------------------------------------------- properties

    /** The lessons that match the filter, in teaching order. */
    public ObservableList<Item> items() { return readOnlyItems; }

    public ReadOnlyStringProperty filterProperty() { return filter.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Item> selectedProperty() { return selected.getReadOnlyProperty(); }

    /** The lesson last opened (null before any). */
    public ReadOnlyObjectProperty<Lesson> openedProperty() { return opened.getReadOnlyProperty(); }

    /** "15 lessons" or "2 of 15 lessons match “cancel”": for the list's status line and screen readers. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public int total() { return library.size(); }

    // ---------------------------------------------------------------------------------------------- commands

    public void setOnOpen(Consumer<Lesson> onOpen) { this.onOpen = Objects.requireNonNull(onOpen, "onOpen"); }

    /** Shows only lessons whose number, title, question or myth contains every word (any case, any accents). */
    public void setFilter(String text) {
        filter.set(text == null ? "" : text);
        refresh();
    }

    public void select(Item item) { selected.set(item); }

    /** Selects the lesson with this id, clearing the filter if it hides it. */
    public void select(String lessonId) {
        if (find(lessonId) == null) setFilter("");
        selected.set(find(lessonId));
    }

    /** Opens the selected lesson; does nothing when none is selected. */
    public void openSelected() {
        if (selected.get() != null) open(selected.get().lesson());
    }

    public void open(Lesson lesson) {
        Objects.requireNonNull(lesson, "lesson");
        opened.set(lesson);
        onOpen.accept(lesson);
    }

    // ---------------------------------------------------------------------------------------------- internals

    private Item find(String lessonId) {
        for (Item i : items) if (i.lesson().id().equals(lessonId)) return i;
        return null;
    }

    private void refresh() {
        Locale locale = messages.locale();
        Words m = messages.words();
        String[] words = fold(filter.get()).trim().split("\\s+");
        String keep = selected.get() == null ? null : selected.get().lesson().id();
        List<Item> out = new ArrayList<>();
        List<Lesson> all = library.lessons();
        for (int i = 0; i < all.size(); i++) {
            Lesson l = all.get(i);
            LessonText t = l.text(locale);
            String haystack = fold((i + 1) + " " + t.title() + " " + t.question() + " " + t.myth() + " " + l.title() + " " + l.id());
            boolean match = true;
            for (String w : words) if (!w.isEmpty() && !haystack.contains(w)) match = false;
            if (!match) continue;
            String question = InlineCode.plain(t.question());
            out.add(new Item(l, i + 1, t.title(), question,
                    m.format("browser.item.accessible", i + 1, t.title(), question)));
        }
        items.setAll(out);
        Item again = keep == null ? null : find(keep);
        selected.set(again);
        summary.set(filter.get().isBlank() ? m.format("browser.summary.all", all.size())
                : out.isEmpty() ? m.format("browser.summary.none", filter.get().strip())
                : m.format("browser.summary.some", out.size(), all.size(), filter.get().strip()));
    }

    /** Lower case without accents, so "cancelacion" finds "cancelación". */
    static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }
}
