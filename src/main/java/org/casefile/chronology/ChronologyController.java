package org.casefile.chronology;

import org.casefile.Dates;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.casefile.Messages;
import org.casefile.incident.IncidentSummary;
import org.casefile.ui.Dialogs;
import org.casefile.ui.TypedDate;
import org.casefile.ui.Workspace;

/**
 * A client's chronology as a table, oldest first: filtered by dates and by type of event, exported as CSV for a
 * court bundle or a spreadsheet. Enter or a double-click on an incident's row opens the incident.
 */
public final class ChronologyController {

    /** What one load brings back: the rows, and incident numbers by id so a row can open its incident. */
    record Loaded(List<ChronologyEntry> rows, Map<Long, Integer> incidentNumbers, String clientReference) {
    }

    @FXML private Label fromLabel;
    @FXML private DatePicker from;
    @FXML private Label toLabel;
    @FXML private DatePicker to;
    @FXML private FlowPane kinds;
    @FXML private Button clear;
    @FXML private Button export;
    @FXML private Label count;
    @FXML private Label message;
    @FXML private TableView<ChronologyEntry> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<ChronologyEntry, String> dateColumn;
    @FXML private TableColumn<ChronologyEntry, String> timeColumn;
    @FXML private TableColumn<ChronologyEntry, String> kindColumn;
    @FXML private TableColumn<ChronologyEntry, String> referenceColumn;
    @FXML private TableColumn<ChronologyEntry, String> eventColumn;
    @FXML private TableColumn<ChronologyEntry, String> sourceColumn;
    @FXML private TableColumn<ChronologyEntry, String> significanceColumn;
    @FXML private TableColumn<ChronologyEntry, List<String>> exhibitsColumn;

    private final Workspace workspace;
    private final long clientId;
    private final IntConsumer openIncident;
    private final SimpleBooleanProperty fromUnreadable = new SimpleBooleanProperty();
    private final SimpleBooleanProperty toUnreadable = new SimpleBooleanProperty();
    private final Map<EventKind, CheckBox> kindBoxes = new EnumMap<>(EventKind.class);
    private Map<Long, Integer> incidentNumbers = Map.of();
    private String clientReference;
    private ChronologyFilter shown = ChronologyFilter.ALL;
    private ChronologyFilter requested;
    private long generation;

    /** Asks where to save the CSV (null: the person cancelled). Replaced in tests: a real chooser needs a desktop. */
    Function<Window, Path> chooseFile = this::askWhereToSave;

