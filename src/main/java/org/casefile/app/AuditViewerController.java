package org.casefile.app;

import org.casefile.Dates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.casefile.Messages;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditLog;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.ui.Background;
import org.casefile.ui.Converters;
import org.casefile.ui.Dialogs;
import org.casefile.ui.TypedDate;

/** The audit log for supervisors and administrators: filter by person, action, record and dates; check the chain. */
public final class AuditViewerController {
    /** At most this many entries are shown; narrow the filter to see older ones. */
    static final int LIMIT = 500;

    @FXML private TextField actor;
    @FXML private ChoiceBox<AuditAction> action;
    @FXML private TextField subject;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private Label message;
    @FXML private TableView<AuditRecord> entries;
    @FXML private TableColumn<AuditRecord, String> whenColumn;
    @FXML private TableColumn<AuditRecord, String> whoColumn;
    @FXML private TableColumn<AuditRecord, String> whatColumn;
    @FXML private TableColumn<AuditRecord, String> subjectColumn;
    @FXML private TableColumn<AuditRecord, String> detailColumn;

    private final Session session;
    private final Background background;
    private final SimpleBooleanProperty fromUnreadable = new SimpleBooleanProperty();
    private final SimpleBooleanProperty toUnreadable = new SimpleBooleanProperty();

    AuditViewerController(Session session, Background background) {
        this.session = session;
        this.background = background;
    }

    @FXML
    private void initialize() {
        action.getItems().add(null);
        action.getItems().addAll(AuditAction.values());
        action.setConverter(Converters.showing(a -> a == null ? Messages.get("auditView.anyAction") : a.name()));
        action.setValue(null);
        from.setConverter(new TypedDate(fromUnreadable));
        to.setConverter(new TypedDate(toUnreadable));
        whenColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Dates.precisely().withZone(ZoneId.systemDefault()).format(c.getValue().occurredAt())));
        whoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actor()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().action()));
        subjectColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().subjectId() == null ? ""
                : c.getValue().subjectId()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().detail() == null ? ""
                : c.getValue().detail()));
    }

    @FXML
    private void search() {
        TypedDate.commit(from);
        TypedDate.commit(to);
        if (fromUnreadable.get() || toUnreadable.get()) {
            say(Messages.get("auditView.badDate"), true);
            return;
        }
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        ZoneId zone = ZoneId.systemDefault();
        AuditLog.Filter filter = new AuditLog.Filter(actor.getText(), action.getValue() == null ? "" : action.getValue().name(),
                subject.getText(), first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
        background.run(Messages.get("auditView.searching"), () -> session.audit().search(session.user(), filter, LIMIT))
                .onSuccess(found -> {
                    entries.getItems().setAll(found);
                    say(found.size() == LIMIT ? Messages.get("auditView.limited", LIMIT)
                            : Messages.get("auditView.found", found.size()), false);
                })
                .onFailure(f -> say(Dialogs.sentenceFor(f), true))
                .start();
    }

    @FXML
    private void verify() {
        background.run(Messages.get("auditView.verifying"), () -> session.audit().verify())
                .onSuccess(v -> say(v.intact() ? Messages.get("auditView.intact", v.entriesChecked())
                        : Messages.get("auditView.broken", v.brokenAt(), Messages.get(v.reasonKey())), !v.intact()))
                .onFailure(f -> say(Dialogs.sentenceFor(f), true))
                .start();
    }

    private void say(String text, boolean bad) {
        MessageLine.say(message, text, bad);
    }
}
