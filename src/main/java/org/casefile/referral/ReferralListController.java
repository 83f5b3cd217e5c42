package org.casefile.referral;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.casefile.Messages;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Tables;
import org.casefile.ui.Workspace;

/** Every open referral on my cases, reply due soonest first; Enter opens the client's referrals tab. */
public final class ReferralListController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @FXML private Label problem;
    @FXML private TableView<ReferralRecord> referrals;
    @FXML private TableColumn<ReferralRecord, String> clientColumn;
    @FXML private TableColumn<ReferralRecord, String> refColumn;
    @FXML private TableColumn<ReferralRecord, String> agencyColumn;
    @FXML private TableColumn<ReferralRecord, String> statusColumn;
    @FXML private TableColumn<ReferralRecord, String> dueColumn;

    private final Workspace workspace;
    private final BiConsumer<Long, String> openTab;
    private Map<Long, String> clients = Map.of();

    /** @param openTab opens a client's overview at a tab */
    public ReferralListController(Workspace workspace, BiConsumer<Long, String> openTab) {
        this.workspace = workspace;
        this.openTab = openTab;
    }

    private record Loaded(List<ReferralRecord> referrals, Map<Long, String> clients) {
    }

    @FXML
    private void initialize() {
        LocalDate today = LocalDate.now(workspace.clock());
        clientColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(clients.getOrDefault(c.getValue().clientId(), "")));
        refColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reference()
                + (c.getValue().details().marac() ? " · MARAC" : "")));
        agencyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().agency().name()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get(c.getValue().status().labelKey())));
        dueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().details().responseDue() == null
                || !c.getValue().status().awaitingResponse() ? "" : DAY.format(c.getValue().details().responseDue())
                + (c.getValue().overdue(today) ? " " + Messages.get("referrals.overdue") : "")));
        Tables.opensRows(referrals, r -> openTab.accept(r.clientId(), "referrals"));
        workspace.background().run(Messages.get("referrals.loading"), () -> {
                    List<ReferralRecord> open = workspace.referrals().openOnMyCases();
                    return new Loaded(open, workspace.referrals().clientReferences(
                            open.stream().map(ReferralRecord::clientId).collect(Collectors.toSet())));
                })
                .onSuccess(l -> {
                    clients = l.clients();
                    referrals.getItems().setAll(l.referrals());
                })
                .onFailure(failure -> {
                    problem.setText(Dialogs.sentenceFor(failure));
                    problem.setVisible(true);
                    problem.setManaged(true);
                })
                .start();
    }
}
