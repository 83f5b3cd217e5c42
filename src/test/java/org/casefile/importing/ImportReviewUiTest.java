package org.casefile.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.casefile.app.Theme;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.Relationship;
import org.casefile.settings.Settings;
import org.casefile.ui.FxWait;
import org.casefile.ui.UiStore;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A caseworker imports a chat: reads it, reviews and edits the proposals, confirms; nothing before that. */
@ExtendWith(ApplicationExtension.class)
class ImportReviewUiTest {
    private UiStore store;
    private Stage stage;
    private Workspace workspace;
    private ClientRecord lucja;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new UiStore("import", stage);
        workspace = store.workspace;
        lucja = workspace.clients().create(ClientFixtures.lucja());
        var dan = workspace.perpetrators().create(new PerpetratorDraft("Dan", "Ashworth", List.of(), null, "",
                List.of("07700 900123"), List.of(), List.of(), List.of(), ""));
        workspace.perpetrators().link(lucja.id(), dan.id(), Relationship.EX_INTIMATE_PARTNER, "");
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    @SuppressWarnings("unchecked")
    void readReviewMergeAndConfirm(FxRobot robot) throws Exception {
        Path chat = store.dir.resolve("WhatsApp Chat.txt");
        Files.copy(ImportParsersTest.sample("whatsapp-android-24h.txt"), chat);
        ImportService imports = new ImportService(workspace.incidents(), workspace.exhibits(), workspace.perpetrators(),
                workspace.clock());
        AtomicBoolean recorded = new AtomicBoolean();
        AtomicBoolean closed = new AtomicBoolean();
        ImportReviewController controller = new ImportReviewController(imports, store.background, lucja.id(), "JS",
                () -> recorded.set(true), () -> closed.set(true));
        controller.chooseWithDialog = owner -> chat;
        robot.interact(() -> {
            Parent view = Views.load("ImportReview.fxml", controller);
            Scene scene = new Scene(view, 1200, 760);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Proposal> table = robot.lookup("#table").queryAs(TableView.class);
        robot.clickOn("#chooseFile");
        FxWait.until(() -> table.getItems().size() == 5, "five proposals");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .startsWith("Read 7 messages or entries from a WhatsApp chat").contains("Dates read as Day first");
        Button confirm = robot.lookup("#confirm").queryAs(Button.class);
        FxWait.until(() -> confirm.getText().equals("Record 4 incidents"), "four chosen");
        robot.interact(() -> org.casefile.ui.Screenshots.save(stage.getScene(), "import-review"));
        assertThat(workspace.exhibits().forClient(lucja.id())).isEmpty();

        // The first proposal (Dan's two evening messages) is selected; merge it with the next one (Lucja's reply).
        robot.clickOn("#mergeNext");
        FxWait.until(() -> table.getItems().size() == 4, "merged");
        assertThat(table.getItems().getFirst().messages()).hasSize(3);
        // Leave out the deleted-message proposal with the detail pane's check box.
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.clickOn("#includeThis");
        FxWait.until(() -> confirm.getText().equals("Record 3 incidents"), "three chosen");

        robot.clickOn("#confirm");
        Label result = robot.lookup("#result").queryAs(Label.class);
        FxWait.until(() -> result.getText().startsWith("Stored the file as exhibit JS/1 and recorded 3 incidents"),
                "the import stored");
        assertThat(recorded).isTrue();
        assertThat(workspace.incidents().log(lucja.id())).hasSize(3);
        assertThat(workspace.exhibits().forClient(lucja.id())).extracting(ExhibitSummary::fileName)
                .containsExactly("WhatsApp Chat.txt");

        robot.clickOn("#cancel");
        assertThat(closed).isTrue();

        // The incident says where it came from.
        long first = workspace.incidents().log(lucja.id()).getFirst().id();
        robot.interact(() -> stage.setScene(new Scene(Views.load("Incident.fxml",
                new org.casefile.incident.IncidentController(workspace, null, first, id -> new Label())), 1200, 760)));
        Label recordedLine = robot.lookup("#recorded").queryAs(Label.class);
        FxWait.until(() -> recordedLine.getText().contains("Imported from exhibit JS/1, lines or entries 2 to 5"),
                "the link back to the original");
    }

    @Test
    void aFileOfTheWrongKindGetsItsSentenceAndNothingIsStored(FxRobot robot) throws Exception {
        Path notes = store.dir.resolve("notes.txt");
        Files.writeString(notes, "Shopping list\nmilk\n");
        ImportService imports = new ImportService(workspace.incidents(), workspace.exhibits(), workspace.perpetrators(),
                workspace.clock());
        ImportReviewController controller = new ImportReviewController(imports, store.background, lucja.id(), "JS",
                () -> { }, () -> { });
        controller.chooseWithDialog = owner -> notes;
        robot.interact(() -> {
            stage.setScene(new Scene(Views.load("ImportReview.fxml", controller), 1200, 760));
            stage.show();
        });
        robot.clickOn("#chooseFile");
        Label status = robot.lookup("#status").queryAs(Label.class);
        FxWait.until(() -> status.getText().startsWith("This file is not one Casefile can import"), "the sentence");
        assertThat(robot.lookup("#confirm").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(workspace.exhibits().forClient(lucja.id())).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDiaryWithItsOwnHeadingsIsReadOnceTheColumnsAreChosen(FxRobot robot) throws Exception {
        Path diary = store.dir.resolve("dagboek.csv");
        Files.copy(ImportParsersTest.sample("diary-semicolon.csv"), diary);
        ImportService imports = new ImportService(workspace.incidents(), workspace.exhibits(), workspace.perpetrators(),
                workspace.clock());
        ImportReviewController controller = new ImportReviewController(imports, store.background, lucja.id(), "JS",
                () -> { }, () -> { });
        controller.chooseWithDialog = owner -> diary;
        robot.interact(() -> {
            stage.setScene(new Scene(Views.load("ImportReview.fxml", controller), 1300, 760));
            stage.show();
        });
        robot.clickOn("#chooseFile");
        Label status = robot.lookup("#status").queryAs(Label.class);
        FxWait.until(() -> status.getText().startsWith("The diary has no date column"), "the sentence");
        FxWait.until(() -> robot.lookup("#columns").query().isVisible(), "the column choosers");
        robot.interact(() -> {
            robot.lookup("#columnDate").queryAs(javafx.scene.control.ComboBox.class).setValue("Dag");
            robot.lookup("#columnTime").queryAs(javafx.scene.control.ComboBox.class).setValue("Uur");
            robot.lookup("#columnWhat").queryAs(javafx.scene.control.ComboBox.class).setValue("Gebeurtenis");
            robot.lookup("#columnWhere").queryAs(javafx.scene.control.ComboBox.class).setValue("Plek");
        });
        robot.clickOn("#readAgain");
        TableView<Proposal> table = robot.lookup("#table").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 2, "two diary entries");
        assertThat(table.getItems()).allSatisfy(p -> assertThat(p.include()).isTrue());
        assertThat(table.getItems().getFirst().behaviours()).contains(org.casefile.incident.Behaviour.WATCHING);
    }
}
