package org.gatherlab.app.classroom.presenter;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;

/**
 * "?" shows the keys: every {@link Shortcut} with its key and what it does, in the current language, on a card over
 * a dimmed scrim. Put it in a StackPane above the window's content; {@link #toggle()} shows and hides it; Esc, "?"
 * or Close hides it and gives the keyboard back to where it was.
 */
public final class KeysOverlay extends StackPane {
    private final Messages messages;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final Label footer = new Label();
    private final Button close = new Button();
    private final VBox card = new VBox();
    private javafx.scene.control.ScrollPane scrollPane;
    private javafx.scene.Node focusBefore;

    public KeysOverlay(Messages messages) {
        this.messages = messages;
        createView();
        initListeners();
        reword();
        setVisible(false);
        setManaged(false);
    }

    public boolean isShowing() { return isVisible(); }

    public void toggle() {
        if (isShowing()) hide();
        else show();
    }

    public void show() {
        focusBefore = getScene() == null ? null : getScene().getFocusOwner();
        setVisible(true);
        setManaged(true);
        close.requestFocus();
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
        if (focusBefore != null && focusBefore.getScene() != null) focusBefore.requestFocus();
        focusBefore = null;
    }

    private void createView() {
        ClassroomStyles.style(this, "keys-overlay");
        setId("keys-overlay");
        setAccessibleRole(AccessibleRole.NODE);
        title.getStyleClass().addAll("keys-title", "title-3");
        grid.getStyleClass().add("keys-grid");
        footer.getStyleClass().add("keys-footer");
        footer.setWrapText(true);
        footer.setMinHeight(Region.USE_PREF_SIZE);
        close.setId("keys-close");
        close.setOnAction(e -> hide());
        close.setCancelButton(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(title, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);
        // In presenter mode the list can be taller than the window: it scrolls, the card never leaves the window.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.getStyleClass().add("keys-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(true);
        scrollPane = scroll;
        javafx.scene.layout.VBox.setVgrow(scroll, Priority.ALWAYS);
        card.getStyleClass().add("keys-card");
        card.getChildren().addAll(top, scroll, footer);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setMinSize(0, 0);
        setMinSize(0, 0);
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
    }

    private void initListeners() {
        messages.localeProperty().addListener((obs, was, now) -> reword());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter())) {
                hide();
                e.consume();
            }
        });
        // A click on the scrim (outside the card) closes it, as the Close button does.
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) hide();
        });
    }

    private void reword() {
        Words m = messages.words();
        title.setText(m.text("keys.title"));
        close.setText(m.text("keys.close"));
        close.setAccessibleText(m.text("keys.close.accessible"));
        footer.setText(m.text("keys.footer"));
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
        scrollPane.setAccessibleText(spoken.toString());
        setAccessibleText(spoken.toString());
    }
}
