package org.gatherlab.app.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Light or dark, and whether the timeline's legend is shown, remembered in the settings. Applying them is the app's
 * job (it listens).
 */
public final class AppearanceModel {
    static final String KEY = "theme";
    static final String LEGEND_KEY = "timelineLegend";

    private final Settings settings;
    private final ReadOnlyObjectWrapper<Theme> theme;
    private final BooleanProperty legendShown;

    public AppearanceModel(Settings settings) {
        this.settings = settings;
        theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.fromKey(settings.get(KEY, Theme.LIGHT.key())));
        legendShown = new SimpleBooleanProperty(this, "legendShown", !"folded".equals(settings.get(LEGEND_KEY, "shown")));
        legendShown.addListener((o, was, now) -> settings.put(LEGEND_KEY, now ? "shown" : "folded"));
    }

    /** Whether the timeline's legend is on screen (View ▸ Timeline Legend, the playback bar's toggle). */
    public BooleanProperty legendShownProperty() { return legendShown; }

    public ReadOnlyObjectProperty<Theme> themeProperty() { return theme.getReadOnlyProperty(); }

    public Theme theme() { return theme.get(); }

    public void setTheme(Theme t) {
        if (t == theme.get()) return;
        theme.set(t);
        settings.put(KEY, t.key());
    }

    public void toggle() { setTheme(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK); }
}
