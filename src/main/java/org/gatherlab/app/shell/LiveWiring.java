package org.gatherlab.app.shell;

import javafx.scene.Scene;

import org.gatherlab.app.classroom.live.LiveClassroom;
import org.gatherlab.app.classroom.live.LiveServers;
import org.gatherlab.app.classroom.presenter.KeyMap;
import org.gatherlab.app.classroom.presenter.Shortcut;
import org.gatherlab.app.fx.FxBackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.app.run.ComparisonView;
import org.gatherlab.engine.ClockKind;

/**
 * The live class quiz in the main window: Run ▸ Start class session and the presenter's key C start it for the
 * classroom's lesson (or open the lesson list when none is open), the teacher's screen docks beside the timeline
 * (the side panel held closed and the outcome cards stepping aside meanwhile),
 * and Reveal plays the lesson's run there, in slow motion in presenter mode, as predict-then-reveal does.
 */
final class LiveWiring {
    private LiveWiring() {}

    /** The port: {@code gatherlab.live.port}, else the command line's default; 0 lets the system pick one. */
    static final String PORT_PROPERTY = "gatherlab.live.port";

    static LiveClassroom install(MainWindow window, ClassroomPanel classroom, ComparisonView view, Messages messages) {
        ComparisonModel comparison = view.model();
        // Its own thread: starting and stopping the server never waits behind file or engine work.
        LiveServers servers = LiveServers.network(Integer.getInteger(PORT_PROPERTY, LiveServers.DEFAULT_PORT));
        LiveClassroom live = new LiveClassroom(messages, new FxBackgroundWork("gatherlab-live"), servers);
        live.dockIn(window.getRoot());
        live.setTextScale(classroom.presenter().effectiveScaleProperty());
        // The side panel (editor, lessons, question) would leave the timeline a strip beside the class's panel.
        live.setSidePanel(new LiveClassroom.SidePanel() {
            @Override
            public boolean close() { return window.closeSidePanel(); }

            @Override
            public void release(boolean reopen) { window.releaseSidePanel(reopen); }
        });
        // The outcome cards would be a cut strip under the half-width timeline: they step aside while the session is
        // docked (each run's heading on the timeline says its outcome), and come back after.
        view.cardsShownProperty().bind(live.dockedProperty().not());
        live.model().setOnReveal(lesson -> {
            comparison.run(lesson.scenario(), ClockKind.VIRTUAL);
            classroom.slowMotionIfPresenting();
        });
        Runnable start = () -> {
            if (!live.start(classroom.currentLesson())) classroom.showLessons();
        };
        window.setOnClassSession(start);
        Scene scene = window.getRoot().getScene();
        if (scene != null) new KeyMap().on(Shortcut.CLASS_SESSION, start).install(scene);
        else window.getRoot().sceneProperty().addListener((o, was, now) -> {
            if (was == null && now != null) new KeyMap().on(Shortcut.CLASS_SESSION, start).install(now);
        });
        return live;
    }
}
