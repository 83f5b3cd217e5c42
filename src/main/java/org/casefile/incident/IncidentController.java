package org.casefile.incident;

import org.casefile.Dates;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.casefile.Messages;
import org.casefile.perpetrator.LinkedPerpetrator;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Navigator;
import org.casefile.ui.Workspace;

/**
 * One incident: the version in force, every earlier version with who changed what, when and why, and the
 * incident's evidence.
 */
public final class IncidentController {

    @FXML private Label title;
    @FXML private Label when;
    @FXML private Button amend;
    @FXML private FlowPane chips;
    @FXML private Label recorded;
    @FXML private GridPane fields;
    @FXML private VBox versionsSection;
    @FXML private VBox versions;
    @FXML private VBox evidence;

    private final Workspace workspace;
    private final Navigator navigator;
    private final long incidentId;
    private final Function<Long, Node> evidencePane;
    private IncidentRecord record;

    /**
     * @param evidencePane builds the evidence pane for this incident from its client's id (supplied by the
     *                     window so this screen need not know the evidence screens)
     */
    public IncidentController(Workspace workspace, Navigator navigator, long incidentId,
                              Function<Long, Node> evidencePane) {
        this.workspace = workspace;
        this.navigator = navigator;
        this.incidentId = incidentId;
        this.evidencePane = evidencePane;
    }

    @FXML
    private void initialize() {
        amend.setDisable(true);
        workspace.background().run(Messages.get("incident.view.loading"), () -> {
                    IncidentRecord r = workspace.incidents().open(incidentId);
                    Map<Long, String> names = new LinkedHashMap<>();
                    for (LinkedPerpetrator p : workspace.perpetrators().forClient(r.clientId())) {
                        names.put(p.perpetratorId(), p.name());
                    }
                    String imported = workspace.incidents().importLink(incidentId)
                            .map(l -> Messages.get("incident.view.imported",
                                    workspace.exhibits().open(l.exhibitId()).summary().reference(),
                                    l.firstPosition(), l.lastPosition()))
                            .orElse("");
                    Map<Long, String> orders = new LinkedHashMap<>();
                    workspace.incidents().orderChoices(r.clientId()).forEach(o -> orders.put(o.id(), o.label()));
                    return new Loaded(r, names, imported, orders);
                })
                .onSuccess(this::show)
                .onFailure(failure -> recorded.setText(Dialogs.sentenceFor(failure)))
                .start();
    }

    /** @param imported where an imported incident came from, as a sentence; empty for one typed in */
    private record Loaded(IncidentRecord record, Map<Long, String> names, String imported,
                          Map<Long, String> orders) {
    }

    private void show(Loaded loaded) {
        record = loaded.record();
        IncidentDraft current = record.current().draft();
        title.setText(Messages.get("incident.view.title", record.number()));
        when.setText(IncidentFields.when(current));
        chips.getChildren().clear();
        for (Behaviour b : current.behavioursInOrder()) {
            Label chip = new Label(Messages.get(b.labelKey()));
            chip.getStyleClass().addAll("behaviour-chip", b.group().styleClass());
            chips.getChildren().add(chip);
        }
        String recordedLine = Messages.get("incident.view.recorded", record.recordedBy(), stamp(record.recordedAt()));
        int amendments = record.versions().size() - 1;
        if (amendments == 1) {
            recordedLine += " " + Messages.get("incident.view.amendedOnce", record.current().madeBy(),
                    stamp(record.current().madeAt()));
        } else if (amendments > 1) {
            recordedLine += " " + Messages.get("incident.view.amendedTimes", amendments, record.current().madeBy(),
                    stamp(record.current().madeAt()));
        }
        if (!loaded.imported().isEmpty()) {
            recordedLine += " " + loaded.imported();
        }
        recorded.setText(recordedLine);
        fill(fields, IncidentFields.of(current, loaded.names(), loaded.orders()));
        showVersions(loaded.names(), loaded.orders());
        amend.setDisable(false);
        Node pane = evidencePane.apply(record.clientId());
        if (pane != null) {
            evidence.getChildren().setAll(pane);
            VBox.setVgrow(pane, javafx.scene.layout.Priority.ALWAYS);
        }
    }

    /** Each amendment with who, when, why and a before/after table of what it changed; the original in full. */
    private void showVersions(Map<Long, String> names, Map<Long, String> orders) {
        versions.getChildren().clear();
        versionsSection.setVisible(record.versions().size() > 1);
        versionsSection.setManaged(record.versions().size() > 1);
        List<IncidentRecord.VersionEntry> all = record.versions();
        for (int i = all.size() - 1; i >= 1; i--) {
            IncidentRecord.VersionEntry before = all.get(i - 1);
            IncidentRecord.VersionEntry after = all.get(i);
            VBox card = new VBox(6);
            card.getStyleClass().add("version-card");
            card.setId("version-" + after.number());
            Label heading = new Label(Messages.get("incident.view.amendment", after.number(), after.madeBy(),
                    stamp(after.madeAt())));
            heading.getStyleClass().add("text-bold");
            Label why = new Label(Messages.get("incident.view.reason", after.reason()));
            why.setWrapText(true);
            why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane diff = new GridPane(18, 6);
            diff.getStyleClass().add("version-diff");
            diff.addRow(0, header("incident.view.field"), header("incident.view.before"), header("incident.view.after"));
            int row = 1;
            for (IncidentFields.Change c : IncidentFields.changes(before.draft(), after.draft(), names, orders)) {
                Label was = value(c.before());
                was.getStyleClass().add("version-before");
                Label now = value(c.after());
                now.getStyleClass().add("version-after");
                diff.addRow(row++, fieldLabel(c.key()), was, now);
            }
            card.getChildren().addAll(heading, why, diff);
            versions.getChildren().add(card);
        }
        IncidentRecord.VersionEntry original = record.original();
        GridPane originalFields = new GridPane(18, 8);
        fill(originalFields, IncidentFields.of(original.draft(), names, orders));
        TitledPane full = new TitledPane(Messages.get("incident.view.original", original.madeBy(),
                stamp(original.madeAt())), originalFields);
        full.setId("original");
        full.setExpanded(false);
        versions.getChildren().add(full);
    }

    private static void fill(GridPane grid, List<IncidentFields.Field> lines) {
        grid.getChildren().clear();
        int row = 0;
        for (IncidentFields.Field f : lines) {
            if (f.value().isBlank()) {
                continue;
            }
            grid.addRow(row++, fieldLabel(f.key()), value(f.value()));
        }
    }

    private static Label fieldLabel(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(180);
        return l;
    }

    private static Label header(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMaxWidth(520);
        return l;
    }

    private String stamp(java.time.Instant at) {
        return Dates.when().format(at.atZone(workspace.clock().getZone() == null ? ZoneId.systemDefault() : workspace.clock().getZone()));
    }

    @FXML
    private void amend() {
        if (record != null) {
            navigator.editIncident(record.clientId(), incidentId);
        }
    }

    @FXML
    private void back() {
        if (record != null) {
            navigator.openClientTab(record.clientId(), "incidents");
        } else {
            navigator.showCaseload();
        }
    }
}
