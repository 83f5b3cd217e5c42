package org.casefile.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.casefile.Messages;

/**
 * Loads an FXML view with the controller the caller built (so controllers take their services by constructor)
 * and the app's resource bundle. A view naming a different controller fails loudly.
 */
public final class Views {
    private Views() {
    }

    public static Parent load(String fxml, Object controller) {
        URL url = controller.getClass().getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("no view " + fxml + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(type -> {
            if (type.isInstance(controller)) {
                return controller;
            }
            throw new IllegalStateException(fxml + " asks for " + type.getName() + " but was given "
                    + controller.getClass().getName());
        });
        try {
            Parent view = loader.load();
            QuickGuide.mark(view, fxml);
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + fxml, e);
        }
    }
}
