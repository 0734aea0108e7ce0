package org.gatherlab.app.classroom.live;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;

/**
 * The join screen ({@code classroom/live/join.fxml}): the address students open, its QR code (with the join code
 * filled in) beside the six-digit code, as large as the panel allows.
 */
final class JoinView extends UiPart<VBox> {
    private final QrView qr = new QrView();

    @FXML private HBox row;
    @FXML private Label address;
    @FXML private StackPane qrHost;
    @FXML private Label code;

    JoinView(LiveClassModel model, Messages messages) {
        super("classroom/live/join.fxml", messages);
        qrHost.getChildren().add(qr);
        // A square as tall as the row, but never more than half its width: the code and address need the rest.
        qrHost.prefWidthProperty().bind(Bindings.min(row.heightProperty(), row.widthProperty().multiply(0.5)));
        qr.codeProperty().bind(model.qrProperty());
        address.textProperty().bind(model.addressProperty());
        code.textProperty().bind(model.codeProperty());
        // A screen reader reads the code digit by digit, as a student would type it.
        code.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.text("live.join.code") + ": " + String.join(" ", model.codeProperty().get().replace(" ", "").split("")),
                model.codeProperty(), messages.localeProperty()));
        qr.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.format("live.qr.accessible", model.addressProperty().get()), model.addressProperty(), messages.localeProperty()));
    }

    QrView qr() { return qr; }

    Label code() { return code; }

    Label address() { return address; }
}
