package org.gatherlab.app.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Light or dark, remembered in the settings. Applying it to the toolkit is the app's job (it listens). */
public final class AppearanceModel {
    static final String KEY = "theme";

    private final Settings settings;
    private final ReadOnlyObjectWrapper<Theme> theme;

    public AppearanceModel(Settings settings) {
        this.settings = settings;
        theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.fromKey(settings.get(KEY, Theme.LIGHT.key())));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() { return theme.getReadOnlyProperty(); }

    public Theme theme() { return theme.get(); }

    public void setTheme(Theme t) {
        if (t == theme.get()) return;
        theme.set(t);
        settings.put(KEY, t.key());
    }

    public void toggle() { setTheme(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK); }
}
