package org.gatherlab.app.classroom.presenter;

import java.util.List;
import java.util.Locale;

import javafx.scene.input.KeyCode;

/**
 * Every classroom shortcut, the one place they are written down: the keys (as the overlay shows them) and what they
 * do (bundle keys {@code keys.<name>}). Space and the arrows are matched as key presses; the others as typed
 * characters, so they work on any keyboard layout ("+" is wherever the layout puts it).
 */
public enum Shortcut {
    PLAY_PAUSE(KeyCode.SPACE, "", "key.space"),
    STEP_BACK(KeyCode.LEFT, "", "key.left"),
    STEP_FORWARD(KeyCode.RIGHT, "", "key.right"),
    SLOWER(null, "-", "key.minus"),
    FASTER(null, "+=", "key.plus"),
    RERUN(null, "rR", "key.r"),
    PRESENTER(null, "pP", "key.p"),
    SHOW_KEYS(null, "?", "key.question"),
    LESSONS(null, "lL", "key.l"),
    SMALLER(null, "[", "key.bracketLeft"),
    BIGGER(null, "]", "key.bracketRight"),
    HIGH_CONTRAST(null, "hH", "key.h"),
    CLASS_SESSION(null, "cC", "key.c");

    private final KeyCode pressed;
    private final String typed;
    private final String keyLabel;

    Shortcut(KeyCode pressed, String typed, String keyLabel) {
        this.pressed = pressed;
        this.typed = typed;
        this.keyLabel = keyLabel;
    }

    /** The bundle key of the key's name as shown ("Space", "←", "+"). */
    public String keyLabelKey() { return "keys." + keyLabel; }

    /** The bundle key of what it does. */
    public String descriptionKey() { return "keys." + name().toLowerCase(Locale.ROOT).replace('_', '.'); }

    /** Whether presenter mode alone uses it (the overlay groups these apart). */
    public boolean presenterOnly() { return this == SMALLER || this == BIGGER || this == HIGH_CONTRAST; }

    /**
     * The shortcut for a key event, if any. Key presses match Space and the arrows; typed characters match the rest.
     * Nothing matches while Ctrl, Alt or Meta is held (those belong to the menus).
     */
    public static Shortcut match(boolean typedEvent, KeyCode code, String character, boolean commandModifier) {
        if (commandModifier) return null;
        for (Shortcut s : values()) {
            if (!typedEvent && s.pressed != null && s.pressed == code) return s;
            if (typedEvent && !s.typed.isEmpty() && character != null && character.length() == 1 && s.typed.contains(character)) return s;
        }
        return null;
    }

    public static List<Shortcut> all() { return List.of(values()); }
}
