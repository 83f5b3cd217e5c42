package org.casefile.client;

import org.casefile.Dates;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casefile.Messages;
import org.casefile.perpetrator.LinkedPerpetrator;
import org.casefile.ui.Converters;
import org.casefile.ui.CasePanels;
import org.casefile.ui.Navigator;
import org.casefile.ui.Views;
import org.casefile.ui.WrapRow;
import org.casefile.ui.Workspace;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One client at a glance: who they are, how risky things are, how to reach them safely, and who is stalking
 * them. Opening it is audited (the service does that).
 */
public final class ClientOverviewController {

    @FXML private ScrollPane page;
    @FXML private Label name;
    @FXML private Label pronouns;
    @FXML private javafx.scene.layout.FlowPane meta;
    @FXML private FlowPane flags;
    @FXML private VBox safeContact;
    @FXML private VBox perpetratorWarning;
    @FXML private Button edit;
    @FXML private MenuButton statusMenu;
    @FXML private VBox details;
    @FXML private ListView<LinkedPerpetrator> perpetrators;
    @FXML private ListView<ClientRecord.StatusEntry> statusHistory;
    @FXML private TableView<FieldChange> history;
    @FXML private TableColumn<FieldChange, String> historyWhen;
    @FXML private TableColumn<FieldChange, String> historyWho;
    @FXML private TableColumn<FieldChange, String> historyField;
    @FXML private TableColumn<FieldChange, String> historyBefore;
    @FXML private TableColumn<FieldChange, String> historyAfter;

    @FXML private VBox signals;
    @FXML private TabPane tabs;
    @FXML private Tab incidentsTab;
    @FXML private Tab evidenceTab;
    @FXML private Tab patternTab;
    @FXML private Tab chronologyTab;
    @FXML private Tab riskTab;
    @FXML private Tab typologyTab;
    @FXML private Tab referralsTab;
    @FXML private Tab ordersTab;
    @FXML private Tab bundleTab;

    private final Workspace workspace;
    private final Navigator navigator;
    private final long clientId;
    private final CasePanels panels;
    private final String initialTab;
    private final Long initialRecord;
    private ClientRecord client;

    public ClientOverviewController(Workspace workspace, Navigator navigator, long clientId) {
        this(workspace, navigator, clientId, CasePanels.NONE, null);
    }

    /**
     * @param panels     the tabs and header strip other features supply
     * @param initialTab the tab to open at ("incidents", "evidence", "pattern", "chronology", "risk", "typology",
     *                   "orders"), or null
     */
    public ClientOverviewController(Workspace workspace, Navigator navigator, long clientId, CasePanels panels,
                                    String initialTab) {
        this(workspace, navigator, clientId, panels, initialTab, null);
    }

    /** @param initialRecord the record to choose on {@code initialTab} (a referral, an order), or null */
    public ClientOverviewController(Workspace workspace, Navigator navigator, long clientId, CasePanels panels,
                                    String initialTab, Long initialRecord) {
        this.initialRecord = initialRecord;
        this.workspace = workspace;
        this.navigator = navigator;
        this.clientId = clientId;
        this.panels = panels;
        this.initialTab = initialTab;
    }

    private java.util.Map<String, Tab> featureTabs() {
        return java.util.Map.of("incidents", incidentsTab, "evidence", evidenceTab, "pattern", patternTab,
                "chronology", chronologyTab, "risk", riskTab, "typology", typologyTab, "referrals", referralsTab,
                "orders", ordersTab, "bundle", bundleTab);
    }

    /** Fills a feature's tab the first time it is chosen, so opening a client stays quick. */
    private void installFeatureTabs() {
        featureTabs().forEach((id, tab) -> {
            tab.setId(id + "-tab");
            tab.selectedProperty().addListener((obs, was, selected) -> {
                if (selected && tab.getContent() == null) {
                    javafx.scene.Node content = panels.tab(id, clientId,
                            id.equals(initialTab) ? initialRecord : null);
                    tab.setContent(content != null ? content : new Label());
                }
            });
        });
        javafx.scene.Node strip = panels.header(clientId, this::showTab);
        if (strip != null) {
            signals.getChildren().setAll(strip);
        }
        if (initialTab != null) {
            showTab(initialTab);
        }
    }

