package org.casefile.ui;

import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casefile.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The quick guide: a short panel, in plain words, for the screen in front of the person — what it is for, the
 * few things people do there, and what is safe to do. Each screen's view carries its topic (set when
 * {@link Views} loads it); the guide shown is that of the innermost visible screen, so the risk tab of a
 * client gets the risk guide rather than the client's.
 */
public final class QuickGuide {
    /** The node property that names a view's guide. */
    public static final String TOPIC = "casefile.guide";
    /**
     * Views with no guide of their own: the frame, the screens before sign-in, parts shown inside another
     * screen (whose guide covers them) and the exhibit viewer, a window of its own.
     */
    public static final Set<String> WITHOUT_GUIDE = Set.of("shell", "unlock", "firstRun", "accounts", "auditViewer", "retentionReview",
            "exhibit");

    private QuickGuide() {
    }

    /** "IncidentLog.fxml" gives "incidentLog". */
    public static String topicOf(String fxml) {
        String base = fxml.substring(fxml.lastIndexOf('/') + 1).replace(".fxml", "");
        return base.substring(0, 1).toLowerCase(Locale.ROOT) + base.substring(1);
    }

    static void mark(Parent view, String fxml) {
        String topic = topicOf(fxml);
        if (!WITHOUT_GUIDE.contains(topic)) {
            view.getProperties().put(TOPIC, topic);
        }
    }

    /** The topic of the innermost visible view under {@code root}, or null when none carries one. */
    public static String topicAt(Node root) {
        if (root == null || !root.isVisible()) {
            return null;
        }
        String found = (String) root.getProperties().get(TOPIC);
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                String inner = topicAt(child);
                if (inner != null) {
                    return inner;
                }
            }
        }
        if (root instanceof ScrollPane scroll) {
            String inner = topicAt(scroll.getContent());
            if (inner != null) {
                return inner;
            }
        }
        return found;
    }

    /** The panel for a topic: its title, then the three short parts, with a button that closes it. */
    public static VBox panel(String topic, Runnable close) {
        Label title = new Label(Messages.get("help." + topic + ".title"), new FontIcon("mdal-help_outline"));
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button closeButton = new Button(null, new FontIcon("mdal-close"));
        closeButton.getStyleClass().addAll("flat", "button-icon");
        closeButton.setAccessibleText(Messages.get("help.close"));
        closeButton.setCancelButton(false);
        closeButton.setOnAction(e -> close.run());
        closeButton.setId("guide-close");
        HBox head = new HBox(8, title, gap, closeButton);
        VBox panel = new VBox(10, head,
                part("help.heading.what", Messages.get("help." + topic + ".what")),
                part("help.heading.do", Messages.get("help." + topic + ".do")),
                part("help.heading.safe", Messages.get("help." + topic + ".safe")),
                note(Messages.get("help.more")));
        panel.setId("quick-guide");
        panel.getStyleClass().add("quick-guide");
        panel.setAccessibleText(title.getText());
        return panel;
    }

    private static VBox part(String headingKey, String text) {
        Label heading = new Label(Messages.get(headingKey));
        heading.getStyleClass().add("text-bold");
        VBox part = new VBox(4, heading);
        // One line of the text a step: "\n" in the bundle starts the next.
        String[] lines = text.split("\n");
        for (String line : lines) {
            part.getChildren().add(note(lines.length > 1 ? "• " + line.strip() : line.strip()));
        }
        return part;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
