package org.casefile.incident;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.casefile.Messages;
import org.casefile.ui.Workspace;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The strip under a client's name that says "Risk review suggested" with the current escalation signals, each
 * naming the incidents that triggered it. Empty when the log suggests nothing.
 */
public final class SignalStripController {
    private final FlowPane strip = new FlowPane(8, 6);

    private SignalStripController() {
        strip.getStyleClass().add("signal-strip");
        strip.getStylesheets().add(SignalStripController.class.getResource("behaviours.css").toExternalForm());
        strip.setAccessibleText(Messages.get("signal.reviewSuggested"));
    }

    /** Builds the strip and fills it in the background; {@code showTab} opens the overview's pattern tab. */
    public static Node build(Workspace workspace, long clientId, Consumer<String> showTab) {
        SignalStripController c = new SignalStripController();
        workspace.background().run(Messages.get("signal.loading"), () -> workspace.incidents().pattern(clientId))
                .onSuccess(pattern -> c.show(pattern, showTab))
                .quietly()
                .start();
        return c.strip;
    }

    private void show(Pattern pattern, Consumer<String> showTab) {
        strip.getChildren().clear();
        if (!pattern.reviewSuggested()) {
            return;
        }
        Label heading = new Label(Messages.get("signal.reviewSuggested"), new FontIcon("mdmz-warning"));
        heading.getStyleClass().addAll("signal-chip", "text-bold");
        heading.setId("review-suggested");
        strip.getChildren().add(heading);
        for (EscalationSignal s : pattern.current()) {
            Button chip = new Button(Messages.get(s.kind().labelKey()) + " · " + SignalText.incidents(s, 5));
            chip.getStyleClass().addAll("signal-chip", "flat");
            String reason = SignalText.reason(s);
            chip.setTooltip(new Tooltip(reason));
            chip.setAccessibleText(Messages.get(s.kind().labelKey()) + ". " + reason);
            chip.setOnAction(e -> showTab.accept("pattern"));
            strip.getChildren().add(chip);
        }
    }
}
