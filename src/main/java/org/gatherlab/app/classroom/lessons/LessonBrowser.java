package org.gatherlab.app.classroom.lessons;

import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Messages;

/**
 * The lesson browser ({@code classroom/lessons/lesson-browser.fxml}): a search field over the lessons in teaching
 * order (number, title, question), and Open. Keyboard: type to filter, ↓ into the list, Enter (or Open) opens, Esc
 * clears the search.
 */
public final class LessonBrowser extends UiPart<VBox> {
    private final LessonBrowserModel model;
    private boolean syncing;

    @FXML private Label heading;
    @FXML private TextField search;
    @FXML private Label summary;
    @FXML private ListView<LessonBrowserModel.Item> list;
    @FXML private Button open;

    public LessonBrowser(LessonBrowserModel model, Messages messages) {
        super("classroom/lessons/lesson-browser.fxml", messages);
        this.model = model;
        ClassroomStyles.style(getRoot(), "lesson-browser");
        heading.setLabelFor(list);
        list.setItems(model.items());
        list.setCellFactory(v -> new LessonCell());
        // The cells word themselves from the model's items, which re-word on a switch.
        messages.localeProperty().addListener((obs, was, now) -> list.refresh());
        initListeners();
    }

    /** The search field (e.g. to focus it from a menu). */
    public TextField searchField() { return search; }

    public ListView<LessonBrowserModel.Item> list() { return list; }

    @FXML private void open() { model.openSelected(); }

    private void initListeners() {
        search.textProperty().addListener((obs, was, now) -> model.setFilter(now));
        model.filterProperty().addListener((obs, was, now) -> {
            if (!now.equals(search.getText())) search.setText(now);
        });
        summary.textProperty().bind(model.summaryProperty());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing) model.select(now);
        });
        model.selectedProperty().addListener((obs, was, now) -> syncSelection(now));
        open.disableProperty().bind(model.selectedProperty().isNull());
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openSelected();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) model.openSelected();
        });
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> {
                    if (!list.getItems().isEmpty()) {
                        list.requestFocus();
                        if (list.getSelectionModel().isEmpty()) list.getSelectionModel().selectFirst();
                        e.consume();
                    }
                }
                case ENTER -> {
                    if (model.selectedProperty().get() == null && !list.getItems().isEmpty()) model.select(list.getItems().getFirst());
                    model.openSelected();
                    e.consume();
                }
                case ESCAPE -> {
                    if (!search.getText().isEmpty()) {
                        search.clear();
                        e.consume();
                    }
                }
                default -> { }
            }
        });
    }

    private void syncSelection(LessonBrowserModel.Item item) {
        syncing = true;
        try {
            if (item == null) list.getSelectionModel().clearSelection();
            else {
                list.getSelectionModel().select(item);
                list.scrollTo(item);
            }
        } finally {
            syncing = false;
        }
    }

    /** Number, title and question; wraps to the list's width (Text nodes with a wrapping width: a list cell sizes
     *  its graphic at its unwrapped preferred height, which would cut wrapped labels to one line). */
    private final class LessonCell extends ListCell<LessonBrowserModel.Item> {
        private final Label number = new Label();
        private final Text title = new Text();
        private final Text question = new Text();
        private final VBox box;

        LessonCell() {
            getStyleClass().add("lesson-cell");
            number.getStyleClass().add("lesson-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            title.getStyleClass().add("lesson-title");
            question.getStyleClass().add("lesson-question");
            HBox top = new HBox(8, number, title);
            top.setAlignment(Pos.BASELINE_LEFT);
            box = new VBox(2, top, question);
            box.getStyleClass().add("lesson-cell-box");
            setAccessibleRole(AccessibleRole.LIST_ITEM);
            // Wrap inside the list instead of widening it (the scroll bar and the cell padding take about 40 px).
            setPrefWidth(0);
            ObservableValue<Number> width = list.widthProperty();
            question.wrappingWidthProperty().bind(width.map(w -> Math.max(80, w.doubleValue() - 40)));
            title.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(60, list.getWidth() - 48 - number.getWidth()), list.widthProperty(), number.widthProperty()));
        }

        @Override
        protected void updateItem(LessonBrowserModel.Item item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            if (isEmpty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            number.setText(String.format("%02d", item.number()));
            title.setText(item.title());
            question.setText(item.question());
            setGraphic(box);
            setAccessibleText(item.accessibleText());
        }
    }
}
