package org.gatherlab.app.classroom.presenter;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;

/**
 * Presenter mode's controls for a toolbar: on/off, high contrast, and the size (− 200 % +). The same things have
 * keys (P, H, [ and ]); see {@link Shortcut}.
 */
public final class PresenterControls extends HBox {
    private final PresenterMode mode;
    private final Messages messages;
    private final ToggleButton presenter = new ToggleButton();
    private final ToggleButton contrast = new ToggleButton();
    private final Label sizeLabel = new Label();
    private final Button smaller = new Button("−");
    private final Label size = new Label();
    private final Button bigger = new Button("+");

    public PresenterControls(PresenterMode mode, Messages messages) {
        this.mode = mode;
        this.messages = messages;
        createView();
        initListeners();
        reword();
    }

    private void createView() {
        ClassroomStyles.style(this, "presenter-controls");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        presenter.setId("presenter-toggle");
        contrast.setId("high-contrast-toggle");
        smaller.setId("presenter-smaller");
        bigger.setId("presenter-bigger");
        size.setId("presenter-size");
        size.getStyleClass().add("presenter-size");
        presenter.setMnemonicParsing(false);
        contrast.setMnemonicParsing(false);
        sizeLabel.setLabelFor(size);
        getChildren().addAll(presenter, contrast, sizeLabel, smaller, size, bigger);
    }

    private void initListeners() {
        messages.localeProperty().addListener((obs, was, now) -> reword());
        presenter.setSelected(mode.isOn());
        presenter.selectedProperty().addListener((obs, was, now) -> mode.setOn(now));
        mode.onProperty().addListener((obs, was, now) -> presenter.setSelected(now));
        contrast.setSelected(mode.highContrastProperty().get());
        contrast.selectedProperty().addListener((obs, was, now) -> mode.setHighContrast(now));
        mode.highContrastProperty().addListener((obs, was, now) -> contrast.setSelected(now));
        smaller.setOnAction(e -> mode.smaller());
        bigger.setOnAction(e -> mode.bigger());
        mode.scalePercentProperty().addListener((obs, was, now) -> reword());
        smaller.disableProperty().bind(mode.scalePercentProperty().lessThanOrEqualTo(PresenterMode.MIN_SCALE));
        bigger.disableProperty().bind(mode.scalePercentProperty().greaterThanOrEqualTo(PresenterMode.MAX_SCALE));
    }

    private void reword() {
        Words m = messages.words();
        presenter.setText(m.text("presenter.toggle"));
        presenter.setAccessibleText(m.text("presenter.toggle.accessible"));
        contrast.setText(m.text("presenter.highContrast"));
        contrast.setAccessibleText(m.text("presenter.highContrast.accessible"));
        sizeLabel.setText(m.text("presenter.scale"));
        int pct = mode.scalePercentProperty().get();
        size.setText(m.format("presenter.scale.value", pct));
        String spoken = m.format("presenter.scale.accessible", pct);
        size.setAccessibleText(spoken);
        smaller.setAccessibleText(m.text("keys.smaller") + ". " + spoken);
        bigger.setAccessibleText(m.text("keys.bigger") + ". " + spoken);
    }
}