    /** Switches to one of the feature tabs by its id. */
    public void showTab(String id) {
        Tab tab = featureTabs().get(id);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    @FXML
    private void initialize() {
        Views.drawTextDirectly(page);
        perpetrators.setCellFactory(list -> new PerpetratorCell());
        perpetrators.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openPerpetrator();
            }
        });
        perpetrators.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openPerpetrator();
            }
        });
        statusHistory.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ClientRecord.StatusEntry s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Messages.get("overview.statusLine", Messages.get(s.status().labelKey()),
                        Dates.when().withZone(ZoneId.systemDefault()).format(s.at()), s.by(), s.reason()));
                setWrapText(true);
            }
        });
        historyWhen.setCellValueFactory(c -> new ReadOnlyStringWrapper(Dates.when().withZone(ZoneId.systemDefault()).format(c.getValue().at())));
        historyWho.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().by()));
        historyField.setCellValueFactory(c -> new ReadOnlyStringWrapper(fieldLabel(c.getValue().field())));
        historyBefore.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().before()));
        historyAfter.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().after()));
        name.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (edit.getScene() == scene) {
                        edit();
                    }
                });
            }
        });
        installFeatureTabs();
        load();
    }

    private void load() {
        workspace.background().run(Messages.get("overview.loading"), () -> new Loaded(
                        workspace.clients().open(clientId), workspace.perpetrators().forClient(clientId),
                        workspace.clients().history(clientId), workspace.clients().caseworkers()))
                .onSuccess(this::show)
                .onFailure(failure -> {
                    workspace.dialogs().showError(failure);
                    navigator.showCaseload();
                })
                .start();
    }

    private record Loaded(ClientRecord client, List<LinkedPerpetrator> perpetrators, List<FieldChange> history,
                          java.util.Map<Long, String> caseworkers) {
    }

    private void show(Loaded loaded) {
        client = loaded.client();
        ClientDraft d = client.details();
        name.setText(client.displayName());
        pronouns.setText(d.pronouns().isBlank() ? "" : "(" + d.pronouns() + ")");
        meta.getChildren().setAll(
                muted(client.reference()),
                muted(d.dateOfBirth() == null ? Messages.get("overview.birthUnknown")
                        : Messages.get("overview.age", Period.between(d.dateOfBirth(), LocalDate.now(workspace.clock())).getYears(),
                        Dates.mediumDay().format(d.dateOfBirth()))),
                chip(Messages.get(client.status().labelKey()), "status-" + client.status().name().toLowerCase(java.util.Locale.ROOT)),
                RiskCell.chip(client.riskLevel()),
                muted(d.allocatedTo() == null ? Messages.get("overview.unallocated")
                        : Messages.get("overview.allocated", loaded.caseworkers().getOrDefault(d.allocatedTo(), "?"))));
        if (d.restricted()) {
            meta.getChildren().add(chip(Messages.get("overview.restricted"), "chip-restricted"));
        }
        showFlags(d);
        showSafeContact(d.safeContact());
        showPerpetratorWarning(loaded.perpetrators());
        showDetails(d, loaded.caseworkers());
        perpetrators.getItems().setAll(loaded.perpetrators());
        statusHistory.getItems().setAll(client.statusHistory());
        history.getItems().setAll(loaded.history());
        statusMenu.getItems().clear();
        for (CaseStatus next : client.status().next()) {
            MenuItem item = new MenuItem(Messages.get("overview.moveTo", Messages.get(next.labelKey())));
            item.setOnAction(e -> changeStatus(next));
            statusMenu.getItems().add(item);
        }
        Platform.runLater(edit::requestFocus);
    }

    private void showFlags(ClientDraft d) {
        flags.getChildren().clear();
        if (d.addresses().stream().anyMatch(ClientDraft.Address::confidential)) {
            flags.getChildren().add(flag("mdal-lock", Messages.get("overview.flag.confidentialAddress"), true));
        }
        if (d.safeContact().voicemail() == Safety.NOT_SAFE) {
            flags.getChildren().add(flag("mdmz-voicemail", Messages.get("overview.flag.noVoicemail"), true));
        }
        if (d.safeContact().post() == Safety.NOT_SAFE) {
            flags.getChildren().add(flag("mdal-email", Messages.get("overview.flag.noPost"), true));
        }
        if (d.interpreterNeeded()) {
            flags.getChildren().add(flag("mdmz-translate", Messages.get("overview.flag.interpreter", d.language()), false));
        }
        if (!d.children().isEmpty()) {
            flags.getChildren().add(flag("mdal-child_care", Messages.get("overview.flag.children", d.children().size()), false));
        }
        if (!d.vulnerabilities().isBlank()) {
            flags.getChildren().add(flag("mdal-accessibility", Messages.get("overview.flag.vulnerabilities"), false));
        }
    }

    private void showSafeContact(ClientDraft.SafeContact s) {
        safeContact.getChildren().clear();
        safeContact.getStyleClass().remove("safe-contact-missing");
        Label title = wrapping(Messages.get("overview.safeContact"), "title-4");
        safeContact.getChildren().add(title);
        if (s.safeNumber().isBlank() && s.safeTimes().isBlank() && s.codeWord().isBlank() && s.notes().isBlank()
                && s.voicemail() == Safety.NOT_ASKED && s.post() == Safety.NOT_ASKED) {
            safeContact.getChildren().add(wrapping(Messages.get("overview.safeContact.none"), "warning-text"));
            safeContact.getStyleClass().add("safe-contact-missing");
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        row = pair(grid, row, "overview.safeNumber", s.safeNumber());
        row = pair(grid, row, "overview.safeTimes", s.safeTimes());
        row = pair(grid, row, "overview.voicemail", Messages.get(s.voicemail().labelKey()));
        row = pair(grid, row, "overview.post", Messages.get(s.post().labelKey()));
        row = pair(grid, row, "overview.codeWord", s.codeWord());
        pair(grid, row, "overview.safeNotes", s.notes());
        safeContact.getChildren().add(grid);
    }

    private void showPerpetratorWarning(List<LinkedPerpetrator> linked) {
        perpetratorWarning.getChildren().clear();
        for (LinkedPerpetrator p : linked) {
            if (p.otherClients() > 0) {
                Label warning = wrapping(Messages.get("overview.serialWarning", p.name(), p.reference(), p.otherClients()),
                        "danger-banner");
                warning.setGraphic(new FontIcon("mdmz-warning"));
                perpetratorWarning.getChildren().add(warning);
            }
        }
        perpetratorWarning.setVisible(!perpetratorWarning.getChildren().isEmpty());
        perpetratorWarning.setManaged(perpetratorWarning.isVisible());
    }

    private void showDetails(ClientDraft d, java.util.Map<Long, String> caseworkers) {
        details.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        row = pair(grid, row, "form.aliases", String.join(", ", d.aliases()));
        row = pair(grid, row, "form.language", d.language() + (d.interpreterNeeded() ? " — " + Messages.get("overview.needsInterpreter") : ""));
        row = pair(grid, row, "form.vulnerabilities", d.vulnerabilities());
        row = pair(grid, row, "form.household", d.household());
        for (ClientDraft.Child c : d.children()) {
            row = pair(grid, row, "form.child", c.name() + (c.dateOfBirth() == null ? "" : ", " + Dates.mediumDay().format(c.dateOfBirth()))
                    + (c.notes().isBlank() ? "" : " — " + c.notes()));
        }
        for (ClientDraft.Phone p : d.phones()) {
            row = pair(grid, row, "form.phone", p.number() + (p.label().isBlank() ? "" : " (" + p.label() + ")"));
        }
        for (ClientDraft.Professional p : d.professionals()) {
            row = pair(grid, row, "form.professional", String.join(", ", List.of(p.role(), p.name(), p.organisation(), p.phone())
                    .stream().filter(x -> !x.isBlank()).toList()));
        }
        if (d.restricted()) {
            row = pair(grid, row, "form.namedUsers", String.join(", ", d.namedUsers().stream()
                    .map(id -> caseworkers.getOrDefault(id, "?")).toList()));
        }
        details.getChildren().add(grid);
        for (ClientDraft.Address a : d.addresses()) {
            details.getChildren().add(address(a));
        }
    }

    /** A confidential address is hidden until asked for, so it is not read over a shoulder. */
    private Node address(ClientDraft.Address a) {
        String text = String.join(", ", List.of(a.line1(), a.town(), a.postcode()).stream().filter(x -> !x.isBlank()).toList());
        Label kind = new Label(Messages.get(a.kind().labelKey()));
        kind.getStyleClass().add("field-label");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label value = wrapping(a.confidential() ? Messages.get("overview.hiddenAddress") : text, null);
        WrapRow box = new WrapRow(10, kind, value);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (a.confidential()) {
            box.getChildren().add(1, chip(Messages.get("overview.confidential"), "chip-restricted"));
            ToggleButton reveal = new ToggleButton(Messages.get("overview.show"));
            reveal.getStyleClass().add("small");
            reveal.setAccessibleText(Messages.get("overview.showAddress"));
            reveal.selectedProperty().addListener((obs, was, now) -> {
                value.setText(now ? text : Messages.get("overview.hiddenAddress"));
                reveal.setText(Messages.get(now ? "overview.hide" : "overview.show"));
            });
            box.getChildren().add(reveal);
        }
        return box;
    }

    @FXML
    private void back() {
        navigator.showCaseload();
    }

    @FXML
    private void edit() {
        navigator.editClient(clientId);
    }

    @FXML
    private void newPerpetrator() {
        navigator.editPerpetrator(null, clientId);
    }

    /** Links a perpetrator already on record (serial or proxy stalking): find them, say how they know the client. */
    @FXML
    private void linkExisting() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(name.getScene().getWindow());
        dialog.setTitle(Messages.get("overview.link.title"));
        dialog.setHeaderText(Messages.get("overview.link.header", client.displayName()));
        javafx.scene.control.TextField query = new javafx.scene.control.TextField();
        query.setPromptText(Messages.get("overview.link.search"));
        query.setAccessibleText(Messages.get("overview.link.search"));
        ListView<org.casefile.search.SearchHit> found = new ListView<>();
        found.setPrefHeight(180);
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(org.casefile.search.SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.name() + "  \u00b7  " + hit.reference()
                        + (hit.matched().isEmpty() ? "" : "  (" + hit.matched() + ")"));
            }
        });
        javafx.scene.control.ChoiceBox<org.casefile.perpetrator.Relationship> relationship = new javafx.scene.control.ChoiceBox<>();
        relationship.getItems().setAll(org.casefile.perpetrator.Relationship.values());
        relationship.setValue(org.casefile.perpetrator.Relationship.UNKNOWN);
        relationship.setConverter(Converters.showing(r -> r == null ? "" : Messages.get(r.labelKey())));
        Label relationshipLabel = new Label(Messages.get("overview.link.relationship"));
        relationshipLabel.setLabelFor(relationship);
        query.textProperty().addListener((obs, old, text) -> workspace.background()
                .run(Messages.get("caseload.searching"), () -> workspace.search().search(text, 30).stream()
                        .filter(h -> h.kind() == org.casefile.search.SearchHit.Kind.PERPETRATOR).toList())
                .quietly()
                .onSuccess(hits -> {
                    if (text.equals(query.getText())) {
                        found.getItems().setAll(hits);
                        found.getSelectionModel().selectFirst();
                    }
                })
                .start());
        dialog.getDialogPane().setContent(new VBox(8, query, found, relationshipLabel, relationship));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(found.getSelectionModel().selectedItemProperty().isNull());
        Platform.runLater(query::requestFocus);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            long perpetratorId = found.getSelectionModel().getSelectedItem().id();
            var chosen = relationship.getValue();
            workspace.background().run(Messages.get("overview.saving"), () -> {
                        workspace.perpetrators().link(clientId, perpetratorId, chosen, "");
                        return null;
                    })
                    .onSuccess(done -> load())
                    .onFailure(workspace.dialogs()::showError)
                    .start();
        }
    }

    private void openPerpetrator() {
        LinkedPerpetrator p = perpetrators.getSelectionModel().getSelectedItem();
        if (p != null) {
            navigator.openPerpetrator(p.perpetratorId());
        }
    }

    private void changeStatus(CaseStatus next) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(name.getScene().getWindow());
        dialog.setTitle(Messages.get("overview.moveTo", Messages.get(next.labelKey())));
        dialog.setHeaderText(Messages.get("overview.reasonHeader", client.displayName(), Messages.get(next.labelKey())));
        TextArea reason = new TextArea();
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setAccessibleText(Messages.get("overview.reason"));
        Label label = new Label(Messages.get("overview.reason"));
        label.setLabelFor(reason);
        dialog.getDialogPane().setContent(new VBox(6, label, reason));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? reason.getText() : null);
        Platform.runLater(reason::requestFocus);
        Optional<String> given = dialog.showAndWait();
        given.filter(r -> !r.isBlank()).ifPresent(r -> workspace.background()
                .run(Messages.get("overview.saving"), () -> workspace.clients().changeStatus(clientId, client.version(), next, r))
                .onSuccess(updated -> load())
                .onFailure(failure -> {
                    workspace.dialogs().showError(failure);
                    load();
                })
                .start());
    }

    private static String fieldLabel(String field) {
        return Messages.get("history.field." + field);
    }

    private static int pair(GridPane grid, int row, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("field-label");
        // The field's name keeps its width; the value wraps beside it.
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label text = wrapping(value, null);
        grid.addRow(row, label, text);
        return row + 1;
    }

    private static Label wrapping(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label chip(String text, String style) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", style);
        return chip;
    }

    private static Label flag(String icon, String text, boolean warning) {
        Label flag = new Label(text, new FontIcon(icon));
        flag.getStyleClass().addAll("flag", warning ? "flag-warning" : "flag-info");
        return flag;
    }

    /** A linked perpetrator: name, relationship, and a warning when they are linked to others too. */
    private static final class PerpetratorCell extends ListCell<LinkedPerpetrator> {
        @Override
        protected void updateItem(LinkedPerpetrator p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label who = new Label(p.name() + "  ·  " + p.reference());
            who.getStyleClass().add("hit-name");
            Label how = new Label(Messages.get(p.relationship().labelKey()) + (p.notes().isBlank() ? "" : " — " + p.notes()));
            how.getStyleClass().add("text-muted");
            VBox box = new VBox(2, who, how);
            if (p.otherClients() > 0) {
                Label others = new Label(Messages.get("overview.alsoLinked", p.otherClients()), new FontIcon("mdmz-warning"));
                others.getStyleClass().add("warning-text");
                box.getChildren().add(others);
            }
            setGraphic(box);
        }
    }
}
