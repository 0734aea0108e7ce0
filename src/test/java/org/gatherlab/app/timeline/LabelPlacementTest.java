package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * No text the layout places is drawn over another (as the layout estimates widths; ProjectorLayoutFxTest measures the
 * painted fonts in the real window): the axis labels and the playhead's tag, a heading's title, detail and marks.
 */
class LabelPlacementTest {
    private final List<TimelineRun> runs = FitRunsTest.defaultComparison();

    /** The presenter's 1280x800 seen in the old screenshot: "1000 ms" under the "1250 ms" tag. */
    @Test void theAxisLabelUnderThePlayheadsTagIsLeftOut() {
        Viewport vp = new Viewport(0, 1250 / (520.0 - 128 - 28), 520, 280, 0, 2);
        Frame f = TimelineLayout.layout(runs, 1250, vp);
        Primitive.Playhead p = f.all(Primitive.Playhead.class).getFirst();
        assertEquals("1250 ms", p.label());
        assertEquals(520 - p.tagW(), p.tagX(), 1e-9, "kept inside the right edge");
        Primitive.Tick thousand = f.all(Primitive.Tick.class).stream().filter(t -> Math.abs(vp.ms(t.x()) - 1000) < 1e-6).findFirst().orElseThrow();
        assertNull(thousand.label(), "its tick and grid line stay, its label goes");
        for (Primitive.Tick t : f.all(Primitive.Tick.class)) {
            if (t.label() == null) continue;
            double x0 = t.x() + 3, x1 = x0 + TimelineLayout.textWidth(t.label());
            assertTrue(x1 <= p.tagX() - 4 || x0 >= p.tagX() + p.tagW() + 4, t + " clears the tag");
        }
    }

    @Test void aHeadingsTextsNeverOverlapAtAnyWidth() {
        for (double width = 300; width <= 1900; width += 37) {
            for (double playhead : new double[] {400, 1250, Double.POSITIVE_INFINITY}) {
                Viewport vp = Viewport.fit(1250, width, 1200);
                Frame f = TimelineLayout.layout(runs, playhead, vp);
                for (Primitive.PanelHeader hd : f.all(Primitive.PanelHeader.class)) {
                    for (int row = 1; row <= 2; row++) {
                        List<double[]> boxes = new ArrayList<>();
                        if (row == 1) boxes.add(new double[] {8, 8 + TimelineLayout.textWidth(hd.title()) * 1.1});
                        if (hd.detailRow() == row) {
                            double x = row == 1 ? 8 + TimelineLayout.textWidth(hd.title()) * 1.1 + 14 : 8;
                            boxes.add(new double[] {x, x + TimelineLayout.textWidth(hd.detail())});
                        }
                        for (Primitive.Annotation a : hd.annotations()) {
                            if (a.row() != row) continue;
                            boolean bold = a.kind() == Primitive.AnnotationKind.RETURNED || a.kind() == Primitive.AnnotationKind.RAISED;
                            boxes.add(new double[] {a.x(), a.x() + TimelineLayout.textWidth(a.text()) * (bold ? 1.1 : 1)});
                            assertTrue(a.x() + TimelineLayout.textWidth(a.text()) <= width, a + " inside the width " + width);
                        }
                        for (int i = 0; i < boxes.size(); i++) {
                            for (int j = i + 1; j < boxes.size(); j++) {
                                double[] a = boxes.get(i), b = boxes.get(j);
                                assertTrue(a[1] <= b[0] || b[1] <= a[0], "run " + (hd.run() + 1) + " row " + row + " at width " + width + ": " + hd);
                            }
                        }
                    }
                }
            }
        }
    }
}
