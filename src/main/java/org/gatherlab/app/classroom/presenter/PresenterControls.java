package org.gatherlab.app.classroom.presenter;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;

/**
 * Presenter mode's controls for a toolbar ({@code classroom/presenter/presenter-controls.fxml}): on/off, high
 * contrast, and the size (− 200 % +). The same things have keys (P, H, [ and ]); see {@link Shortcut}.
 */
public final class PresenterControls extends UiPart<HBox> {
    private final PresenterMode mode;
    private final Messages messages;

    @FXML private ToggleButton presenter;
    @FXML private ToggleButton contrast;
    @FXML private Label sizeLabel;
    @FXML private Button smaller;
    @FXML private Label size;
    @FXML private Button bigger;

    public PresenterControls(PresenterMode mode, Messages messages) {
        super("classroom/presenter/presenter-controls.fxml", messages);
        this.mode = mode;
        this.messages = messages;
        ClassroomStyles.style(getRoot(), "presenter-controls");
        sizeLabel.setLabelFor(size);
        initListeners();
        showSize();
    }

    @FXML private void smaller() { mode.smaller(); }

    @FXML private void bigger() { mode.bigger(); }

    private void initListeners() {
        messages.localeProperty().addListener((obs, was, now) -> showSize());
        presenter.setSelected(mode.isOn());
        presenter.selectedProperty().addListener((obs, was, now) -> mode.setOn(now));
        mode.onProperty().addListener((obs, was, now) -> presenter.setSelected(now));
        contrast.setSelected(mode.highContrastProperty().get());
        contrast.selectedProperty().addListener((obs, was, now) -> mode.setHighContrast(now));
        mode.highContrastProperty().addListener((obs, was, now) -> contrast.setSelected(now));
        mode.scalePercentProperty().addListener((obs, was, now) -> showSize());
        smaller.disableProperty().bind(mode.scalePercentProperty().lessThanOrEqualTo(PresenterMode.MIN_SCALE));
        bigger.disableProperty().bind(mode.scalePercentProperty().greaterThanOrEqualTo(PresenterMode.MAX_SCALE));
    }

    /** The size, shown and spoken; the − and + buttons say it too. */
    private void showSize() {
        Words m = messages.words();
        int pct = mode.scalePercentProperty().get();
        size.setText(m.format("presenter.scale.value", pct));
        String spoken = m.format("presenter.scale.accessible", pct);
        size.setAccessibleText(spoken);
        smaller.setAccessibleText(m.text("keys.smaller") + ". " + spoken);
        bigger.setAccessibleText(m.text("keys.bigger") + ". " + spoken);
    }
}
