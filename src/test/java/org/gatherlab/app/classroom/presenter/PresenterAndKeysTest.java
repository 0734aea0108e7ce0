package org.gatherlab.app.classroom.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.junit.jupiter.api.Test;

import org.gatherlab.app.fx.Words;

/** Presenter mode and the keyboard map, without the toolkit. */
class PresenterAndKeysTest {

    @Test void presenterModeScalesBetween150And250InStepsOf25() {
        PresenterMode p = new PresenterMode();
        assertFalse(p.isOn());
        assertEquals(1.0, p.effectiveScaleProperty().get());
        assertEquals(List.of(), p.styleClassesProperty().get());
        p.toggle();
        assertEquals(2.0, p.effectiveScaleProperty().get());
        assertEquals(List.of("presenter", "presenter-200", "high-contrast"), p.styleClassesProperty().get());
        p.setScalePercent(999);
        assertEquals(250, p.scalePercentProperty().get());
        p.bigger();
        assertEquals(250, p.scalePercentProperty().get());
        p.setScalePercent(160);
        assertEquals(150, p.scalePercentProperty().get());
        p.setScalePercent(170);
        assertEquals(175, p.scalePercentProperty().get());
        p.smaller();
        p.smaller();
        assertEquals(150, p.scalePercentProperty().get());
        p.toggleHighContrast();
        assertEquals(List.of("presenter", "presenter-150"), p.styleClassesProperty().get());
        assertEquals(0.25, p.slowMotionSpeedProperty().get());
        p.toggle();
        assertEquals(1.0, p.effectiveScaleProperty().get());
        assertTrue(PresenterMode.allStyleClasses().containsAll(List.of("presenter-150", "presenter-250", "high-contrast")));
    }

    @Test void everyShortcutMatchesItsKeys() {
        assertEquals(Shortcut.PLAY_PAUSE, Shortcut.match(false, KeyCode.SPACE, "", false));
        assertEquals(Shortcut.STEP_BACK, Shortcut.match(false, KeyCode.LEFT, "", false));
        assertEquals(Shortcut.STEP_FORWARD, Shortcut.match(false, KeyCode.RIGHT, "", false));
        assertEquals(Shortcut.FASTER, Shortcut.match(true, KeyCode.UNDEFINED, "+", false));
        assertEquals(Shortcut.FASTER, Shortcut.match(true, KeyCode.UNDEFINED, "=", false));
        assertEquals(Shortcut.SLOWER, Shortcut.match(true, KeyCode.UNDEFINED, "-", false));
        assertEquals(Shortcut.RERUN, Shortcut.match(true, KeyCode.UNDEFINED, "R", false));
        assertEquals(Shortcut.PRESENTER, Shortcut.match(true, KeyCode.UNDEFINED, "p", false));
        assertEquals(Shortcut.SHOW_KEYS, Shortcut.match(true, KeyCode.UNDEFINED, "?", false));
        assertEquals(Shortcut.LESSONS, Shortcut.match(true, KeyCode.UNDEFINED, "l", false));
        assertNull(Shortcut.match(true, KeyCode.UNDEFINED, "r", true), "Ctrl+R belongs to the menus");
        assertNull(Shortcut.match(false, KeyCode.R, "", false), "letters match as typed characters, not key codes");
    }

    @Test void theKeyMapRunsBoundActionsAndLeavesTextFieldsAlone() {
        List<String> ran = new ArrayList<>();
        KeyMap keys = new KeyMap().on(Shortcut.PLAY_PAUSE, () -> ran.add("play")).on(Shortcut.RERUN, () -> ran.add("rerun"));
        assertEquals(Shortcut.PLAY_PAUSE, keys.dispatch(KeyEvent.KEY_PRESSED, KeyCode.SPACE, "", false, null));
        assertEquals(Shortcut.RERUN, keys.dispatch(KeyEvent.KEY_TYPED, KeyCode.UNDEFINED, "r", false, null));
        assertNull(keys.dispatch(KeyEvent.KEY_TYPED, KeyCode.UNDEFINED, "p", false, null), "unbound");
        assertEquals(List.of("play", "rerun"), ran);
    }

    @Test void everyShortcutIsDocumentedInBothLanguages() {
        for (Locale l : Words.SUPPORTED) {
            Words m = Words.of(l);
            for (Shortcut s : Shortcut.all()) {
                assertTrue(m.has(s.descriptionKey()), l + " " + s.descriptionKey());
                assertTrue(m.has(s.keyLabelKey()), l + " " + s.keyLabelKey());
            }
        }
        assertEquals("Espacio", Words.of(Words.SPANISH).text(Shortcut.PLAY_PAUSE.keyLabelKey()));
    }
}
