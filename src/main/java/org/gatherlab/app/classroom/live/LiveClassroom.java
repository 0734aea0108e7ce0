package org.gatherlab.app.classroom.live;

import java.util.Objects;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Alert;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Dialogs;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.live.ClassSession.Phase;

/**
 * The class session in the main window: {@link #start} opens it for the current lesson and docks the teacher's
 * screen beside what the window shows (its centre: the editor and the timeline), ending the session undocks it.
 * Before the reveal the panel takes most of the width (the join screen and the split are what the class looks
 * at); at the reveal it narrows so the run plays on the timeline beside the class's answers.
 */
public final class LiveClassroom {
    /**
     * Where the divider sits: the window's own content on the left, the class on the right. While the class votes the
     * panel takes most of the width (the join screen needs it: at half a 1280-pixel projector its heading and code
     * overlap the address); at the reveal the run plays on 62 % of the width beside the answers.
     */
    static final double VOTING_DIVIDER = 0.38;
    static final double REVEALED_DIVIDER = 0.62;

    private final LiveClassModel model;
    private final LiveClassPanel panel;
    private final Messages messages;
    private final SplitPane split = new SplitPane();
    private BorderPane host;
    private Node content;
    private double contentMinWidth;

    public LiveClassroom(Messages messages, BackgroundWork work, LiveServers servers) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.model = new LiveClassModel(messages, work, servers);
        this.panel = new LiveClassPanel(model, messages);
        panel.setConfirmEnd(this::confirmEnd);
        split.getStyleClass().add("live-class-split");
        model.stateProperty().addListener((o, was, now) -> dock(now != LiveClassModel.State.OFF));
        model.phaseProperty().addListener((o, was, now) -> {
            if (now == Phase.REVEALED && isDocked()) split.setDividerPositions(REVEALED_DIVIDER);
        });
    }

    public LiveClassModel model() { return model; }

    public LiveClassPanel panel() { return panel; }

    /** The main window's root: its centre is what the class panel docks beside. */
    public void dockIn(BorderPane mainRoot) { this.host = Objects.requireNonNull(mainRoot, "mainRoot"); }

    public boolean isDocked() { return content != null; }

    /**
     * Starts a session for {@code lesson}, or shows the one already open; false when there is no lesson to start
     * one for (the caller then offers the lessons).
     */
    public boolean start(Lesson lesson) {
        if (lesson == null && model.state() == LiveClassModel.State.OFF) return false;
        if (lesson != null) model.start(lesson);
        if (isDocked()) panel.focusNextStep();
        return true;
    }

    /** At exit: the server stops before the app does. */
    public void shutdown() { model.shutdown(); }

    private void dock(boolean on) {
        if (host == null || on == isDocked()) return;
        if (on) {
            content = host.getCenter();
            host.setCenter(null);
            // The window's own minimum (editor beside timeline) would leave the class panel a strip: while the
            // class is docked, the content may narrow (it is the panel the class reads until the reveal).
            if (content instanceof Region r) {
                contentMinWidth = r.getMinWidth();
                r.setMinWidth(0);
            }
            split.getItems().setAll(content, panel.getRoot());
            host.setCenter(split);
            split.setDividerPositions(VOTING_DIVIDER);
            panel.focusNextStep();
        } else {
            split.getItems().clear();
            if (content instanceof Region r) r.setMinWidth(contentMinWidth);
            host.setCenter(content);
            content = null;
        }
    }

    private boolean confirmEnd() {
        if (host == null || host.getScene() == null) return true;
        ButtonType end = new ButtonType(messages.text("live.end"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.text("live.end.tip"), end, ButtonType.CANCEL);
        ask.setHeaderText(null);
        ask.setTitle(messages.text("live.title"));
        Dialogs.prepare(ask, host.getScene().getWindow());
        return ask.showAndWait().orElse(ButtonType.CANCEL) == end;
    }
}
