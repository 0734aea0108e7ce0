module org.gatherlab {
    requires javafx.controls;
    requires javafx.fxml;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;

    exports org.gatherlab.engine;

    // picocli sets the command classes' option fields reflectively.
    opens org.gatherlab.cli to info.picocli;
    // Only tests use it (parsing the SVG report); javafx.graphics brings it into the image anyway.
    requires java.xml;
}
