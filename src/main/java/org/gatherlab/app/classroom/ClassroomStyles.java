package org.gatherlab.app.classroom;

import java.net.URL;

import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The classroom's stylesheet ({@value #STYLESHEET}): tokens (Okabe–Ito colours, the answer and difference looks,
 * code colours), the presenter scales and the high-contrast theme. Every classroom view carries it; the presenter's
 * scale and high-contrast tokens need it on the scene (or its root) too: {@link #install(Scene)}.
 */
public final class ClassroomStyles {
    private ClassroomStyles() {}

    public static final String STYLESHEET = "/assets/css/classroom.css";

    public static String url() {
        URL url = ClassroomStyles.class.getResource(STYLESHEET);
        if (url == null) throw new IllegalStateException("no resource " + STYLESHEET);
        return url.toExternalForm();
    }

    /** Adds the stylesheet to the scene, once. */
    public static void install(Scene scene) {
        if (!scene.getStylesheets().contains(url())) scene.getStylesheets().add(url());
    }

    /** Gives a classroom view its style class and stylesheet. */
    public static void style(Parent view, String styleClass) {
        view.getStyleClass().addAll("classroom", styleClass);
        if (!view.getStylesheets().contains(url())) view.getStylesheets().add(url());
    }
}
