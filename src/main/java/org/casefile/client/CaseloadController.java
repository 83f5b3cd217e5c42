package org.casefile.client;

import org.casefile.Dates;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.casefile.Messages;
import org.casefile.risk.RiskLevel;
import org.casefile.search.SearchHit;
import org.casefile.search.SearchService;
import org.casefile.ui.Converters;
import org.casefile.ui.Navigator;
import org.casefile.ui.Workspace;
import org.casefile.ui.Wrapping;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The caseload: every client the person may see, filtered and sorted, and one search box that finds clients and
 * perpetrators by name, alias, reference or phone number as they type.
 */
public final class CaseloadController {

    /** A choice in the status filter: the active cases, all, or one status. */
    record StatusChoice(String labelKey, Set<CaseStatus> statuses) {
    }

    @FXML private Label searchLabel;
    @FXML private TextField search;
    @FXML private ChoiceBox<StatusChoice> statusFilter;
    @FXML private ChoiceBox<RiskLevel> riskFilter;
    @FXML private ChoiceBox<Long> caseworkerFilter;
    @FXML private Button newClient;
    @FXML private Button newPerpetrator;
    @FXML private TableView<ClientSummary> table;
    @FXML private TableColumn<ClientSummary, String> referenceColumn;
    @FXML private TableColumn<ClientSummary, String> nameColumn;
    @FXML private TableColumn<ClientSummary, String> aliasesColumn;
    @FXML private TableColumn<ClientSummary, String> birthColumn;
    @FXML private TableColumn<ClientSummary, String> statusColumn;
    @FXML private TableColumn<ClientSummary, RiskLevel> riskColumn;
    @FXML private TableColumn<ClientSummary, String> caseworkerColumn;
    @FXML private ListView<SearchHit> results;
    @FXML private Label count;

    private final Workspace workspace;
    private final Navigator navigator;
    private final PauseTransition typing = new PauseTransition(Duration.millis(120));
    private Map<Long, String> caseworkers = Map.of();
    private long searchGeneration;

