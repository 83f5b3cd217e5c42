package org.casefile.app;

import javafx.scene.control.Label;

/** The one-line outcome under a Settings group: shown on first use, red when something went wrong. */
final class MessageLine {
    private MessageLine() {
    }

    static void say(Label message, String text, boolean bad) {
        message.setText(text);
        message.getStyleClass().setAll("label", bad ? "error-text" : "text-muted");
        message.setVisible(true);
        message.setManaged(true);
    }
}
