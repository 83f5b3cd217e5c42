package org.casefile.app;

import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.casefile.Messages;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.store.StoreLocation;

/**
 * The sign-in card in its three uses: signing in, unlocking a locked session, and saying why the store cannot be
 * opened at all.
 */
public final class UnlockController {
    private enum Mode { SIGN_IN, LOCKED, PROBLEM }

    @FXML private Label heading;
    @FXML private Label intro;
    @FXML private Label usernameLabel;
    @FXML private TextField username;
    @FXML private Label passwordLabel;
    @FXML private PasswordField password;
    @FXML private Label capsLock;
    @FXML private Label message;
    @FXML private Pane busyRow;
    @FXML private ProgressIndicator busy;
    @FXML private Label busyText;
    @FXML private Button secondary;
    @FXML private Button unlock;
    @FXML private Label storePath;

    private final Mode mode;
    private final StoreLocation location;
    private final SignIn signIn;
    private final Session session;
    private final Background background;
    private final Consumer<Session> onSignedIn;
    private final Runnable onUnlocked;
    private final Runnable onSecondary;
    private final String problem;
    /** Adds advice to a failure, such as naming the latest backup when the store file is damaged. */
    private UnaryOperator<Throwable> explain = UnaryOperator.identity();

    private UnlockController(Mode mode, StoreLocation location, SignIn signIn, Session session, Background background,
                             Consumer<Session> onSignedIn, Runnable onUnlocked, Runnable onSecondary, String problem) {
        this.mode = mode;
        this.location = location;
        this.signIn = signIn;
        this.session = session;
        this.background = background;
        this.onSignedIn = onSignedIn;
        this.onUnlocked = onUnlocked;
        this.onSecondary = onSecondary;
        this.problem = problem;
    }

    static UnlockController signIn(SignIn signIn, Background background, Consumer<Session> onSignedIn) {
        return new UnlockController(Mode.SIGN_IN, signIn.location(), signIn, null, background, onSignedIn, null, null, null);
    }

    static UnlockController signIn(SignIn signIn, Background background, Consumer<Session> onSignedIn,
                                   UnaryOperator<Throwable> explain) {
        UnlockController controller = signIn(signIn, background, onSignedIn);
        controller.explain = explain;
        return controller;
    }

    static UnlockController locked(Session session, Background background, Runnable onUnlocked, Runnable onSignOut) {
        return new UnlockController(Mode.LOCKED, session.location(), null, session, background, null, onUnlocked,
                onSignOut, null);
    }

    static UnlockController problem(StoreLocation location, String sentence, Runnable onQuit) {
        return new UnlockController(Mode.PROBLEM, location, null, null, null, null, null, onQuit, sentence);
    }

    @FXML
    private void initialize() {
        usernameLabel.setLabelFor(username);
        passwordLabel.setLabelFor(password);
        // A team's store names its server, not this computer's folder for it.
        storePath.setText(Messages.get("unlock.storeFolder", signIn != null ? signIn.database().describe() : location.directory()));
        password.addEventFilter(KeyEvent.KEY_RELEASED, e -> showCapsLock());
        password.focusedProperty().addListener((obs, was, now) -> showCapsLock());
        showBusy(false, "");
        switch (mode) {
            case SIGN_IN -> {
                heading.setText(Messages.get("unlock.heading"));
                intro.setText(Messages.get("unlock.intro"));
                secondary.setVisible(false);
                secondary.setManaged(false);
                Platform.runLater(username::requestFocus);
            }
            case LOCKED -> {
                heading.setText(Messages.get("lock.heading"));
                intro.setText(Messages.get("lock.intro", session.user().displayName()));
                username.setText(session.user().username());
                username.setDisable(true);
                secondary.setText(Messages.get("shell.signOut"));
                Platform.runLater(password::requestFocus);
            }
            case PROBLEM -> {
                heading.setText(Messages.get("unlock.problemHeading"));
                for (javafx.scene.Node n : new javafx.scene.Node[] {intro, usernameLabel, username, passwordLabel, password, unlock}) {
                    n.setVisible(false);
                    n.setManaged(false);
                }
                secondary.setText(Messages.get("unlock.quit"));
                showMessage(problem);
            }
        }
    }

    @FXML
    private void unlock() {
        char[] typed = password.getText().toCharArray();
        if (typed.length == 0 || (mode == Mode.SIGN_IN && username.getText().isBlank())) {
            showMessage(Messages.get("unlock.fillBoth"));
            return;
        }
        showMessage(null);
        if (mode == Mode.SIGN_IN) {
            String name = username.getText();
            showBusy(true, Messages.get("unlock.opening"));
            background.run(Messages.get("unlock.opening"), () -> signIn.unlock(name, typed))
                    .onSuccess(opened -> {
                        Arrays.fill(typed, '\0');
                        onSignedIn.accept(opened);
                    })
                    .onFailure(this::failed)
                    .start();
        } else if (mode == Mode.LOCKED) {
            showBusy(true, Messages.get("unlock.checking"));
            background.run(Messages.get("unlock.checking"), () -> session.unlock(typed))
                    .onSuccess(ok -> {
                        Arrays.fill(typed, '\0');
                        if (ok) {
                            onUnlocked.run();
                        } else {
                            failed(null);
                        }
                    })
                    .onFailure(this::failed)
                    .start();
        }
    }

    @FXML
    private void secondary() {
        onSecondary.run();
    }

    private void failed(Throwable failure) {
        showBusy(false, "");
        showMessage(failure == null ? Messages.get("signIn.wrong") : Dialogs.sentenceFor(explain.apply(failure)));
        password.clear();
        password.requestFocus();
    }

    private void showMessage(String text) {
        boolean show = text != null && !text.isBlank();
        message.setText(show ? text : "");
        message.setVisible(show);
        message.setManaged(show);
        if (show) {
            message.setAccessibleText(text);
        }
    }

    private void showBusy(boolean on, String text) {
        busyRow.setVisible(on);
        busyRow.setManaged(on);
        busyText.setText(text);
        org.casefile.ui.Busy.show(busy, on);
        username.setDisable(on || mode != Mode.SIGN_IN);
        password.setDisable(on);
        unlock.setDisable(on);
    }

    private void showCapsLock() {
        boolean on = password.isFocused() && Platform.isKeyLocked(KeyCode.CAPS).orElse(false);
        capsLock.setVisible(on);
        capsLock.setManaged(on);
    }
}
