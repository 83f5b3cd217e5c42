package org.casefile.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.casefile.Messages;
import org.casefile.UserFacingException;

/** Error and confirmation dialogs with Casefile's wording. */
public final class Dialogs {
    private final Window owner;

    public Dialogs(Window owner) {
        this.owner = owner;
    }

    /** A problem the person can act on shows its own sentence; anything else a calm general one. */
    public static String sentenceFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException problem) {
                return problem.getMessage();
            }
        }
        return Messages.get("error.unexpected");
    }

    public void showError(Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentenceFor(failure), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("error.title"));
        alert.setHeaderText(Messages.get("error.header"));
        alert.getDialogPane().setAccessibleRole(AccessibleRole.DIALOG);
        alert.showAndWait();
    }
}