    public ChronologyController(Workspace workspace, long clientId, IntConsumer openIncident) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.openIncident = openIncident;
    }

    @FXML
    private void initialize() {
        from.setConverter(new TypedDate(fromUnreadable));
        to.setConverter(new TypedDate(toUnreadable));
        fromLabel.setLabelFor(from);
        toLabel.setLabelFor(to);
        from.setAccessibleText(Messages.get("chronology.filter.fromAccessible"));
        to.setAccessibleText(Messages.get("chronology.filter.toAccessible"));
        from.valueProperty().addListener((obs, o, n) -> filtersChanged());
        to.valueProperty().addListener((obs, o, n) -> filtersChanged());
        fromUnreadable.addListener((obs, o, n) -> filtersChanged());
        toUnreadable.addListener((obs, o, n) -> filtersChanged());
        // The picker reads typed text on Enter and when focus leaves, and then blanks text that is not a date:
        // put it back, so the person sees what they typed beside the message that names the problem.
        keepUnreadableText(from, fromUnreadable);
        keepUnreadableText(to, toUnreadable);
        for (EventKind kind : EventKind.values()) {
            CheckBox box = new CheckBox(Messages.get(kind.labelKey()));
            box.setSelected(true);
            box.setId("kind-" + kind.name());
            box.selectedProperty().addListener((obs, o, n) -> filtersChanged());
            kindBoxes.put(kind, box);
            kinds.getChildren().add(box);
        }

        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(date(c.getValue())));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().time() == null ? "" : Dates.time().format(c.getValue().time())));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get(c.getValue().kind().labelKey())));
        referenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference()));
        eventColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().event()));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        significanceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().significance()));
        exhibitsColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().exhibits()));
        for (TableColumn<ChronologyEntry, String> column : List.of(dateColumn, kindColumn, referenceColumn,
                eventColumn, sourceColumn, significanceColumn)) {
            column.setCellFactory(col -> new WrappingCell());
        }
        exhibitsColumn.setCellFactory(col -> new ExhibitsCell());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.casefile.ui.Tables.opensRows(table, this::open);
        refresh();
    }

    /** Reads the chronology again with the filters as they stand, in the background. */
    public void refresh() {
        requested = null;
        filtersChanged();
    }

    /** Loads again only when the filters differ from the last ones asked for (focus moving away changes nothing). */
    private void filtersChanged() {
        if (fromUnreadable.get() || toUnreadable.get()) {
            say("chronology.filter.unreadableDate", true);
            requested = null;
            return;
        }
        Set<EventKind> chosen = EnumSet.noneOf(EventKind.class);
        kindBoxes.forEach((kind, box) -> {
            if (box.isSelected()) {
                chosen.add(kind);
            }
        });
        ChronologyFilter filter = new ChronologyFilter(from.getValue(), to.getValue(),
                chosen.size() == EventKind.values().length ? Set.of() : chosen);
        if (filter.equals(requested)) {
            return;
        }
        requested = filter;
        long mine = ++generation;
        if (chosen.isEmpty()) {
            table.getItems().clear();
            showCount(0);
            placeholder.setText(Messages.get("chronology.filter.noKinds"));
            say(null, false);
            return;
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            say("chronology.filter.backwards", true);
        } else {
            say(null, false);
        }
        workspace.background().run(Messages.get("chronology.loading"), () -> load(filter))
                .onSuccess(loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    shown = filter;
                    incidentNumbers = loaded.incidentNumbers();
                    clientReference = loaded.clientReference();
                    table.getItems().setAll(loaded.rows());
                    showCount(loaded.rows().size());
                    placeholder.setText(Messages.get(filter.equals(ChronologyFilter.ALL)
                            ? "chronology.empty.none" : "chronology.empty.filtered"));
                })
                .onFailure(failure -> sayText(Dialogs.sentenceFor(failure), true))
                .start();
    }

    private Loaded load(ChronologyFilter filter) {
        List<ChronologyEntry> rows = workspace.chronology().entries(clientId, filter);
        Map<Long, Integer> numbers = workspace.incidents().log(clientId).stream()
                .collect(Collectors.toMap(IncidentSummary::id, IncidentSummary::number));
        var summary = workspace.clients().visibleSummaries(List.of(clientId)).get(clientId);
        return new Loaded(rows, numbers, summary == null ? null : summary.reference());
    }

    @FXML
    private void clearFilters() {
        from.getEditor().clear();
        to.getEditor().clear();
        from.setValue(null);
        to.setValue(null);
        TypedDate.commit(from);
        TypedDate.commit(to);
        kindBoxes.values().forEach(box -> box.setSelected(true));
        refresh();
    }

    @FXML
    private void export() {
        Path target = chooseFile.apply(table.getScene().getWindow());
        if (target == null) {
            return;
        }
        ChronologyFilter filter = shown;
        export.setDisable(true);
        workspace.background().run(Messages.get("chronology.exporting"),
                        () -> workspace.chronology().exportCsv(clientId, filter, target))
                .onSuccess(rows -> {
                    export.setDisable(false);
                    sayText(Messages.get("chronology.export.saved", rows, target.getFileName().toString()), false);
                })
                .onFailure(failure -> {
                    export.setDisable(false);
                    sayText(Dialogs.sentenceFor(failure), true);
                })
                .start();
    }

    private Path askWhereToSave(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("chronology.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("chronology.export.filter"), "*.csv"));
        chooser.setInitialFileName(fileName());
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** The suggested file name: the case reference, never the client's name (file names travel in e-mails). */
    String fileName() {
        String reference = clientReference == null ? String.valueOf(clientId) : clientReference;
        return "chronology-" + reference.replaceAll("[^A-Za-z0-9-]", "-") + ".csv";
    }

    private static void keepUnreadableText(DatePicker picker, SimpleBooleanProperty unreadable) {
        Runnable restore = () -> {
            if (unreadable.get()) {
                picker.getEditor().setText(picker.getConverter().toString(null));
            }
        };
        // After the picker has finished handling the key or the focus change, which is when it blanks the text.
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Platform.runLater(restore);
            }
        });
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                Platform.runLater(restore);
            }
        });
    }

    private void open(ChronologyEntry entry) {
        if (entry.kind() == EventKind.INCIDENT && incidentNumbers.containsKey(entry.subjectId())) {
            openIncident.accept(incidentNumbers.get(entry.subjectId()));
        }
    }

    private void showCount(int rows) {
        count.setText(Messages.get("chronology.count", rows));
    }

    private void say(String key, boolean problem) {
        sayText(key == null ? null : Messages.get(key), problem);
    }

    private void sayText(String text, boolean problem) {
        message.setText(text);
        message.setVisible(text != null);
        message.setManaged(text != null);
        message.getStyleClass().setAll("label", problem ? "error-text" : "success");
    }

    private static String date(ChronologyEntry e) {
        String day = TypedDate.shown().format(e.date());
        return e.approximate() ? Messages.get("chronology.date.approximate", day) : day;
    }

    /** Text that wraps to the column's width, so a long event is read in full (the row grows to fit). */
    private static final class WrappingCell extends TableCell<ChronologyEntry, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("wrapping-text");
            // Inside the cell's padding, which grows with the text size (a fixed 14 px broke "22/06/2026" at 200 %).
            text.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset() - 1),
                    widthProperty(), paddingProperty(), borderProperty()));
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            text.setText(empty || value == null ? "" : value);
            setGraphic(empty ? null : text);
            setAccessibleText(empty ? null : value);
        }
    }

    /** The exhibits of a row; a damaged one is red and bold, and its label already says "(damaged)". */
    private static final class ExhibitsCell extends TableCell<ChronologyEntry, List<String>> {
        @Override
        protected void updateItem(List<String> exhibits, boolean empty) {
            super.updateItem(exhibits, empty);
            setText(null);
            if (empty || exhibits == null || exhibits.isEmpty()) {
                setGraphic(null);
                return;
            }
            String damagedMark = "(" + Messages.get("exhibit.damagedMark") + ")";
            FlowPane pane = new FlowPane(6, 2);
            for (String exhibit : exhibits) {
                Label label = new Label(exhibit);
                label.getStyleClass().add("exhibit-label");
                if (exhibit.endsWith(damagedMark)) {
                    label.getStyleClass().add("damaged");
                }
                pane.getChildren().add(label);
            }
            pane.prefWrapLengthProperty().bind(widthProperty().subtract(12));
            setGraphic(pane);
        }
    }
}
