package org.casefile.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.casefile.Messages;
import org.casefile.security.Session;
import org.casefile.security.User;

/** The first screen after sign-in. It greets the person and says when this account last signed in. */
public final class DashboardController {
    @FXML private Label greeting;
    @FXML private Label lastSignIn;
    private final Session session;

    DashboardController(Session session) {
        this.session = session;
    }

    @FXML
    private void initialize() {
        User user = session.user();
        String firstName = user.displayName().split("\\s+")[0];
        greeting.setText(Messages.get("dashboard.greeting", firstName));
        // Shown so a person notices a sign-in that was not theirs.
        lastSignIn.setText(user.lastSignInAt() == null
                ? Messages.get("dashboard.firstSignIn")
                : Messages.get("dashboard.lastSignIn", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withZone(ZoneId.systemDefault()).format(user.lastSignInAt())));
    }
}
