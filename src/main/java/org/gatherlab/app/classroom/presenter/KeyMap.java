package org.gatherlab.app.classroom.presenter;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Wires the {@link Shortcut}s to actions on a scene. Space and the arrows are heard as the event bubbles up, so a
 * control that uses them keeps them (arrows in a list or a table, Space on a focused button). The typed keys (P, ?, L,
 * C, R, + ...) are heard before any control: they work wherever the focus is, except where text is being typed (a
 * text field, or a table or list cell being edited). A table cell that is not being edited is not typing, so C on the
 * task table starts the class session; to type a value there, F2, Enter or a double-click opens the cell first.
 * Install once on the main window's scene:
 *
 * <pre>{@code
 * KeyMap keys = new KeyMap()
 *         .on(Shortcut.PLAY_PAUSE, playback::toggle)
 *         .on(Shortcut.PRESENTER, presenter::toggle)
 *         .on(Shortcut.SHOW_KEYS, overlay::toggle);
 * keys.install(scene);
 * }</pre>
 */
public final class KeyMap {
    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);
    private final EventHandler<KeyEvent> pressed = e -> handle(e, false);
    private final EventHandler<KeyEvent> typed = e -> handle(e, true);

    /** Binds a shortcut to an action (replacing any earlier one). */
    public KeyMap on(Shortcut shortcut, Runnable action) {
        actions.put(Objects.requireNonNull(shortcut, "shortcut"), Objects.requireNonNull(action, "action"));
        return this;
    }

    public boolean has(Shortcut shortcut) { return actions.containsKey(shortcut); }

    public void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
    }

    public void uninstall(Scene scene) {
        scene.removeEventHandler(KeyEvent.KEY_PRESSED, pressed);
        scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
    }

    /** Runs the action for this event, if a shortcut matches and is bound; returns the shortcut run, else null. */
    public Shortcut dispatch(EventType<KeyEvent> type, javafx.scene.input.KeyCode code, String character,
                             boolean commandModifier, Object target) {
        if (isTextInput(target)) return null;
        Shortcut s = Shortcut.match(type == KeyEvent.KEY_TYPED, code, character, commandModifier);
        if (s == null || !actions.containsKey(s)) return null;
        // Space on a focused button presses the button: leave it to the button.
        if (s == Shortcut.PLAY_PAUSE && (target instanceof ButtonBase || target instanceof ComboBoxBase<?>)) return null;
        actions.get(s).run();
        return s;
    }

    private void handle(KeyEvent e, boolean isTyped) {
        if (e.isConsumed()) return;
        Object target = e.getTarget();
        if (target instanceof Scene scene) target = scene.getFocusOwner();
        Shortcut s = dispatch(isTyped ? KeyEvent.KEY_TYPED : KeyEvent.KEY_PRESSED, e.getCode(), e.getCharacter(),
                e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown(), target);
        if (s != null) e.consume();
    }

    /** Text is typed there: a text field (an editable combo box's editor too), or a table or list editing a cell. */
    static boolean isTextInput(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) return true;
            if (n instanceof TableView<?> table && table.getEditingCell() != null) return true;
            if (n instanceof ListView<?> list && list.getEditingIndex() >= 0) return true;
        }
        return false;
    }
}
