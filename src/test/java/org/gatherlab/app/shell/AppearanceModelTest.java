package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The timeline's legend, shown or folded, is remembered like the theme. */
class AppearanceModelTest {

    @Test void theLegendIsShownUntilFoldedAndStaysFoldedNextTime() {
        Settings settings = Settings.inMemory();
        AppearanceModel first = new AppearanceModel(settings);
        assertTrue(first.legendShownProperty().get(), "a first start shows the legend");
        first.legendShownProperty().set(false);
        assertEquals("folded", settings.get(AppearanceModel.LEGEND_KEY, null));
        assertFalse(new AppearanceModel(settings).legendShownProperty().get(), "the next start keeps it folded");
        first.legendShownProperty().set(true);
        assertTrue(new AppearanceModel(settings).legendShownProperty().get());
    }

    @Test void aSettingItDoesNotKnowShowsTheLegend() {
        Settings settings = Settings.inMemory();
        settings.put(AppearanceModel.LEGEND_KEY, "sideways");
        assertTrue(new AppearanceModel(settings).legendShownProperty().get());
    }
}
