package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Zoom, pan and scroll without the toolkit. */
class ViewportModelTest {
    private static ViewportModel model(double width, double height) {
        ViewportModel m = new ViewportModel();
        m.resize(width, height);
        return m;
    }

    @Test void fitShowsTheWholeSpanWithRoomForEndGlyphs() {
        ViewportModel m = model(128 + 400 + 28, 300);
        Viewport vp = m.resolve(400, 100);
        assertTrue(m.isFit());
        assertEquals(0, vp.startMs());
        assertEquals(1, vp.msPerPixel(), 1e-12);
        assertEquals(428, vp.x(300));
    }

    @Test void zoomKeepsTheTimeUnderThePointerInPlace() {
        ViewportModel m = model(556, 300);
        m.resolve(400, 100);
        double under = m.current().ms(328);
        m.zoom(2, 328);
        assertFalse(m.isFit());
        assertEquals(0.5, m.current().msPerPixel(), 1e-12);
        assertEquals(under, m.current().ms(328), 1e-9);
    }

    @Test void zoomingOutPastTheWholeSpanFitsAgain() {
        ViewportModel m = model(556, 300);
        m.resolve(400, 100);
        m.zoomIn();
        m.zoomIn();
        assertFalse(m.isFit());
        m.zoomOut();
        m.zoomOut();
        m.zoomOut();
        assertTrue(m.isFit());
        assertEquals(1, m.resolve(400, 100).msPerPixel(), 1e-12);
    }

    @Test void panningStaysWithinTheSpan() {
        ViewportModel m = model(556, 300);
        m.resolve(400, 100);
        m.zoom(4, 128);
        m.panPixels(1000);                        // far to the left of 0
        assertEquals(0, m.current().startMs());
        m.panPixels(-1_000_000);                  // far past the end
        Viewport vp = m.current();
        assertEquals(400 + 28 * vp.msPerPixel(), vp.endMs(), 1e-9, "the end of the span (and its margin) at the right edge");
    }

    @Test void scrollingStaysWithinTheContent() {
        ViewportModel m = model(556, 424);          // 400 px of content visible under the ruler
        m.resolve(400, 1000);
        m.scrollPixels(-50);
        assertEquals(0, m.scrollY());
        m.scrollPixels(10_000);
        assertEquals(600, m.scrollY());
        assertEquals(600, m.maxScrollY());
    }

    @Test void fitFollowsAGrowingSpan() {
        ViewportModel m = model(556, 300);
        assertEquals(1, m.resolve(400, 100).msPerPixel(), 1e-12);
        assertEquals(2, m.resolve(800, 100).msPerPixel(), 1e-12);
    }
}
