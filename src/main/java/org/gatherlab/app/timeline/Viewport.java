package org.gatherlab.app.timeline;

/** Scaffolding so the package exists for module-info; the timeline's owner replaces it. */
record Viewport(double startMs, double msPerPixel, double width, double height) {
}
