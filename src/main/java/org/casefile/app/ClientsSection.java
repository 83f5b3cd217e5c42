package org.casefile.app;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.casefile.bundle.BundleController;
import org.casefile.bundle.CaseMaracSources;
import org.casefile.client.CaseloadController;
import org.casefile.client.ClientFormController;
import org.casefile.client.ClientOverviewController;
import org.casefile.evidence.EvidenceController;
import org.casefile.importing.ImportReviewController;
import org.casefile.importing.ImportService;
import org.casefile.incident.IncidentController;
import org.casefile.incident.IncidentFormController;
import org.casefile.incident.IncidentLogController;
import org.casefile.incident.PatternController;
import org.casefile.chronology.ChronologyController;
import org.casefile.incident.SignalStripController;
import org.casefile.referral.ReferralsController;
import org.casefile.order.OrdersController;
import org.casefile.risk.RiskController;
import org.casefile.risk.TypologyController;
import org.casefile.perpetrator.PerpetratorController;
import org.casefile.ui.CasePanels;
import org.casefile.ui.Navigator;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;

/**
 * The Clients section: the caseload, a client's overview, the forms, incident and perpetrator screens, one at a
 * time. The caseload is kept, so going back returns to the same filters and search. It also supplies the
 * overview's feature tabs, so the client screens need not know the features that hang off a client.
 */
final class ClientsSection implements Navigator, CasePanels {
    private final Workspace workspace;
    private final StackPane root = new StackPane();
    private CaseloadController caseload;
    private Parent caseloadView;

    ClientsSection(Workspace workspace) {
        this.workspace = workspace;
        root.getStyleClass().add("clients-section");
    }

    Node view() {
        if (caseloadView == null) {
            showCaseload();
        }
        return root;
    }

    @Override
    public void showCaseload() {
        if (caseloadView == null) {
            caseload = new CaseloadController(workspace, this);
            caseloadView = Views.load("Caseload.fxml", caseload);
        } else {
            caseload.reload();
        }
        root.getChildren().setAll(caseloadView);
    }

    @Override
    public void openClient(long clientId) {
        openClientTab(clientId, null);
    }

    @Override
    public void openClientTab(long clientId, String tab) {
        root.getChildren().setAll(Views.load("ClientOverview.fxml",
                new ClientOverviewController(workspace, this, clientId, this, tab)));
    }

    @Override
    public void openClientRecord(long clientId, String tab, long recordId) {
        root.getChildren().setAll(Views.load("ClientOverview.fxml",
                new ClientOverviewController(workspace, this, clientId, this, tab, recordId)));
    }

    @Override
    public void editClient(Long clientId) {
        root.getChildren().setAll(Views.load("ClientForm.fxml", new ClientFormController(workspace, this, clientId)));
    }

    @Override
    public void openPerpetrator(long perpetratorId) {
        editPerpetrator(perpetratorId, null);
    }

    @Override
    public void editPerpetrator(Long perpetratorId, Long linkToClient) {
        root.getChildren().setAll(Views.load("Perpetrator.fxml",
                new PerpetratorController(workspace, this, perpetratorId, linkToClient)));
    }

    @Override
    public void openIncident(long incidentId) {
        root.getChildren().setAll(Views.load("Incident.fxml",
                new IncidentController(workspace, this, incidentId, clientId -> incidentEvidence(clientId, incidentId))));
    }

    @Override
    public void editIncident(long clientId, Long incidentId) {
        root.getChildren().setAll(Views.load("IncidentForm.fxml",
                new IncidentFormController(workspace, this, clientId, incidentId)));
    }

    @Override
    public Node tab(String tab, long clientId) {
        return tab(tab, clientId, null);
    }

