package org.casefile.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.casefile.client.CaseloadController;
import org.casefile.client.ClientFormController;
import org.casefile.client.ClientOverviewController;
import org.casefile.perpetrator.PerpetratorController;
import org.casefile.ui.Navigator;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;

/**
 * The Clients section: the caseload, a client's overview, the forms and perpetrator screens, one at a time. The
 * caseload is kept, so going back returns to the same filters and search.
 */
final class ClientsSection implements Navigator {
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
        root.getChildren().setAll(Views.load("ClientOverview.fxml", new ClientOverviewController(workspace, this, clientId)));
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
}
