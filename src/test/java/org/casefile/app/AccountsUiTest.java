package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.casefile.security.Role;
import org.casefile.security.TestStores;
import org.casefile.security.User;
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

/** An administrator adds a colleague and disables them again, from Settings. */
@ExtendWith(ApplicationExtension.class)
class AccountsUiTest {
    private UiStore store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new UiStore("accounts", stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void anAdministratorAddsAColleagueAndDisablesThem(FxRobot robot) {
        robot.interact(() -> {
            Scene scene = new Scene(Views.load("Accounts.fxml", new AccountsController(store.session, store.background)),
                    1000, 640);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
        @SuppressWarnings("unchecked")
        TableView<User> accounts = robot.lookup("#accounts").queryAs(TableView.class);
        FxWait.until(() -> accounts.getItems().size() == 1, "the administrator's own account");

        robot.clickOn("#newName").write("Hana Dlamini");
        robot.clickOn("#newUsername").write("hdlamini");
        robot.clickOn("#newInitials").write("HD");
        robot.clickOn("#newPassword").write("short");
        robot.clickOn("#add");
        FxWait.until(() -> robot.lookup("#message").queryAs(Label.class).isVisible(), "the refusal");
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).startsWith("Use at least 12 characters");
        robot.clickOn("#newPassword").write("harbour lantern pebble");
        robot.clickOn("#add");
        FxWait.until(() -> accounts.getItems().size() == 2, "the new account");
        User hana = accounts.getItems().stream().filter(u -> u.username().equals("hdlamini")).findFirst().orElseThrow();
        assertThat(hana.role()).isEqualTo(Role.CASEWORKER);
        assertThat(robot.lookup("#newPassword").queryAs(javafx.scene.control.PasswordField.class).getText()).isEmpty();

        robot.interact(() -> accounts.getSelectionModel().select(hana));
        robot.clickOn("#disable");
        FxWait.until(() -> accounts.getItems().stream().anyMatch(u -> u.username().equals("hdlamini") && !u.enabled()),
                "the account disabled");
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).contains("can no longer sign in");
        Screenshots.save(stage.getScene(), "accounts");
        assertThat(TestStores.ADMIN).isEqualTo(store.session.user().username());
    }
}
