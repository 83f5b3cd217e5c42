package org.casefile.app;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.casefile.Messages;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.User;
import org.casefile.ui.Background;
import org.casefile.ui.Converters;
import org.casefile.ui.Dialogs;

/**
 * Accounts in Settings: everyone changes their own password; administrators add colleagues, reset a forgotten
 * password, disable an account (its key ring entry goes) and enable it again with a new password. Password
 * fields are cleared after every attempt so no password lingers on screen.
 */
public final class AccountsController {
    @FXML private Label message;
    @FXML private PasswordField current;
    @FXML private PasswordField fresh;
    @FXML private PasswordField again;
    @FXML private Button changeOwn;
    @FXML private VBox adminBox;
    @FXML private TableView<User> accounts;
    @FXML private TableColumn<User, String> nameColumn;
    @FXML private TableColumn<User, String> usernameColumn;
    @FXML private TableColumn<User, String> roleColumn;
    @FXML private TableColumn<User, String> stateColumn;
    @FXML private PasswordField given;
    @FXML private Button reset;
    @FXML private Button enable;
    @FXML private Button disable;
    @FXML private TextField newName;
    @FXML private TextField newUsername;
    @FXML private TextField newInitials;
    @FXML private ChoiceBox<Role> newRole;
    @FXML private PasswordField newPassword;

    private final Session session;
    private final Background background;

    AccountsController(Session session, Background background) {
        this.session = session;
        this.background = background;
    }

    @FXML
    private void initialize() {
        boolean admin = session.user().role() == Role.ADMINISTRATOR;
        adminBox.setVisible(admin);
        adminBox.setManaged(admin);
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        usernameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().username()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get(c.getValue().role().labelKey())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get(c.getValue().enabled()
                ? "accounts.enabled" : "accounts.disabled")));
        newRole.getItems().setAll(Role.values());
        newRole.setConverter(Converters.showing(r -> r == null ? "" : Messages.get(r.labelKey())));
        newRole.setValue(Role.CASEWORKER);
        var none = accounts.getSelectionModel().selectedItemProperty().isNull();
        reset.disableProperty().bind(none);
        enable.disableProperty().bind(none);
        disable.disableProperty().bind(none);
        if (admin) {
            reload();
        }
    }

    private void reload() {
        background.run(Messages.get("accounts.loading"), () -> session.users().all())
                .onSuccess(all -> accounts.getItems().setAll(all))
                .onFailure(this::problem)
                .start();
    }

    @FXML
    private void changeOwn() {
        char[] now = current.getText().toCharArray();
        char[] next = fresh.getText().toCharArray();
        boolean same = fresh.getText().equals(again.getText());
        clear(current, fresh, again);
        if (!same) {
            say(Messages.get("password.mismatch"), true);
            wipe(now, next);
            return;
        }
        run(() -> {
            try {
                session.users().changeOwnPassword(session.user(), now, next);
            } finally {
                wipe(now, next);
            }
            return Messages.get("accounts.ownChanged");
        });
    }

    @FXML
    private void reset() {
        User chosen = accounts.getSelectionModel().getSelectedItem();
        char[] password = given.getText().toCharArray();
        clear(given);
        run(() -> {
            try {
                session.users().resetPassword(session.user(), chosen.id(), password);
            } finally {
                wipe(password);
            }
            return Messages.get("accounts.resetDone", chosen.displayName());
        });
    }

    @FXML
    private void enable() {
        User chosen = accounts.getSelectionModel().getSelectedItem();
        char[] password = given.getText().toCharArray();
        clear(given);
        run(() -> {
            try {
                session.users().enable(session.user(), chosen.id(), password);
            } finally {
                wipe(password);
            }
            return Messages.get("accounts.enabledDone", chosen.displayName());
        });
    }

    @FXML
    private void disable() {
        User chosen = accounts.getSelectionModel().getSelectedItem();
        run(() -> {
            session.users().disable(session.user(), chosen.id());
            return Messages.get("accounts.disabledDone", chosen.displayName());
        });
    }

    @FXML
    private void add() {
        NewAccount account = new NewAccount(newUsername.getText(), newName.getText(), newInitials.getText(),
                newRole.getValue());
        char[] password = newPassword.getText().toCharArray();
        clear(newPassword);
        run(() -> {
            User made;
            try {
                made = session.users().add(session.user(), account, password);
            } finally {
                wipe(password);
            }
            return Messages.get("accounts.added", made.displayName(), made.username());
        }, () -> {
            newName.clear();
            newUsername.clear();
            newInitials.clear();
        });
    }

    private void run(java.util.concurrent.Callable<String> work) {
        run(work, () -> { });
    }

    private void run(java.util.concurrent.Callable<String> work, Runnable afterSuccess) {
        background.run(Messages.get("accounts.saving"), work)
                .onSuccess(sentence -> {
                    afterSuccess.run();
                    say(sentence, false);
                    if (session.user().role() == Role.ADMINISTRATOR) {
                        reload();
                    }
                })
                .onFailure(this::problem)
                .start();
    }

    private void problem(Throwable failure) {
        say(Dialogs.sentenceFor(failure), true);
    }

    private void say(String text, boolean bad) {
        MessageLine.say(message, text, bad);
    }

    private static void clear(PasswordField... fields) {
        for (PasswordField f : fields) {
            f.clear();
        }
    }

    private static void wipe(char[]... secrets) {
        for (char[] s : secrets) {
            Arrays.fill(s, '\0');
        }
    }
}
