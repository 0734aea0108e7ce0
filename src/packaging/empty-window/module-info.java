/**
 * The floor GatherLab's start-up is measured against (src/packaging/measure.sh): an empty JavaFX window,
 * linked, launched and AOT-trained the way GatherLab is. Measurement only; never shipped.
 */
module org.gatherlab.emptywindow {
    requires javafx.controls;

    exports org.gatherlab.emptywindow to javafx.graphics;
}
