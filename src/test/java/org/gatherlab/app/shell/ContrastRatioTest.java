package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;

import org.gatherlab.app.timeline.TimelineStyle;

import org.junit.jupiter.api.Test;

/** The contrast test's arithmetic: WCAG 2.1's ratio and compositing, without the toolkit. */
class ContrastRatioTest {
    @Test
    void theRatioIsWcags() {
        assertEquals(21.0, ContrastFxTest.ratio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, ContrastFxTest.ratio(Color.web("#777777"), Color.web("#777777")), 1e-9);
        assertEquals(4.48, ContrastFxTest.ratio(Color.web("#777777"), Color.WHITE), 0.01);
        Color half = ContrastFxTest.over(Color.web("#000000", 0.5), Color.WHITE);
        assertEquals(0.5, half.getRed(), 1e-9, "half black on white is mid grey");
        assertEquals(1.0, half.getOpacity(), 1e-9);
    }

    @Test
    void textOnAPlateIsWhicheverOfBlackAndWhiteReadsBetter() {
        // The timeline's computing bars are vermillion: white reads 3.9:1 on them, black 5.4:1.
        assertEquals(Color.BLACK, TimelineStyle.textOn(TimelineStyle.VERMILLION));
        assertEquals(Color.WHITE, TimelineStyle.textOn(TimelineStyle.BLUE));
        assertEquals(Color.BLACK, TimelineStyle.textOn(TimelineStyle.YELLOW));
        assertEquals(Color.WHITE, TimelineStyle.textOn(Color.web("#1F6FEB")));
        for (Color c : java.util.List.of(TimelineStyle.ORANGE, TimelineStyle.SKY_BLUE, TimelineStyle.BLUISH_GREEN, TimelineStyle.REDDISH_PURPLE,
                TimelineStyle.GREY, TimelineStyle.VERMILLION, TimelineStyle.BLUE, TimelineStyle.YELLOW)) {
            assertTrue(ContrastFxTest.ratio(TimelineStyle.textOn(c), c) >= 4.5, c.toString());
        }
    }
}
