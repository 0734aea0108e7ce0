/**
 * The desktop app, as rooms. {@code fx} is the shared base every room uses (the one view loader
 * {@link org.gatherlab.app.fx.UiPart}, the one background seam {@link org.gatherlab.app.fx.BackgroundWork}, the one
 * i18n {@link org.gatherlab.app.fx.Messages} over {@code assets/i18n}, icons, dialogs); {@code editor}, {@code run},
 * {@code timeline} and {@code classroom.*} are the features; {@code shell} builds the windows and wires the features
 * together, and nothing but the launcher depends on it. This package itself holds no classes.
 */
package org.gatherlab.app;
