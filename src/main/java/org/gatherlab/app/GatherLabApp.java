package org.gatherlab.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app's entry point: the toolkit creates it; {@link org.gatherlab.Main} launches it. */
public final class GatherLabApp extends Application {
    @Override public void start(Stage stage) {
        stage.setTitle("GatherLab");
        stage.show();
    }

    /** Called by the launcher with no command-line arguments. */
    public static void launchApp(String[] args) {
        Application.launch(GatherLabApp.class, args);
    }
}
