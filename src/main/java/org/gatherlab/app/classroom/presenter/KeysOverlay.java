package org.gatherlab.app.classroom.presenter;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;

/**
 * "?" shows the keys ({@code classroom/presenter/keys-overlay.fxml}): every {@link Shortcut} with its key and what it
 * does, in the current language, on a card over a dimmed scrim. Put its root in a StackPane above the window's
 * content; {@link #toggle()} shows and hides it; Esc, "?" or Close hides it and gives the keyboard back to where it was.
 */
public final class KeysOverlay extends UiPart<StackPane> {
    private final Messages messages;
    private Node focusBefore;

    @FXML private VBox card;
    @FXML private Button close;
    @FXML private ScrollPane scroll;
    @FXML private GridPane grid;

    public KeysOverlay(Messages messages) {
        super("classroom/presenter/keys-overlay.fxml", messages);
        this.messages = messages;
        ClassroomStyles.style(getRoot(), "keys-overlay");
        initListeners();
        listKeys();
    }

    public boolean isShowing() { return getRoot().isVisible(); }

    public void toggle() {
        if (isShowing()) hide();
        else show();
    }

    public void show() {
        StackPane root = getRoot();
        focusBefore = root.getScene() == null ? null : root.getScene().getFocusOwner();
        root.setVisible(true);
        root.setManaged(true);
        close.requestFocus();
    }

    @FXML
    public void hide() {
        getRoot().setVisible(false);
        getRoot().setManaged(false);
        if (focusBefore != null && focusBefore.getScene() != null) focusBefore.requestFocus();
        focusBefore = null;
    }

    private void initListeners() {
        StackPane root = getRoot();
        messages.localeProperty().addListener((obs, was, now) -> listKeys());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        root.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter())) {
                hide();
                e.consume();
            }
        });
        // A click on the scrim (outside the card) closes it, as the Close button does.
        root.setOnMouseClicked(e -> {
            if (e.getTarget() == root) hide();
        });
    }

    /** One row per shortcut, the presenter's under their own heading; the whole list is also one spoken text. */
    private void listKeys() {
        Words m = messages.words();
        grid.getChildren().clear();
        int row = 0;
        boolean presenterHeading = false;
        StringBuilder spoken = new StringBuilder(m.text("keys.title")).append(". ");
        for (Shortcut s : Shortcut.all()) {
            if (s.presenterOnly() && !presenterHeading) {
                Label h = new Label(m.text("keys.presenterSection"));
                h.getStyleClass().add("keys-section");
                grid.add(h, 0, row++, 2, 1);
                presenterHeading = true;
            }
            Label key = new Label(m.text(s.keyLabelKey()));
            key.getStyleClass().add("keycap");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(m.text(s.descriptionKey()));
            what.getStyleClass().add("key-description");
            what.setWrapText(true);
            grid.addRow(row++, key, what);
            spoken.append(key.getText()).append(": ").append(what.getText()).append(". ");
        }
        card.setAccessibleText(spoken.toString());
        scroll.setAccessibleText(spoken.toString());
        getRoot().setAccessibleText(spoken.toString());
    }
}
