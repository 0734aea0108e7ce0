package org.gatherlab.app.classroom.live;

import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableDoubleValue;
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
 * The panel never takes more than half the width: the timeline beside it shows the runs the class predicts
 * from, whole; while only the strip of join details shows, the timeline gets more.
 */
public final class LiveClassroom {
    /**
     * The panel's share of the width (the window's own content, the timeline, on the left; the class on the right).
     * The join card, the split and the reveal take half (the card is laid out for it, the bars are compact); the strip
     * the card folds into needs less, so the timeline the class predicts from gets 62 %. A divider the teacher drags
     * stays until the panel shows something else or the window is resized.
     */
    static final double HALF = 0.5;
    static final double STRIP = 0.38;
    /**
     * Nor wider than its text needs: 23 em of the app's 14-pixel text times presenter mode's scale (644 pixels at
     * 200 %: half a 1280-pixel projector; on a 1920-pixel one the timeline gets the rest), and never less than 448
     * pixels outside presenter mode (the join card's QR code and code side by side).
     */
    static final double MAX_EM = 23;
    static final double TEXT_PX = 14;
    static final double MIN_CAP = 448;

    /**
     * The window's side panel: closed while the class is docked, in normal and presenter mode alike (presenter mode
     * going off would otherwise bring the editor back and squeeze the timeline), opened again after if it was open.
     */
    public interface SidePanel {
        /** Closes it and keeps it closed until {@link #release}; true if it was open. */
        boolean close();

        /** The session is over: as before it, open again if {@code reopen}. */
        void release(boolean reopen);
    }

    private final LiveClassModel model;
    private final LiveClassPanel panel;
    private final Messages messages;
    private final SplitPane split = new SplitPane();
    private BorderPane host;
    private Node content;
    private double contentMinWidth;
    private SidePanel sidePanel = new SidePanel() {
        @Override
        public boolean close() { return false; }

        @Override
        public void release(boolean reopen) { }
    };
    private boolean sidePanelWasOpen;
    private final ReadOnlyBooleanWrapper docked = new ReadOnlyBooleanWrapper(this, "docked");
    private ObservableDoubleValue textScale = new javafx.beans.property.SimpleDoubleProperty(1);

    public LiveClassroom(Messages messages, BackgroundWork work, LiveServers servers) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.model = new LiveClassModel(messages, work, servers);
        this.panel = new LiveClassPanel(model, messages);
        panel.setConfirmEnd(this::confirmEnd);
        split.getStyleClass().add("live-class-split");
        model.stateProperty().addListener((o, was, now) -> dock(now != LiveClassModel.State.OFF));
        model.joinShownProperty().addListener(o -> placeDivider());
        model.distributionShownProperty().addListener(o -> placeDivider());
        split.widthProperty().addListener(o -> placeDivider());
    }

    public LiveClassModel model() { return model; }

    public LiveClassPanel panel() { return panel; }

    /** The main window's root: its centre is what the class panel docks beside. */
    public void dockIn(BorderPane mainRoot) { this.host = Objects.requireNonNull(mainRoot, "mainRoot"); }

    /** Presenter mode's text scale (1 when off): the panel's widest grows with its text. */
    public void setTextScale(ObservableDoubleValue scale) {
        this.textScale = Objects.requireNonNull(scale, "scale");
        scale.addListener(o -> placeDivider());
    }

    public void setSidePanel(SidePanel sidePanel) { this.sidePanel = Objects.requireNonNull(sidePanel, "sidePanel"); }

    public boolean isDocked() { return content != null; }

    /** Whether the teacher's screen is docked beside the timeline now. */
    public ReadOnlyBooleanProperty dockedProperty() { return docked.getReadOnlyProperty(); }

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
            sidePanelWasOpen = sidePanel.close();
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
            docked.set(true);
            placeDivider();
            panel.focusNextStep();
        } else {
            split.getItems().clear();
            if (content instanceof Region r) r.setMinWidth(contentMinWidth);
            host.setCenter(content);
            content = null;
            docked.set(false);
            sidePanel.release(sidePanelWasOpen);
        }
    }

    /** The panel's share of {@code width} for what it shows now: half, less beside the strip, never over its cap. */
    double panelShare(double width) {
        boolean strip = model.phaseProperty().get() == Phase.VOTING && !model.joinShownProperty().get();
        double cap = Math.max(MIN_CAP, MAX_EM * TEXT_PX * textScale.get());
        return Math.min(strip ? STRIP : HALF, cap / width);
    }

    private void placeDivider() {
        double w = split.getWidth();
        if (isDocked() && w > 0) split.setDividerPositions(1 - panelShare(w));
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
