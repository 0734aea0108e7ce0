package org.gatherlab.app.classroom.live;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;

/**
 * The join card folded ({@code classroom/live/join-strip.fxml}): once the class is past joining, the address and
 * the code in the text's size (a latecomer still types them), Show QR to bring the card back, and why the answers are not
 * on show yet. The panel then needs little room, and the timeline the class predicts from gets it.
 */
final class JoinStrip extends UiPart<VBox> {
    private final LiveClassModel model;

    @FXML private Label address;
    @FXML private Label code;
    @FXML private Button show;

    JoinStrip(LiveClassModel model, Messages messages) {
        super("classroom/live/join-strip.fxml", messages);
        this.model = model;
        address.textProperty().bind(model.addressProperty());
        code.textProperty().bind(model.codeProperty());
    }

    @FXML private void show() { model.showJoin(true); }

    Label code() { return code; }

    Button showButton() { return show; }
}
