package org.casefile.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.BiConsumer;
import java.time.LocalDate;
import java.util.List;
import org.casefile.client.RiskCell;
import org.casefile.risk.OverdueReview;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casefile.Messages;
import org.casefile.incident.EscalationSignal;
import org.casefile.incident.ReviewSuggestion;
import org.casefile.incident.SignalText;
import org.casefile.security.User;
import org.casefile.ui.Workspace;

/**
 * The first screen after sign-in: a greeting, when this account last signed in, and the cases whose incident
 * log suggests a risk review, each saying which incidents.
 */
public final class DashboardController {
    @FXML private Label greeting;
    @FXML private Label lastSignIn;
    @FXML private VBox reviewsSection;
    @FXML private ListView<ReviewSuggestion> reviews;
    @FXML private VBox emptyState;
    @FXML private VBox overdueSection;
    @FXML private ListView<OverdueReview> overdue;
    private final Workspace workspace;
    private final BiConsumer<Long, String> openTab;

    /** {@code openTab} opens a client's overview at a tab ("pattern", "risk"). */
    DashboardController(Workspace workspace, BiConsumer<Long, String> openTab) {
        this.workspace = workspace;
        this.openTab = openTab;
    }

    @FXML
    private void initialize() {
        User user = workspace.session().user();
        String firstName = user.displayName().split("\\s+")[0];
        greeting.setText(Messages.get("dashboard.greeting", firstName));
        // Shown so a person notices a sign-in that was not theirs.
        lastSignIn.setText(user.lastSignInAt() == null
                ? Messages.get("dashboard.firstSignIn")
                : Messages.get("dashboard.lastSignIn", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withZone(ZoneId.systemDefault()).format(user.lastSignInAt())));
        reviews.setCellFactory(list -> new ReviewCell());
        reviews.setAccessibleText(Messages.get("dashboard.reviews.title"));
        reviews.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            }
        });
        reviews.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        overdue.setCellFactory(list -> new OverdueCell(LocalDate.now(workspace.clock())));
        overdue.setAccessibleText(Messages.get("dashboard.overdue.title"));
        Runnable openOverdue = () -> {
            OverdueReview chosen = overdue.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                openTab.accept(chosen.client().id(), "risk");
            }
        };
        overdue.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openOverdue.run();
            }
        });
        overdue.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openOverdue.run();
            }
        });
        show(false, false);
        refresh();
    }

    /** Looks again: called each time the dashboard is shown. */
    void refresh() {
        workspace.background().run(Messages.get("dashboard.reviews.loading"), () -> new Found(
                        workspace.risk().overdueReviews(), workspace.incidents().reviewsSuggested()))
                .onSuccess(found -> {
                    overdue.getItems().setAll(found.overdue());
                    reviews.getItems().setAll(found.suggested());
                    show(!found.overdue().isEmpty(), !found.suggested().isEmpty());
                })
                .quietly()
                .start();
    }

    private record Found(List<OverdueReview> overdue, List<ReviewSuggestion> suggested) {
    }

    private void show(boolean anyOverdue, boolean anySuggested) {
        overdueSection.setVisible(anyOverdue);
        overdueSection.setManaged(anyOverdue);
        reviewsSection.setVisible(anySuggested);
        reviewsSection.setManaged(anySuggested);
        emptyState.setVisible(!anyOverdue && !anySuggested);
        emptyState.setManaged(!anyOverdue && !anySuggested);
    }

    private void open() {
        ReviewSuggestion chosen = reviews.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            openTab.accept(chosen.client().id(), "pattern");
        }
    }

    /** A case whose review date has passed: who, since when, and the level in force. */
    private static final class OverdueCell extends ListCell<OverdueReview> {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        private final LocalDate today;

        OverdueCell(LocalDate today) {
            this.today = today;
        }

        @Override
        protected void updateItem(OverdueReview item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label who = new Label(Messages.get("dashboard.reviews.line", item.client().name(), item.client().reference()));
            who.getStyleClass().add("title-4");
            Label level = RiskCell.chip(item.level());
            long days = java.time.temporal.ChronoUnit.DAYS.between(item.due(), today);
            Label when = new Label(Messages.get("dashboard.overdue.since", DAY.format(item.due()), days));
            when.getStyleClass().add("danger");
            HBox line = new HBox(8, level, when);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            VBox card = new VBox(4, who, line);
            card.setPadding(new javafx.geometry.Insets(6, 4, 8, 4));
            setGraphic(card);
            setAccessibleText(who.getText() + ". " + Messages.get(item.level().labelKey()) + ". " + when.getText());
        }
    }

    /** A case: name and reference, then one line per signal with the incidents that triggered it. */
    private static final class ReviewCell extends ListCell<ReviewSuggestion> {
        @Override
        protected void updateItem(ReviewSuggestion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label who = new Label(Messages.get("dashboard.reviews.line", item.client().name(), item.client().reference()));
            who.getStyleClass().add("title-4");
            VBox lines = new VBox(4);
            StringBuilder spoken = new StringBuilder(who.getText());
            for (EscalationSignal s : item.signals()) {
                // One signal a line: the chip, then the sentence naming its incidents.
                Label chip = new Label(Messages.get(s.kind().labelKey()));
                chip.getStyleClass().add("signal-chip");
                chip.setMinWidth(Region.USE_PREF_SIZE);
                Label why = new Label(SignalText.reason(s));
                why.getStyleClass().add("text-muted");
                why.setWrapText(true);
                HBox line = new HBox(8, chip, why);
                line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                lines.getChildren().add(line);
                spoken.append(". ").append(chip.getText()).append(": ").append(why.getText());
            }
            VBox card = new VBox(6, who, lines);
            card.setPadding(new javafx.geometry.Insets(6, 4, 10, 4));
            setGraphic(card);
            setAccessibleText(spoken.toString());
        }
    }
}
