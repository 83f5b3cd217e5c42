package org.casefile.app;

import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.casefile.StartupClock;
import org.casefile.Dates;
import org.casefile.Messages;
import org.casefile.incident.EscalationSignal;
import org.casefile.incident.RecentIncident;
import org.casefile.incident.ReviewSuggestion;
import org.casefile.incident.SignalText;
import org.casefile.reminder.Calendar;
import org.casefile.reminder.Reminder;
import org.casefile.reminder.Reminders;
import org.casefile.security.User;
import org.casefile.ui.Wrapping;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;

/**
 * The first screen after sign-in: my caseload at a glance. My high-risk cases, the cases whose log suggests a
 * risk review, what is due or overdue, and the latest incidents; each line opens its record on Enter or a
 * double click. Everything is read in one background job of bulk queries ({@link Glance}).
 */
public final class DashboardController {
    @FXML private ScrollPane page;
    @FXML private Label greeting;
    @FXML private Label lastSignIn;
    @FXML private ListView<Glance.HighRisk> highRisk;
    @FXML private ListView<ReviewSuggestion> reviews;
    @FXML private ListView<Reminder> overdue;
    @FXML private ListView<RecentIncident> recent;
    @FXML private Label recentHelp;
    @FXML private Button exportCalendar;
    @FXML private Label calendarNote;
    @FXML private GridPane glance;
    @FXML private VBox highRiskSection;
    @FXML private VBox reviewsSection;
    @FXML private VBox overdueSection;
    @FXML private VBox recentSection;
    /** Where the calendar file goes: a seam tests replace. */
    Function<Window, File> chooseCalendarFile = owner -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dashboard.calendar.title"));
        chooser.setInitialFileName("casefile-due.ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dashboard.calendar.filter"), "*.ics"));
        return chooser.showSaveDialog(owner);
    };
    private final Workspace workspace;
    private final Opener opener;
    private CompletableFuture<Glance> ahead;

    /** Where a dashboard line leads. */
    interface Opener {
        /** A client's overview at a tab ("risk", "pattern", "referrals", "orders"). */
        void tab(long clientId, String tab);

        /** A client's overview at a tab with one referral or order chosen there ({@code recordId} null: none). */
        default void record(long clientId, String tab, Long recordId) {
            tab(clientId, tab);
        }

        /** One incident. */
        void incident(long incidentId);
    }

    DashboardController(Workspace workspace, Opener opener) {
        this(workspace, opener, null);
    }

    /** @param ahead the first reading, already started at sign-in ({@link Glance#readAhead}); null to read here */
    DashboardController(Workspace workspace, Opener opener, CompletableFuture<Glance> ahead) {
        this.workspace = workspace;
        this.opener = opener;
        this.ahead = ahead;
    }

    @FXML
    private void initialize() {
        Views.drawTextDirectly(page);
        User user = workspace.session().user();
        String firstName = user.displayName().split("\\s+")[0];
        greeting.setText(Messages.get("dashboard.greeting", firstName));
        // Shown so a person notices a sign-in that was not theirs.
        lastSignIn.setText(user.lastSignInAt() == null
                ? Messages.get("dashboard.firstSignIn")
                : Messages.get("dashboard.lastSignIn", Dates.fully().withZone(ZoneId.systemDefault()).format(user.lastSignInAt())));
        LocalDate today = LocalDate.now(workspace.clock());
        recentHelp.setText(Messages.get("dashboard.recent.help", Glance.RECENT_DAYS));
        setUp(highRisk, "dashboard.highRisk.title", Messages.get("dashboard.highRisk.none"), HighRiskCell::new,
                h -> opener.tab(h.client().id(), "risk"));
        setUp(reviews, "dashboard.reviews.title", Messages.get("dashboard.reviews.none"), ReviewCell::new,
                r -> opener.tab(r.client().id(), "pattern"));
        setUp(overdue, "dashboard.overdue.title", Messages.get("dashboard.overdue.none", Reminders.DAYS_AHEAD),
                () -> new ReminderCell(today), r -> opener.record(r.clientId(), r.tab(), r.recordId()));
        setUp(recent, "dashboard.recent.title", Messages.get("dashboard.recent.none", Glance.RECENT_DAYS),
                RecentCell::new, i -> opener.incident(i.id()));
        GlanceColumns.install(glance, lastSignIn, List.of(highRiskSection, reviewsSection, overdueSection,
                recentSection));
        refresh();
    }

    /** A list that names itself to a screen reader, says plainly when it is empty, and opens a line on Enter. */
    private static <T> void setUp(ListView<T> list, String titleKey, String none,
                                  java.util.function.Supplier<ListCell<T>> cells, Consumer<T> open) {
        list.setAccessibleText(Messages.get(titleKey));
        Label placeholder = new Label(none);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> cells.get());
        Runnable openChosen = () -> {
            T chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                open.accept(chosen);
            }
        };
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openChosen.run();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openChosen.run();
            }
        });
    }

    /** Looks again: called each time the dashboard is shown. */
    void refresh() {
        CompletableFuture<Glance> started = ahead;
        ahead = null; // later visits read afresh
        workspace.background().run(Messages.get("dashboard.reviews.loading"),
                        () -> started != null ? Glance.taken(started) : Glance.read(workspace))
                .onSuccess(found -> {
                    highRisk.getItems().setAll(found.highRisk());
                    reviews.getItems().setAll(found.signals());
                    overdue.getItems().setAll(found.due());
                    recent.getItems().setAll(found.recent());
                    exportCalendar.setDisable(found.due().isEmpty());
                    StartupClock.mark("dashboard filled");
                })
                .quietly()
                .start();
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

    private static Label who(String name, String reference, String style) {
        Label who = new Label(Messages.get("dashboard.reviews.line", name, reference));
        who.getStyleClass().add(style);
        // The name gives way (with an ellipsis) before the chip or the date on the right does.
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.SOMETIMES);
        return who;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(0);
        return label;
    }

    /**
     * Two lines: a chip and who; below, in muted words, what it is, and on the right how soon. The name has the
     * whole first line, so a long date never hides it. Who and what wrap between words when the list is narrow
     * (large text), rather than being cut short. Spoken as one sentence.
     */
    private static void showLines(ListCell<?> cell, Label chip, Label who, Label right, String below) {
        chip.setMinWidth(Region.USE_PREF_SIZE);
        right.setMinWidth(Region.USE_PREF_SIZE);
        Wrapping.keepWords(who);
        HBox top = new HBox(10, chip, who);
        top.setAlignment(Pos.CENTER_LEFT);
        Label what = muted(below);
        what.setPadding(new javafx.geometry.Insets(0, 0, 0, 4));
        Wrapping.keepWords(what);
        HBox.setHgrow(what, Priority.SOMETIMES);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox second = new HBox(10, what, gap, right);
        second.setAlignment(Pos.CENTER_LEFT);
        cell.setGraphic(new VBox(2, top, second));
        cell.setAccessibleText(java.util.stream.Stream.of(chip.getText(), who.getText(), below, right.getText())
                .filter(t -> !t.isEmpty()).collect(Collectors.joining(". ")));
    }

    /** Base for the cells here: the cell takes the list's width, so the right-hand date is never scrolled away. */
    private abstract static class Line<T> extends ListCell<T> {
        Line() {
            setPrefWidth(0);
        }

        /** As tall as its lines at the list's width, where who or what wraps (the list asks before laying out). */
        @Override
        protected double computePrefHeight(double width) {
            double own = super.computePrefHeight(width);
            double across = width >= 0 ? width : getListView() != null ? getListView().getWidth() - 2 : -1;
            if (getGraphic() == null || across <= 0) {
                return own;
            }
            double inside = across - snappedLeftInset() - snappedRightInset();
            return Math.max(own, snappedTopInset() + getGraphic().prefHeight(inside) + snappedBottomInset());
        }

        @Override
        protected final void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                show(item);
            }
        }

        abstract void show(T item);
    }

    /** A high-risk case: who, the last incident, the next review (overdue in red). */
    private final class HighRiskCell extends Line<Glance.HighRisk> {
        @Override
        void show(Glance.HighRisk h) {
            Label level = new Label(Messages.get(h.client().riskLevel().labelKey()));
            level.getStyleClass().addAll("chip", "risk-high");
            Label next = new Label(h.nextReview() == null ? Messages.get("dashboard.highRisk.noReview")
                    : Messages.get("dashboard.highRisk.nextReview", Dates.day(h.nextReview())));
            boolean late = h.nextReview() != null && h.nextReview().isBefore(LocalDate.now(workspace.clock()));
            next.getStyleClass().add(late ? "danger" : "text-muted");
            showLines(this, level, who(h.client().name(), h.client().reference(), "text-bold"), next,
                    h.lastIncident() == null ? Messages.get("dashboard.highRisk.noIncident")
                            : Messages.get("dashboard.highRisk.lastIncident", Dates.day(h.lastIncident())));
        }
    }

    /** Something due: what, on which case, and how soon (overdue in red). */
    private static final class ReminderCell extends Line<Reminder> {
        private final LocalDate today;

        ReminderCell(LocalDate today) {
            this.today = today;
        }

        @Override
        void show(Reminder item) {
            Label kind = new Label(Messages.get(item.kind().labelKey()));
            kind.getStyleClass().addAll("chip", "reminder-" + item.kind().name());
            long days = ChronoUnit.DAYS.between(today, item.due());
            String day = Dates.day(item.due());
            Label when = new Label(days < 0 ? Messages.get("dashboard.due.overdue", day, -days)
                    : days == 0 ? Messages.get("dashboard.due.today") : Messages.get("dashboard.due.in", day, days));
            when.getStyleClass().add(days <= 0 ? "danger" : "text-muted");
            showLines(this, kind, who(item.clientName(), item.clientReference(), "text-bold"), when, item.what());
        }
    }

    /** An incident lately: on which case, its number and what happened, and the day. */
    private static final class RecentCell extends Line<RecentIncident> {
        @Override
        void show(RecentIncident i) {
            Label number = new Label(Messages.get("dashboard.recent.line", i.number()));
            number.getStyleClass().add("chip");
            String what = i.behaviours().stream().map(b -> Messages.get(b.labelKey())).collect(Collectors.joining(", "));
            showLines(this, number, who(i.client().name(), i.client().reference(), "text-bold"),
                    muted(Dates.day(i.occurredOn())), what);
        }
    }

    /** A case: name and reference, then one line per signal with the incidents that triggered it. */
    private static final class ReviewCell extends Line<ReviewSuggestion> {
        @Override
        void show(ReviewSuggestion item) {
            Label who = who(item.client().name(), item.client().reference(), "title-4");
            VBox lines = new VBox(4);
            StringBuilder spoken = new StringBuilder(who.getText());
            for (EscalationSignal s : item.signals()) {
                // One signal a line: the chip, then the sentence naming its incidents.
                Label chip = new Label(Messages.get(s.kind().labelKey()));
                chip.getStyleClass().add("signal-chip");
                chip.setMinWidth(Region.USE_PREF_SIZE);
                Label why = muted(SignalText.reason(s));
                why.setWrapText(true);
                HBox line = new HBox(8, chip, why);
                line.setAlignment(Pos.CENTER_LEFT);
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
