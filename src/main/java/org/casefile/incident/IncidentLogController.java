package org.casefile.incident;

import org.casefile.Dates;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import org.casefile.Messages;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.ui.ColumnValues;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Navigator;
import org.casefile.ui.Workspace;

/** The Incidents tab of a client's overview: the log, newest first, with each incident's behaviours and exhibits. */
public final class IncidentLogController {

    @FXML private Button logIncident;
    @FXML private Button importMessages;
    @FXML private Label summary;
    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, Integer> number;
    @FXML private TableColumn<Row, String> when;
    @FXML private TableColumn<Row, List<Behaviour>> behaviours;
    @FXML private TableColumn<Row, String> where;
    @FXML private TableColumn<Row, String> what;
    @FXML private TableColumn<Row, Row> exhibits;
    @FXML private TableColumn<Row, String> police;

    private final Workspace workspace;
    private final Navigator navigator;
    private final long clientId;
    private final Runnable startImport;

    /** One incident with its exhibit references, as the table shows it. */
    record Row(IncidentSummary incident, List<ExhibitSummary> exhibits) {
    }

    public IncidentLogController(Workspace workspace, Navigator navigator, long clientId) {
        this(workspace, navigator, clientId, null);
    }

    /** @param startImport opens the import review for this client; null hides "Import messages…" */
    public IncidentLogController(Workspace workspace, Navigator navigator, long clientId, Runnable startImport) {
        this.workspace = workspace;
        this.navigator = navigator;
        this.clientId = clientId;
        this.startImport = startImport;
    }

    @FXML
    private void initialize() {
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().incident().number()));
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(when(c.getValue().incident())));
        behaviours.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().incident().behaviours()));
        behaviours.setCellFactory(c -> new BehavioursCell());
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get(c.getValue().incident().place().labelKey())
                + " · " + Messages.get(c.getValue().incident().channel().labelKey())));
        what.setCellFactory(c -> new ColumnValues.WrappingCell<>());
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().incident().summary()));
        exhibits.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        exhibits.setCellFactory(c -> new ExhibitsCell());
        police.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().incident().policeReported()
                ? c.getValue().incident().crimeReference() : ""));
        importMessages.setVisible(startImport != null);
        importMessages.setManaged(startImport != null);
        org.casefile.ui.Tables.opensRows(table, row -> navigator.openIncident(row.incident().id()));
        table.setAccessibleText(Messages.get("incident.log.behaviours"));
        refresh();
    }

    public void refresh() {
        workspace.background().run(Messages.get("incident.log.loading"), () -> {
                    List<IncidentSummary> log = workspace.incidents().log(clientId);
                    Map<Long, List<ExhibitSummary>> byIncident = workspace.exhibits().forClient(clientId).stream()
                            .filter(e -> e.incidentId() != null)
                            .collect(Collectors.groupingBy(ExhibitSummary::incidentId));
                    return log.reversed().stream()
                            .map(i -> new Row(i, byIncident.getOrDefault(i.id(), List.of()))).toList();
                })
                .onSuccess(rows -> {
                    table.getItems().setAll(rows);
                    summary.setText(rows.isEmpty() ? "" : rows.size() == 1
                            ? Messages.get("incident.log.countOne", Dates.day().format(rows.getFirst().incident().occurredOn()))
                            : Messages.get("incident.log.count", rows.size(),
                            Dates.day().format(rows.getFirst().incident().occurredOn())));
                })
                .onFailure(failure -> summary.setText(Dialogs.sentenceFor(failure)))
                .start();
    }

    @FXML
    private void logIncident() {
        navigator.editIncident(clientId, null);
    }

    @FXML
    private void importMessages() {
        if (startImport != null) {
            startImport.run();
        }
    }

    static String when(IncidentSummary i) {
        String s = Dates.day().format(i.occurredOn()) + (i.occurredAt() == null ? "" : " " + i.occurredAt());
        s = i.approximate() ? s + " (" + Messages.get("incident.approximate") + ")" : s;
        return i.amended() ? s + " · " + Messages.get("incident.log.amended") : s;
    }

    /** Behaviours as coloured chips, so groups stand out down the column. */
    private static final class BehavioursCell extends TableCell<Row, List<Behaviour>> {
        @Override
        protected void updateItem(List<Behaviour> items, boolean empty) {
            super.updateItem(items, empty);
            if (empty || items == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            FlowPane chips = new FlowPane(4, 4);
            for (Behaviour b : items) {
                Label chip = new Label(Messages.get(b.labelKey()));
                chip.getStyleClass().addAll("behaviour-chip", b.group().styleClass());
                chips.getChildren().add(chip);
            }
            chips.prefWrapLengthProperty().bind(getTableColumn().widthProperty().subtract(8));
            setGraphic(chips);
            setAccessibleText(items.stream().map(b -> Messages.get(b.labelKey())).collect(Collectors.joining(", ")));
        }
    }

    /** Exhibit references; a damaged one in red with the word, never colour alone. */
    private static final class ExhibitsCell extends TableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("damaged");
            if (empty || row == null) {
                setText(null);
                return;
            }
            if (row.exhibits().stream().anyMatch(ExhibitSummary::damaged)) {
                getStyleClass().add("damaged");
            }
            setText(row.exhibits().stream().map(e -> e.damaged()
                    ? e.reference() + " (" + Messages.get("exhibit.damagedMark") + ")" : e.reference())
                    .collect(Collectors.joining(", ")));
        }
    }
}