    public CaseloadController(Workspace workspace, Navigator navigator) {
        this.workspace = workspace;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        Wrapping.fitPrompt(search); // at 200 % the buttons move below rather than the hint being cut
        Set<CaseStatus> active = Set.of(CaseStatus.OPEN, CaseStatus.ON_HOLD, CaseStatus.REOPENED);
        statusFilter.getItems().add(new StatusChoice("caseload.filter.active", active));
        statusFilter.getItems().add(new StatusChoice("caseload.filter.allStatuses", Set.of()));
        for (CaseStatus s : CaseStatus.values()) {
            statusFilter.getItems().add(new StatusChoice(s.labelKey(), Set.of(s)));
        }
        statusFilter.setConverter(Converters.showing(c -> c == null ? "" : Messages.get(c.labelKey())));
        statusFilter.getSelectionModel().selectFirst();

        riskFilter.getItems().add(null);
        riskFilter.getItems().addAll(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.STANDARD, RiskLevel.NOT_ASSESSED);
        riskFilter.setConverter(Converters.showing(r -> r == null ? Messages.get("caseload.filter.anyRisk") : Messages.get(r.labelKey())));
        riskFilter.getSelectionModel().selectFirst();

        caseworkerFilter.setConverter(Converters.showing(id -> id == null ? Messages.get("caseload.filter.everyone")
                : id == workspace.session().user().id() ? Messages.get("caseload.filter.me")
                : caseworkers.getOrDefault(id, "?")));
        caseworkerFilter.getItems().add(null);
        caseworkerFilter.getSelectionModel().selectFirst();

        statusFilter.setAccessibleText(Messages.get("caseload.filter.status"));
        riskFilter.setAccessibleText(Messages.get("caseload.filter.risk"));
        caseworkerFilter.setAccessibleText(Messages.get("caseload.filter.caseworker"));
        search.setAccessibleText(Messages.get("caseload.search.prompt"));
        searchLabel.setLabelFor(search);
        // Columns share the width, so every column stays in view without scrolling sideways while the values fit; at
        // large text no column gets narrower than its values and the table scrolls sideways instead, with the risk
        // level still in view (it comes right after the name, Caseload.fxml).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        referenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()
                + (c.getValue().restricted() ? "  \uD83D\uDD12" : "")));
        aliasesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().aliases()));
        birthColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().dateOfBirth() == null ? "" : Dates.mediumDay().format(c.getValue().dateOfBirth())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get(c.getValue().status().labelKey())));
        riskColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().riskLevel()));
        riskColumn.setCellFactory(col -> new RiskCell<>());
        riskColumn.setComparator((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
        caseworkerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().allocatedTo() == null ? "" : caseworkers.getOrDefault(c.getValue().allocatedTo(), "")));
        table.setRowFactory(t -> {
            TableRow<ClientSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    navigator.openClient(row.getItem().id());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                navigator.openClient(table.getSelectionModel().getSelectedItem().id());
            }
        });

        results.setCellFactory(list -> new HitCell());
        results.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openHit(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openHit(results.getSelectionModel().getSelectedItem());
            }
        });
        showResults(false);

        typing.setOnFinished(e -> runSearch());
        search.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                (results.isVisible() ? results : table).requestFocus();
                (results.isVisible() ? results.getSelectionModel() : table.getSelectionModel()).selectFirst();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.ENTER && results.isVisible() && !results.getItems().isEmpty()) {
                openHit(results.getItems().getFirst());
            }
        });
        statusFilter.valueProperty().addListener((obs, o, n) -> reload());
        riskFilter.valueProperty().addListener((obs, o, n) -> reload());
        caseworkerFilter.valueProperty().addListener((obs, o, n) -> reload());
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (search.getScene() == scene) {
                        search.requestFocus();
                    }
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (newClient.getScene() == scene) {
                        navigator.editClient(null);
                    }
                });
            }
        });
        loadCaseworkers();
        Platform.runLater(search::requestFocus);
    }

    @FXML
    private void newClient() {
        navigator.editClient(null);
    }

    @FXML
    private void newPerpetrator() {
        navigator.editPerpetrator(null, null);
    }

    /** Fetches the list again, keeping the filters. Called when the screen is shown again. */
    public void reload() {
        CaseloadFilter filter = new CaseloadFilter(
                statusFilter.getValue() == null ? Set.of() : statusFilter.getValue().statuses(),
                riskFilter.getValue() == null ? Set.of() : Set.of(riskFilter.getValue()),
                caseworkerFilter.getValue());
        workspace.background().run(Messages.get("caseload.loading"), () -> workspace.clients().caseload(filter))
                .onSuccess(rows -> {
                    table.getItems().setAll(rows);
                    if (!results.isVisible()) {
                        count.setText(Messages.get("caseload.count", rows.size()));
                    }
                })
                .onFailure(workspace.dialogs()::showError)
                .start();
    }

    private void loadCaseworkers() {
        workspace.background().run(Messages.get("caseload.loading"), () -> workspace.clients().caseworkers())
                .onSuccess(names -> {
                    caseworkers = names;
                    Long chosen = caseworkerFilter.getValue();
                    caseworkerFilter.getItems().setAll((Long) null);
                    caseworkerFilter.getItems().add(workspace.session().user().id());
                    names.keySet().stream().filter(id -> id != workspace.session().user().id())
                            .forEach(caseworkerFilter.getItems()::add);
                    caseworkerFilter.setValue(chosen);
                    reload();
                })
                .onFailure(workspace.dialogs()::showError)
                .start();
    }

    private void runSearch() {
        String text = search.getText();
        if (text == null || text.isBlank()) {
            showResults(false);
            count.setText(Messages.get("caseload.count", table.getItems().size()));
            return;
        }
        long generation = ++searchGeneration;
        workspace.background().run(Messages.get("caseload.searching"),
                        () -> workspace.search().search(text, SearchService.DEFAULT_LIMIT))
                .quietly()
                .onSuccess(hits -> {
                    if (generation == searchGeneration) {
                        results.getItems().setAll(hits);
                        showResults(true);
                        count.setText(Messages.get("caseload.matches", hits.size()));
                    }
                })
                .onFailure(workspace.dialogs()::showError)
                .start();
    }

    private void openHit(SearchHit hit) {
        if (hit == null) {
            return;
        }
        if (hit.kind() == SearchHit.Kind.CLIENT) {
            navigator.openClient(hit.id());
        } else {
            navigator.openPerpetrator(hit.id());
        }
    }

    private void showResults(boolean on) {
        results.setVisible(on);
        results.setManaged(on);
        table.setVisible(!on);
        table.setManaged(!on);
    }


    /** A search result: an icon for client or perpetrator, the name, the reference, and what matched. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            boolean client = hit.kind() == SearchHit.Kind.CLIENT;
            FontIcon icon = new FontIcon(client ? "mdmz-person" : "mdal-error_outline");
            Label name = new Label(hit.name());
            name.getStyleClass().add("hit-name");
            Label kind = new Label(Messages.get(client ? "caseload.hit.client" : "caseload.hit.perpetrator"));
            kind.getStyleClass().addAll("chip", client ? "chip-client" : "chip-perpetrator");
            Label ref = new Label(hit.reference());
            ref.getStyleClass().add("text-muted");
            HBox top = new HBox(8, icon, name, kind, ref);
            VBox box = new VBox(2, top);
            if (!hit.matched().isEmpty()) {
                Label matched = new Label(Messages.get("caseload.hit.matched", hit.matched()));
                matched.getStyleClass().addAll("text-small", "text-muted");
                box.getChildren().add(matched);
            }
            setGraphic(box);
            setText(null);
            setAccessibleText(Messages.get(client ? "caseload.hit.client" : "caseload.hit.perpetrator") + " "
                    + hit.name() + " " + hit.reference());
        }
    }

}
