package org.casefile.app;

import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import org.casefile.Messages;
import org.casefile.security.PasswordPolicy;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** First run: creates the store and its first administrator. */
public final class FirstRunController {
    @FXML private Label fullNameLabel;
    @FXML private TextField fullName;
    @FXML private Label initialsLabel;
    @FXML private TextField initials;
    @FXML private Label usernameLabel;
    @FXML private TextField username;
    @FXML private Label passwordLabel;
    @FXML private PasswordField password;
    @FXML private Label passwordHint;
    @FXML private Label repeatLabel;
    @FXML private PasswordField repeat;
    @FXML private Label message;
    @FXML private Pane busyRow;
    @FXML private Button create;
    @FXML private Label storePath;

    private final SignIn signIn;
    private final Background background;
    private final Consumer<Session> onCreated;
    private final FirstRunForm form = new FirstRunForm();
    private final ValidationSupport validation = org.casefile.ui.ThemedValidation.support();

    FirstRunController(SignIn signIn, Background background, Consumer<Session> onCreated) {
        this.signIn = signIn;
        this.background = background;
        this.onCreated = onCreated;
    }

    @FXML
    private void initialize() {
        fullNameLabel.setLabelFor(fullName);
        initialsLabel.setLabelFor(initials);
        usernameLabel.setLabelFor(username);
        passwordLabel.setLabelFor(password);
        repeatLabel.setLabelFor(repeat);
        fullName.textProperty().bindBidirectional(form.fullName);
        initials.textProperty().bindBidirectional(form.initials);
        username.textProperty().bindBidirectional(form.username);
        password.textProperty().bindBidirectional(form.password);
        repeat.textProperty().bindBidirectional(form.repeat);
        passwordHint.setText(Messages.get("firstRun.passwordHint", PasswordPolicy.MINIMUM_LENGTH));
        storePath.setText(Messages.get("unlock.storeFolder", signIn.database().describe()));
        // Marks appear once the person has tried to go on, not while they are still typing.
        validation.setErrorDecorationEnabled(false);
        register(fullName, FirstRunForm.Field.FULL_NAME);
        register(initials, FirstRunForm.Field.INITIALS);
        register(username, FirstRunForm.Field.USERNAME);
        register(password, FirstRunForm.Field.PASSWORD);
        register(repeat, FirstRunForm.Field.REPEAT);
        busyRow.setVisible(false);
        busyRow.setManaged(false);
        showMessage(null);
        Platform.runLater(fullName::requestFocus);
    }

    private void register(Control control, FirstRunForm.Field field) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String key = form.problems().get(field);
            return ValidationResult.fromErrorIf(c, key == null ? "" : Messages.get(key, PasswordPolicy.MINIMUM_LENGTH),
                    key != null);
        });
    }

    @FXML
    private void create() {
        Map<FirstRunForm.Field, String> problems = form.problems();
        if (!problems.isEmpty()) {
            validation.setErrorDecorationEnabled(true);
            showMessage(Messages.get(problems.values().iterator().next(), PasswordPolicy.MINIMUM_LENGTH));
            focus(problems.keySet().iterator().next());
            return;
        }
        showMessage(null);
        setBusy(true);
        char[] chosen = form.password.get().toCharArray();
        background.run(Messages.get("firstRun.creating"), () -> signIn.createStore(form.account(), chosen))
                .onSuccess(onCreated)
                .onFailure(failure -> {
                    setBusy(false);
                    showMessage(Dialogs.sentenceFor(failure));
                })
                .start();
    }

    private void focus(FirstRunForm.Field field) {
        (switch (field) {
            case FULL_NAME -> fullName;
            case INITIALS -> initials;
            case USERNAME -> username;
            case PASSWORD -> password;
            case REPEAT -> repeat;
        }).requestFocus();
    }

    private void setBusy(boolean on) {
        busyRow.setVisible(on);
        busyRow.setManaged(on);
        create.setDisable(on);
        for (Control c : new Control[] {fullName, initials, username, password, repeat}) {
            c.setDisable(on);
        }
    }

    private void showMessage(String text) {
        boolean show = text != null;
        message.setText(show ? text : "");
        message.setVisible(show);
        message.setManaged(show);
        if (show) {
            message.setAccessibleText(text);
        }
    }
}
