package org.gatherlab.app;

import javafx.fxml.FXMLLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The one FXML loader (AddressBook-Level3's {@code UiPart}): every view is a subclass that names its file under
 * {@value #FXML_FOLDER} and is itself the controller, so views take constructor arguments (their models).
 * Loading happens in this constructor, before the subclass's own constructor body: views therefore do their
 * wiring in their constructors, after {@code super(...)}, not in an {@code initialize()} method.
 *
 * @param <T> the type of the FXML's root node
 */
public abstract class UiPart<T> {
    public static final String FXML_FOLDER = "/fxml/";

    private final FXMLLoader loader = new FXMLLoader();

    protected UiPart(String fxmlFile) {
        this(fxmlFile, null);
    }

    /** With {@code <fx:root>}: the given object is the root. */
    @SuppressWarnings("this-escape") // by design: the view is its own controller (see the class comment)
    protected UiPart(String fxmlFile, T root) {
        URL url = UiPart.class.getResource(FXML_FOLDER + fxmlFile);
        if (url == null) throw new IllegalStateException("no FXML file " + FXML_FOLDER + fxmlFile);
        loader.setLocation(url);
        loader.setController(this);
        if (root != null) loader.setRoot(root);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }

    public T getRoot() { return loader.getRoot(); }

    /** A resource of the app's own ({@code /assets/...}) as a URL string for CSS and images. */
    public static String resource(String absolutePath) {
        URL url = UiPart.class.getResource(absolutePath);
        if (url == null) throw new IllegalStateException("no resource " + absolutePath);
        return url.toExternalForm();
    }
}
