package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casefile.client.CaseStatus;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.privacy.Retention;
import org.casefile.settings.Settings;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.casefile.ui.UiStore;
import org.casefile.ui.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An administrator reviews a case closed years ago and erases it, typing its reference to confirm. */
@ExtendWith(ApplicationExtension.class)
class RetentionUiTest {
    private UiStore store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new UiStore("retention", stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void aCaseClosedLongAgoIsListedAndErasedAfterTheReferenceIsTyped(FxRobot robot) {
        ClientService longAgo = new ClientService(store.session.transactions(), store.session.audit(),
                store.session.user(), Clock.fixed(Instant.now().minus(Duration.ofDays(8 * 365)), ZoneId.systemDefault()));
        ClientRecord c = longAgo.create(ClientFixtures.named("Edna", "Longclosed"));
        longAgo.changeStatus(c.id(), c.version(), CaseStatus.CLOSED, "Support ended");

        robot.interact(() -> {
            Scene scene = new Scene(Views.load("RetentionReview.fxml",
                    new RetentionReviewController(store.session, store.background, Clock.systemDefaultZone())), 900, 520);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
        @SuppressWarnings("unchecked")
        TableView<Retention.Due> due = robot.lookup("#due").queryAs(TableView.class);
        FxWait.until(() -> due.getItems().size() == 1, "the case closed eight years ago");
        assertThat(due.getItems().getFirst().reference()).isEqualTo(c.reference());
        robot.interact(() -> due.getSelectionModel().select(0));
        robot.clickOn("#reason").write("Past the six-year retention period");
        Screenshots.save(stage.getScene(), "retention");

        // A wrong reference typed: nothing erased.
        robot.clickOn("#erase");
        typeIntoTheDialog(robot, "C-0000-0000");
        FxWait.until(() -> robot.lookup("#message").queryAs(Label.class).isVisible(), "the refusal");
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).startsWith("Nothing was erased");
        assertThat(due.getItems()).hasSize(1);

        robot.clickOn("#erase");
        typeIntoTheDialog(robot, c.reference());
        try {
            FxWait.until(() -> robot.lookup("#message").queryAs(Label.class).getText().contains("is erased"), "the erasure");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the screen says: "
                    + robot.lookup("#message").queryAs(Label.class).getText(), e);
        }
        FxWait.until(() -> due.getItems().isEmpty(), "the list emptied");
    }

    private static void typeIntoTheDialog(FxRobot robot, String text) {
        FxWait.until(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent(), "the confirmation");
        robot.clickOn(robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class));
        robot.write(text).type(KeyCode.ENTER);
    }
}
