package org.casefile.app;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import org.casefile.Messages;
import org.casefile.privacy.Retention;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;

/**
 * Retention for supervisors and administrators: the closed cases kept past the period, and erasing one with a
 * reason after typing its reference again. Administrators also set the period for every desktop on the store.
 */
public final class RetentionReviewController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    @FXML private Label help;
    @FXML private HBox periodRow;
    @FXML private Label yearsLabel;
    @FXML private Spinner<Integer> years;
    @FXML private Button saveYears;
    @FXML private TableView<Retention.Due> due;
    @FXML private TableColumn<Retention.Due, String> referenceColumn;
    @FXML private TableColumn<Retention.Due, String> closedColumn;
    @FXML private TableColumn<Retention.Due, String> agoColumn;
    @FXML private Label reasonLabel;
    @FXML private TextField reason;
    @FXML private Button erase;
    @FXML private Label message;

    private final Session session;
    private final Background background;
    private final Retention retention;

    RetentionReviewController(Session session, Background background, Clock clock) {
        this.session = session;
        this.background = background;
        this.retention = new Retention(session.transactions(), session.audit(), session.user(), clock);
    }

    @FXML
    private void initialize() {
        boolean admin = session.user().role() == Role.ADMINISTRATOR;
        periodRow.setVisible(admin);
        periodRow.setManaged(admin);
        yearsLabel.setLabelFor(years);
        reasonLabel.setLabelFor(reason);
        years.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, Retention.DEFAULT_YEARS));
        years.setEditable(true);
        referenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reference()));
        closedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DAY.format(c.getValue().closedOn())));
        agoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Messages.get("retention.yearsAgo", c.getValue().yearsClosed())));
        erase.disableProperty().bind(due.getSelectionModel().selectedItemProperty().isNull()
                .or(reason.textProperty().isEmpty()));
        refresh();
    }

    @FXML
    private void refresh() {
        background.run(Messages.get("retention.loading"), () -> new Loaded(retention.years(), retention.due()))
                .onSuccess(loaded -> {
                    years.getValueFactory().setValue(loaded.years());
                    help.setText(Messages.get("retention.help", loaded.years()));
                    due.getItems().setAll(loaded.due());
                })
                .onFailure(f -> say(Dialogs.sentenceFor(f), true))
                .start();
    }

    @FXML
    private void saveYears() {
        int value = years.getValue();
        background.run(Messages.get("retention.saving"), () -> {
            retention.setYears(value);
            return null;
        }).onSuccess(done -> {
            say(Messages.get("retention.yearsSaved", value), false);
            refresh();
        }).onFailure(f -> say(Dialogs.sentenceFor(f), true)).start();
    }

    @FXML
    private void erase() {
        Retention.Due chosen = due.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        TextInputDialog confirm = new TextInputDialog();
        confirm.initOwner(erase.getScene().getWindow());
        confirm.setTitle(Messages.get("retention.confirm.title"));
        confirm.setHeaderText(Messages.get("retention.confirm.header", chosen.reference()));
        confirm.setContentText(Messages.get("retention.confirm.prompt"));
        Optional<String> typed = confirm.showAndWait();
        if (typed.isEmpty() || !typed.get().strip().equalsIgnoreCase(chosen.reference())) {
            say(Messages.get("retention.confirm.notMatched"), true);
            return;
        }
        String why = reason.getText();
        background.run(Messages.get("retention.erasing"), () -> retention.erase(chosen.reference(), why))
                .onSuccess(erased -> {
                    reason.clear();
                    say(Messages.get("retention.erased", erased.reference(), erased.rows(), erased.perpetrators()), false);
                    refresh();
                })
                .onFailure(f -> say(Dialogs.sentenceFor(f), true))
                .start();
    }

    private void say(String text, boolean bad) {
        MessageLine.say(message, text, bad);
    }

    private record Loaded(int years, java.util.List<Retention.Due> due) {
    }
}
