package org.gatherlab.app.classroom.live;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;

/**
 * The join card ({@code classroom/live/join.fxml}): the QR code (with the join code filled in) as a square as tall
 * as the card leaves it, the six-digit code beside it, the address students open under both; Hide QR folds it
 * into the {@link JoinStrip}.
 *
 * <p>Sizes. The QR code is square and as tall as its row; the row gives the code's column its whole width first
 * (the code is never cut) and the QR code what is left across. At 1280×800 in presenter mode (the panel at half the
 * width) that is an 8-pixel module, 296 pixels for the 37 modules of a version-3 code with its quiet zone: on a
 * 2.5 m wide projected picture, about 58 cm.
 */
final class JoinView extends UiPart<VBox> {
    private final QrView qr = new QrView();

    @FXML private HBox row;
    @FXML private VBox side;
    @FXML private Label address;
    @FXML private StackPane qrHost;
    @FXML private Label code;
    @FXML private Button hide;

    private final LiveClassModel model;

    JoinView(LiveClassModel model, Messages messages) {
        super("classroom/live/join.fxml", messages);
        this.model = model;
        qrHost.getChildren().add(qr);
        // As wide as the row is tall (a square); the row shrinks it, not the code's column, when the panel is narrow.
        qrHost.prefWidthProperty().bind(row.heightProperty());
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

    @FXML private void hide() { model.showJoin(false); }

    QrView qr() { return qr; }

    Label code() { return code; }

    Label address() { return address; }

    Button hideButton() { return hide; }
}
