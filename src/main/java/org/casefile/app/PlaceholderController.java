package org.casefile.app;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.casefile.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** The empty state of a section whose records are not in this version yet. */
public final class PlaceholderController {
    @FXML private FontIcon icon;
    @FXML private Label title;
    @FXML private Label text;
    private final Section section;

    PlaceholderController(Section section) {
        this.section = section;
    }

    @FXML
    private void initialize() {
        icon.setIconLiteral(section.icon);
        title.setText(Messages.get("empty." + section.id() + ".title"));
        text.setText(Messages.get("empty." + section.id() + ".text"));
    }
}
