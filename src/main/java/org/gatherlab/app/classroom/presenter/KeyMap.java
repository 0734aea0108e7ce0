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
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Wires the {@link Shortcut}s to actions on a scene. The handlers listen as the event bubbles up, so a control that
 * uses a key itself keeps it (arrows in a list, Space on a focused button); typing into a text field never triggers
 * a shortcut. Install once on the main window's scene:
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
        scene.addEventHandler(KeyEvent.KEY_TYPED, typed);
    }

    public void uninstall(Scene scene) {
        scene.removeEventHandler(KeyEvent.KEY_PRESSED, pressed);
        scene.removeEventHandler(KeyEvent.KEY_TYPED, typed);
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

    private static boolean isTextInput(Object target) {
        if (target instanceof TextInputControl) return true;
        // A node inside an editable combo box's editor, or similar.
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) return true;
        }
        return false;
    }
}