    @Override
    public Node tab(String tab, long clientId, Long recordId) {
        return switch (tab) {
            case "incidents" -> Views.load("IncidentLog.fxml",
                    new IncidentLogController(workspace, this, clientId, () -> importMessages(clientId)));
            case "evidence" -> Views.load("Evidence.fxml", new EvidenceController(workspace, clientId, null));
            case "pattern" -> Views.load("Pattern.fxml",
                    new PatternController(workspace, clientId, number -> openIncidentNumber(clientId, number)));
            case "chronology" -> Views.load("Chronology.fxml",
                    new ChronologyController(workspace, clientId, number -> openIncidentNumber(clientId, number)));
            case "risk" -> Views.load("Risk.fxml",
                    new RiskController(workspace, clientId, () -> openClientTab(clientId, "risk")));
            case "typology" -> Views.load("Typology.fxml",
                    new TypologyController(workspace, clientId, number -> openIncidentNumber(clientId, number)));
            case "referrals" -> Views.load("Referrals.fxml", new ReferralsController(workspace, clientId,
                    referralPacks(clientId)).choosing(recordId));
            case "orders" -> Views.load("Orders.fxml",
                    new OrdersController(workspace, clientId, number -> openIncidentNumber(clientId, number))
                            .choosing(recordId));
            case "bundle" -> Views.load("Bundle.fxml", new BundleController(workspace, clientId,
                    new CaseMaracSources(workspace.risk(), workspace.referrals(),
                    workspace.orders(), workspace.typology()), () -> root.getScene() == null ? null : root.getScene().getWindow()));
            default -> null;
        };
    }

    @Override
    public Node header(long clientId, Consumer<String> showTab) {
        return SignalStripController.build(workspace, clientId, showTab);
    }

    /** Referral packs: a save dialog, then the bundle service with the referral kind (strict redaction). */
    private ReferralsController.PackMaker referralPacks(long clientId) {
        return new ReferralsController.PackMaker() {
            @Override
            public java.nio.file.Path choose(org.casefile.referral.ReferralRecord referral) {
                javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
                chooser.setTitle(org.casefile.Messages.get("referrals.detail.pack"));
                chooser.setInitialFileName(referral.reference() + "-pack.pdf");
                chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(org.casefile.Messages.get("bundle.screen.pdfFilter"), "*.pdf"));
                java.io.File f = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
                return f == null ? null : f.toPath();
            }

            @Override
            public String make(org.casefile.referral.ReferralRecord referral, java.nio.file.Path target) {
                var result = new org.casefile.bundle.BundleService(workspace.clients(), workspace.incidents(),
                        workspace.exhibits(), workspace.chronology(), workspace.perpetrators(),
                        new CaseMaracSources(workspace.risk(), workspace.referrals(), workspace.orders(),
                                workspace.typology()), workspace.session().audit(), workspace.session().user(),
                        workspace.clock())
                        .make(org.casefile.bundle.BundleRequest.referralPack(clientId, referral.id(), target),
                                org.casefile.bundle.BundleProgress.NONE);
                return org.casefile.Messages.get("referrals.detail.packMade", target.getFileName(), result.pages());
            }
        };
    }

    /** Opens "incident 12" of a client, as the pattern and chronology name incidents. */
    private void openIncidentNumber(long clientId, int number) {
        workspace.background().run(org.casefile.Messages.get("incident.view.loading"),
                        () -> workspace.incidents().idOf(clientId, number))
                .onSuccess(this::openIncident)
                .onFailure(workspace.dialogs()::showError)
                .start();
    }

    /** The import review in place of the overview; closing it returns to the client's incident log. */
    private void importMessages(long clientId) {
        ImportService imports = new ImportService(workspace.incidents(), workspace.exhibits(), workspace.perpetrators(),
                workspace.clock());
        root.getChildren().setAll(Views.load("ImportReview.fxml", new ImportReviewController(imports,
                workspace.background(), clientId, workspace.session().user().initials(), () -> { },
                () -> openClientTab(clientId, "incidents"))));
    }

    private Node incidentEvidence(long clientId, long incidentId) {
        return Views.load("Evidence.fxml", new EvidenceController(workspace, clientId, incidentId));
    }
}
