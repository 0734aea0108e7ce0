module org.gatherlab {
    requires javafx.controls;
    requires javafx.fxml;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;

    exports org.gatherlab.engine;
}
