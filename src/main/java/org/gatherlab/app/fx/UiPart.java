package org.gatherlab.app.fx;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.Property;
import javafx.event.EventHandler;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.SegmentedButton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The one FXML loader (AddressBook-Level3's {@code UiPart}): every view is a subclass that names its file under
 * {@value #FXML_FOLDER} and is itself the controller, so views take constructor arguments (their models).
 * Loading happens in this constructor, before the subclass's own constructor body: views therefore do their
 * wiring in their constructors, after {@code super(...)}, not in an {@code initialize()} method.
 *
 * <p>Words. An FXML file names its texts as {@code %key} of the app's bundle ({@link Words}). The loader is given
 * a bundle that answers each key with a marker; after loading, the tree is walked once and every text, prompt,
 * tooltip and accessible text holding a marker is remembered with its key and given the current language's words.
 * When the language changes ({@link Messages#localeProperty()}), the same properties are re-worded in place, so a
 * switch keeps everything the person was doing (selection, focus, scroll, typed text). A {@code %key} on a
 * property the walk does not visit fails the load, rather than showing a marker.
 *
 * <p>Tooltips. A control's tooltip is declared as {@code <properties tip="%key"/>} rather than a {@code <Tooltip>}
 * element: each {@code Tooltip} is a popup window with a scene of its own, and the main window's thirty of them were
 * built (and styled) before its first frame for a hover that may never come. The tooltip is made the first time the
 * mouse enters the control, in the language of that moment, and re-worded like any text from then on; until then
 * the same words are the control's accessible help, which is what a screen reader reads from a tooltip.
 *
 * @param <T> the type of the FXML's root node
 */
public abstract class UiPart<T> {
    public static final String FXML_FOLDER = "/fxml/";
    /** The key of a control's {@code properties} that holds its tooltip's {@code %key} (see the class comment). */
    public static final String TIP = "tip";
    private static final char OPEN = '\uFFF9', CLOSE = '\uFFFB';

    private final FXMLLoader loader = new FXMLLoader();
    private final Messages messages;
    private final List<Worded> worded = new ArrayList<>();
    /** The keys of the tooltips made on the first hover (not worded until then). */
    private final Set<String> tipKeys = new LinkedHashSet<>();
    /** Held here: the language listener is weak, so a closed dialog's part can be collected. */
    private final InvalidationListener reword = o -> reword();

    /** An FXML file without {@code %key} texts. */
    protected UiPart(String fxmlFile) {
        this(fxmlFile, null, null);
    }

    protected UiPart(String fxmlFile, Messages messages) {
        this(fxmlFile, null, messages);
    }

    /** With {@code <fx:root>}: the given object is the root. */
    @SuppressWarnings("this-escape") // by design: the view is its own controller (see the class comment)
    protected UiPart(String fxmlFile, T root, Messages messages) {
        this.messages = messages;
        URL url = UiPart.class.getResource(FXML_FOLDER + fxmlFile);
        if (url == null) throw new IllegalStateException("no FXML file " + FXML_FOLDER + fxmlFile);
        loader.setLocation(url);
        loader.setController(this);
        if (root != null) loader.setRoot(root);
        Markers markers = messages == null ? null : new Markers(messages.words());
        if (markers != null) loader.setResources(markers);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
        if (markers != null) {
            collect(loader.getRoot(), Collections.newSetFromMap(new IdentityHashMap<>()));
            Set<String> missed = new LinkedHashSet<>(markers.asked);
            for (Worded w : worded) missed.remove(w.key());
            missed.removeAll(tipKeys);
            if (!missed.isEmpty()) throw new IllegalStateException(url + ": %key on a property UiPart cannot re-word: " + missed);
            reword();
            messages.localeProperty().addListener(new WeakInvalidationListener(reword));
        }
    }

    public T getRoot() { return loader.getRoot(); }

    /** A resource of the app's own ({@code /assets/...}) as a URL string for CSS and images. */
    public static String resource(String absolutePath) {
        URL url = UiPart.class.getResource(absolutePath);
        if (url == null) throw new IllegalStateException("no resource " + absolutePath);
        return url.toExternalForm();
    }

    // ---- Words ---------------------------------------------------------------------------------------------

    private record Worded(Property<String> property, String key) {}

    private void reword() {
        Words w = messages.words();
        for (Worded x : worded) if (!x.property().isBound()) x.property().setValue(w.text(x.key()));
    }

    private void remember(Property<String> p) {
        String key = markedKey(p.getValue());
        if (key != null) worded.add(new Worded(p, key));
    }

    /** The key of a marker the loader's bundle gave, else null. */
    private static String markedKey(Object v) {
        return v instanceof String s && s.length() > 2 && s.charAt(0) == OPEN && s.charAt(s.length() - 1) == CLOSE
                ? s.substring(1, s.length() - 1) : null;
    }

    /** A {@code <properties tip="%key"/>}: the words as accessible help now, the tooltip on the first hover. */
    private void tipOnFirstHover(Control c) {
        String key = markedKey(c.getProperties().remove(TIP));
        if (key == null) return;
        tipKeys.add(key);
        if (c.getAccessibleHelp() == null || c.getAccessibleHelp().isEmpty()) worded.add(new Worded(c.accessibleHelpProperty(), key));
        EventHandler<MouseEvent> once = new EventHandler<>() {
            @Override public void handle(MouseEvent e) {
                c.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip(messages.words().text(key));
                worded.add(new Worded(tip.textProperty(), key));
                c.setTooltip(tip);
            }
        };
        c.addEventFilter(MouseEvent.MOUSE_ENTERED, once);
    }

    /** Every object of the loaded tree that can carry a text, children before skins exist included. */
    private void collect(Object o, Set<Object> seen) {
        if (o == null || !seen.add(o)) return;
        switch (o) {
            case MenuItem item -> {
                remember(item.textProperty());
                collect(item.getGraphic(), seen);
                if (item instanceof Menu menu) for (MenuItem i : menu.getItems()) collect(i, seen);
            }
            case TableColumnBase<?, ?> column -> {
                remember(column.textProperty());
                collect(column.getGraphic(), seen);
                for (Object c : column.getColumns()) collect(c, seen);
            }
            case Tab tab -> {
                remember(tab.textProperty());
                collect(tab.getTooltip(), seen);
                collect(tab.getGraphic(), seen);
                collect(tab.getContent(), seen);
            }
            case Tooltip tip -> remember(tip.textProperty());
            case Node node -> collectNode(node, seen);
            default -> { }
        }
    }

    private void collectNode(Node node, Set<Object> seen) {
        remember(node.accessibleTextProperty());
        remember(node.accessibleHelpProperty());
        if (node instanceof Labeled l) {
            remember(l.textProperty());
            collect(l.getGraphic(), seen);
        }
        if (node instanceof TextInputControl t) remember(t.promptTextProperty());
        if (node instanceof Control c) {
            collect(c.getTooltip(), seen);
            tipOnFirstHover(c);
            if (c.getContextMenu() != null) for (MenuItem i : c.getContextMenu().getItems()) collect(i, seen);
        }
        switch (node) {
            case MenuBar bar -> bar.getMenus().forEach(m -> collect(m, seen));
            case MenuButton button -> button.getItems().forEach(i -> collect(i, seen));
            case ToolBar bar -> bar.getItems().forEach(i -> collect(i, seen));
            case SplitPane split -> split.getItems().forEach(i -> collect(i, seen));
            case ScrollPane scroll -> collect(scroll.getContent(), seen);
            case TitledPane titled -> collect(titled.getContent(), seen);
            case TabPane tabs -> tabs.getTabs().forEach(t -> collect(t, seen));
            case TableView<?> table -> {
                table.getColumns().forEach(c -> collect(c, seen));
                collect(table.getPlaceholder(), seen);
            }
            case ListView<?> list -> collect(list.getPlaceholder(), seen);
            case SegmentedButton segmented -> segmented.getButtons().forEach(b -> collect(b, seen));
            default -> { }
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, seen);
    }

    /** Answers every key of the app's words with a marker, and notes which keys the FXML asked for. */
    private static final class Markers extends ResourceBundle {
        private final Words real;
        private final Set<String> asked = new LinkedHashSet<>();

        Markers(Words real) { this.real = real; }

        @Override
        protected Object handleGetObject(String key) {
            if (!real.has(key)) return null;
            asked.add(key);
            return OPEN + key + CLOSE;
        }

        @Override
        public Enumeration<String> getKeys() { return Collections.enumeration(real.keys()); }

        /** Not from {@link #handleGetObject}, which would count every key as asked for. */
        @Override
        protected Set<String> handleKeySet() { return real.keys(); }
    }
}
