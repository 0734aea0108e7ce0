package org.gatherlab.app.classroom.presenter;

import java.util.List;

import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;

import org.gatherlab.app.classroom.ClassroomStyles;

/**
 * Puts a {@link PresenterMode} into effect on a root node (normally the scene's root): its style classes
 * ({@code presenter}, {@code presenter-200}, {@code high-contrast}) come and go with the model, and classroom.css does
 * the rest (font size on the root, which every em-sized control follows; high-contrast tokens). No inline styles.
 */
public final class PresenterStyler {
    private PresenterStyler() {}

    /** Keeps {@code root}'s style classes in step with the model; returns a handle that stops it. */
    public static Runnable bind(Parent root, PresenterMode mode) {
        if (!root.getStylesheets().contains(ClassroomStyles.url())) root.getStylesheets().add(ClassroomStyles.url());
        ChangeListener<List<String>> listener = (obs, was, now) -> apply(root, now);
        mode.styleClassesProperty().addListener(listener);
        apply(root, mode.styleClassesProperty().get());
        return () -> {
            mode.styleClassesProperty().removeListener(listener);
            apply(root, List.of());
        };
    }

    private static void apply(Parent root, List<String> classes) {
        root.getStyleClass().removeAll(PresenterMode.allStyleClasses());
        root.getStyleClass().addAll(classes);
    }
}
