package org.casefile.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.BiConsumer;
import java.time.LocalDate;
import java.util.List;
import java.io.File;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.casefile.reminder.Calendar;
import org.casefile.reminder.Reminder;
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
    @FXML private ListView<Reminder> overdue;
    @FXML private Button exportCalendar;
    @FXML private Label calendarNote;
    /** Where the calendar file goes: a seam tests replace. */
    Function<Window, File> chooseCalendarFile = owner -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dashboard.calendar.title"));
        chooser.setInitialFileName("casefile-due.ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dashboard.calendar.filter"), "*.ics"));
        return chooser.showSaveDialog(owner);
    };
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
        overdue.setCellFactory(list -> new ReminderCell(LocalDate.now(workspace.clock())));
        overdue.setAccessibleText(Messages.get("dashboard.overdue.title"));
        Runnable openOverdue = () -> {
            Reminder chosen = overdue.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                openTab.accept(chosen.clientId(), chosen.tab());
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
                        workspace.reminders().due(), workspace.incidents().reviewsSuggested()))
                .onSuccess(found -> {
                    overdue.getItems().setAll(found.overdue());
                    reviews.getItems().setAll(found.suggested());
                    show(!found.overdue().isEmpty(), !found.suggested().isEmpty());
                })
                .quietly()
                .start();
    }

    private record Found(List<Reminder> overdue, List<ReviewSuggestion> suggested) {
    }

    @FXML
    private void exportCalendar() {
        File file = chooseCalendarFile.apply(exportCalendar.getScene().getWindow());
        if (file == null) {
            return;
        }
        List<Reminder> due = List.copyOf(overdue.getItems());
        workspace.background().run(Messages.get("dashboard.calendar.writing"), () -> {
                    Calendar.write(due, file.toPath(), workspace.clock().instant());
                    return due.size();
                })
                .onSuccess(n -> {
                    calendarNote.setText(Messages.get("dashboard.calendar.written", n, file.getName()));
                    calendarNote.setVisible(true);
                    calendarNote.setManaged(true);
                })
                .onFailure(workspace.dialogs()::showError)
                .start();
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

    /** Something due: what, on which case, and how soon (overdue in red). */
    private static final class ReminderCell extends ListCell<Reminder> {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        private final LocalDate today;

        ReminderCell(LocalDate today) {
            this.today = today;
            // The cell takes the list's width, so the date on the right is never scrolled out of sight.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Reminder item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label kind = new Label(Messages.get(item.kind().labelKey()));
            kind.getStyleClass().addAll("chip", "reminder-" + item.kind().name());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label who = new Label(Messages.get("dashboard.reviews.line", item.clientName(), item.clientReference()));
            who.getStyleClass().add("text-bold");
            Label what = new Label(item.what());
            what.getStyleClass().add("text-muted");
            what.setMinWidth(0);
            kind.setMinWidth(Region.USE_PREF_SIZE);
            who.setMinWidth(Region.USE_PREF_SIZE);
            long days = java.time.temporal.ChronoUnit.DAYS.between(today, item.due());
            Label when = new Label(days < 0 ? Messages.get("dashboard.due.overdue", DAY.format(item.due()), -days)
                    : days == 0 ? Messages.get("dashboard.due.today") : Messages.get("dashboard.due.in", DAY.format(item.due()), days));
            when.getStyleClass().add(days <= 0 ? "danger" : "text-muted");
            when.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
            HBox line = new HBox(10, kind, who, what, gap, when);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(line);
            setAccessibleText(kind.getText() + ". " + who.getText() + ". " + what.getText() + ". " + when.getText());
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
