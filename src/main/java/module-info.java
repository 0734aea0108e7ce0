module org.gatherlab {
    requires javafx.controls;
    requires javafx.fxml;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.material2;
    // The app remembers theme and recent files with java.util.prefs.
    requires java.prefs;
    // The live class quiz: the JDK's HTTP server (src/site/markdown/live-class.md) and a QR code library.
    requires jdk.httpserver;
    requires io.nayuki.qrcodegen;

    exports org.gatherlab.engine;
    exports org.gatherlab.runs;
    // The toolkit instantiates the Application subclass reflectively.
    exports org.gatherlab.app.shell to javafx.graphics;
    // FXML injects @FXML fields of the controllers (views pass themselves as controller).
    opens org.gatherlab.app.shell to javafx.fxml;
    opens org.gatherlab.app.editor to javafx.fxml;
    opens org.gatherlab.app.timeline to javafx.fxml;
    opens org.gatherlab.app.run to javafx.fxml;
    opens org.gatherlab.app.classroom.lessons to javafx.fxml;
    opens org.gatherlab.app.classroom.predict to javafx.fxml;
    opens org.gatherlab.app.classroom.code to javafx.fxml;
    opens org.gatherlab.app.classroom.export to javafx.fxml;
    opens org.gatherlab.app.classroom.presenter to javafx.fxml;
    opens org.gatherlab.app.classroom.live to javafx.fxml;

    // picocli sets the command classes' option fields reflectively.
    opens org.gatherlab.cli to info.picocli;
    // Only tests use it (parsing the SVG report); javafx.graphics brings it into the image anyway.
    requires java.xml;
}
