package org.gatherlab.app.shell;

import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.gatherlab.app.fx.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The FXML's tooltips ({@code <properties tip="%key"/>}, app.fx.UiPart) are made on the first hover, not with the
 * window (issue 10: thirty popup windows before the main window's first frame): none exists at start, a screen reader
 * has the words all along as the accessible help, the first hover makes the tooltip in the current language, and a
 * language switch re-words it in place.
 */
@ExtendWith(ApplicationExtension.class)
class TooltipOnFirstHoverFxTest {
    private GatherLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = FxAppUnderTest.started(stage, "gatherlab-tips");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void aToolbarTooltipIsMadeOnTheFirstHoverInTheCurrentLanguage(FxRobot robot) throws Exception {
        Button newButton = robot.lookup("#newButton").queryButton();
        ToggleButton realClock = robot.lookup("#realClock").queryAs(ToggleButton.class);
        assertNull(newButton.getTooltip(), "no tooltip before a hover");
        assertNull(realClock.getTooltip(), "no tooltip before a hover");
        assertEquals("New scenario (Ctrl+N)", newButton.getAccessibleHelp());

        robot.moveTo(newButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(newButton.getTooltip(), "the first hover makes the tooltip");
        assertEquals("New scenario (Ctrl+N)", newButton.getTooltip().getText());
        assertNull(realClock.getTooltip(), "only the control hovered gets its tooltip");

        robot.interact(() -> app.messages().setLocale(Words.SPANISH));
        assertEquals("Escenario nuevo (Ctrl+N)", newButton.getTooltip().getText());
        assertEquals("Escenario nuevo (Ctrl+N)", newButton.getAccessibleHelp());
        robot.moveTo(realClock);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Words.SPANISH.getLanguage(), app.messages().locale().getLanguage());
        assertEquals(Words.of(Words.SPANISH).text("toolbar.clock.real.tip"), realClock.getTooltip().getText());
        robot.interact(() -> app.messages().setLocale(Words.ENGLISH));
    }
}
