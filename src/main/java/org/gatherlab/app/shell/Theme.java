package org.gatherlab.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks: AtlantaFX's Primer light and dark. */
public enum Theme {
    LIGHT("light"), DARK("dark");

    private final String key;

    Theme(String key) { this.key = key; }

    public String key() { return key; }

    public static Theme fromKey(String key) {
        for (Theme t : values()) if (t.key.equals(key)) return t;
        return LIGHT;
    }

    /** The user-agent stylesheet for {@code Application.setUserAgentStylesheet}. */
    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
