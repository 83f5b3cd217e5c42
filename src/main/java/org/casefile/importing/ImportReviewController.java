package org.casefile.importing;

import org.casefile.Dates;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.casefile.Messages;
import org.casefile.incident.Behaviour;
import org.casefile.perpetrator.LinkedPerpetrator;
import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;

/**
 * The review screen of an import: choose a file, see what was read (format and date order can be changed and the
 * file read again), go through the proposed incidents (include or leave out, behaviours, perpetrator, merge with
 * the next, split before a message), and confirm. Nothing is stored until Confirm; then the original goes in as an
 * exhibit first and every included incident is recorded in one go.
 */
public final class ImportReviewController {

    @FXML private Button chooseFile;
    @FXML private javafx.scene.control.ProgressIndicator working;
    @FXML private Button stopReading;
    /** The file being read, so Stop can drop it: reading changes nothing, so stopping loses nothing. */
    private javafx.concurrent.Task<?> readTask;
    @FXML private Label fileName;
    @FXML private ComboBox<ImportFormat> format;
    @FXML private ComboBox<DateOrder> dateOrder;
    @FXML private Button readAgain;
    @FXML private javafx.scene.layout.HBox columns;
    @FXML private ComboBox<String> columnDate;
    @FXML private ComboBox<String> columnTime;
    @FXML private ComboBox<String> columnWhat;
    @FXML private ComboBox<String> columnWhere;
    @FXML private ComboBox<String> columnWitnesses;
    @FXML private Label status;
    @FXML private TableView<Proposal> table;
    @FXML private TableColumn<Proposal, Proposal> include;
    @FXML private TableColumn<Proposal, String> when;
    @FXML private TableColumn<Proposal, String> from;
    @FXML private TableColumn<Proposal, Integer> count;
    @FXML private TableColumn<Proposal, String> behaviours;
    @FXML private TableColumn<Proposal, String> notes;
    @FXML private VBox detail;
    @FXML private CheckBox includeThis;
    @FXML private ComboBox<LinkedPerpetrator> perpetrator;
    @FXML private Button mergeNext;
    @FXML private Button splitHere;
    @FXML private FlowPane behaviourBoxes;
    @FXML private ListView<ImportedMessage> messages;
    @FXML private Label result;
    @FXML private Button confirm;

    private final ImportService imports;
    private final Background background;
    private final long clientId;
    private final String initials;
    private final Runnable onRecorded;
    private final Runnable onClose;
    /** Asks where the file is; tests replace the dialog. */
    Function<Window, Path> chooseWithDialog = ImportReviewController::askForFile;
    private Path file;
    private ImportPreview preview;
    private List<LinkedPerpetrator> linked = List.of();
    private boolean showing;

    public ImportReviewController(ImportService imports, Background background, long clientId, String initials,
                                  Runnable onRecorded, Runnable onClose) {
        this.imports = imports;
        this.background = background;
        this.clientId = clientId;
        this.initials = initials;
        this.onRecorded = onRecorded;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        format.getItems().add(null);
        format.getItems().addAll(ImportFormat.values());
        format.setConverter(converter(f -> f == null ? Messages.get("importReview.formatDetect")
                : Messages.get(f.labelKey())));
        format.setValue(null);
        format.setPromptText(Messages.get("importReview.formatDetect"));
        dateOrder.getItems().addAll(DateOrder.values());
        dateOrder.setConverter(converter(d -> d == null ? "" : Messages.get(d.labelKey())));
        dateOrder.setValue(DateOrder.INFER);
        format.valueProperty().addListener((o, a, b) -> readAgain.setDisable(file == null));
        for (ComboBox<String> c : columnBoxes()) {
            c.setPromptText(Messages.get("importReview.columnGuess"));
            c.setConverter(converter(v -> v == null ? Messages.get("importReview.columnGuess") : v));
            c.valueProperty().addListener((o, a, b) -> readAgain.setDisable(file == null));
        }
        dateOrder.valueProperty().addListener((o, a, b) -> readAgain.setDisable(file == null));

        include.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        include.setCellFactory(c -> new IncludeCell());
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(when(c.getValue())));
        from.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().party()));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().messages().size()));
        behaviours.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().behavioursInOrder().stream()
                .map(b -> Messages.get(b.labelKey())).collect(Collectors.joining(", "))));
        notes.setCellValueFactory(c -> new ReadOnlyStringWrapper(notes(c.getValue())));
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showDetail());

        for (Behaviour b : Behaviour.values()) {
            CheckBox box = new CheckBox(Messages.get(b.labelKey()));
            box.setUserData(b);
            box.setOnAction(e -> editSelected(p -> p.withBehaviours(checkedBehaviours())));
            behaviourBoxes.getChildren().add(box);
        }
        perpetrator.setPromptText(Messages.get("importReview.noPerpetrator"));
        perpetrator.setConverter(converter(p -> p == null ? Messages.get("importReview.noPerpetrator") : p.name()));
        perpetrator.valueProperty().addListener((o, a, b) -> {
            if (!showing) {
                editSelected(p -> p.withPerpetrator(b == null ? null : b.perpetratorId(),
                        b == null ? p.messages().getFirst().who() : b.name()));
            }
        });
        messages.setCellFactory(l -> new MessageCell());
        messages.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> splitHere.setDisable(
                b == null || b.intValue() <= 0));
    }

    @FXML
    private void chooseFile() {
        Path chosen = chooseWithDialog.apply(chooseFile.getScene().getWindow());
        if (chosen != null) {
            file = chosen;
            fileName.setText(chosen.getFileName().toString());
            read();
        }
    }

    @FXML
    private void readAgain() {
        read();
    }

    private void read() {
        if (file == null) {
            return;
        }
        Path reading = file;
        ImportOptions options = ImportOptions.defaults().withFormat(format.getValue())
                .withDateOrder(dateOrder.getValue()).withCsvMapping(new CsvMapping(columnDate.getValue(),
                        columnTime.getValue(), columnWhat.getValue(), columnWhere.getValue(),
                        columnWitnesses.getValue()));
        say(Messages.get("importReview.reading"), false);
        confirm.setDisable(true);
        readAgain.setDisable(true);
        boolean csv = format.getValue() == ImportFormat.CSV || reading.getFileName().toString().toLowerCase(
                java.util.Locale.ROOT).endsWith(".csv");
        readTask = background.run(Messages.get("importReview.reading"), () -> {
                    List<String> headings = csv ? imports.csvHeaders(reading) : List.of();
                    List<LinkedPerpetrator> perpetrators = imports.linkedPerpetrators(clientId);
                    try {
                        return new Read(imports.preview(clientId, reading, options, Proposer.DEFAULT_GAP), perpetrators,
                                headings, null);
                    } catch (RuntimeException e) {
                        return new Read(null, perpetrators, headings, e);
                    }
                })
                .onSuccess(read -> {
                    busy(false, false);
                    showColumns(read.headings());
                    if (read.failure() != null) {
                        failed(read.failure());
                        return;
                    }
                    preview = read.preview();
                    linked = read.perpetrators();
                    perpetrator.getItems().setAll(new ArrayList<LinkedPerpetrator>());
                    perpetrator.getItems().add(null);
                    perpetrator.getItems().addAll(linked);
                    ParsedFile p = preview.parsed();
                    say(summary(p), false);
                    table.getItems().setAll(preview.proposals());
                    if (!table.getItems().isEmpty()) {
                        table.getSelectionModel().selectFirst();
                    }
                    updateConfirm();
                    readAgain.setDisable(false);
                })
                .onFailure(this::failed)
                .start();
        busy(true, true);
    }

    /** The spinner while the file is read or stored; Stop only while reading, which writes nothing. */
    private void busy(boolean on, boolean stoppable) {
        working.setVisible(on);
        working.setManaged(on);
        stopReading.setVisible(on && stoppable);
        stopReading.setManaged(on && stoppable);
    }

    @FXML
    private void stopReading() {
        if (readTask != null) {
            readTask.cancel();
        }
        busy(false, false);
        say(Messages.get("importReview.stopped"), false);
        readAgain.setDisable(false);
        updateConfirm();
    }

    private void failed(Throwable failure) {
        busy(false, false);
        preview = null;
        table.getItems().clear();
        say(Dialogs.sentenceFor(failure), true);
        readAgain.setDisable(false);
        updateConfirm();
    }

    /** A diary's headings in the column choosers (kept as chosen when the same file is read again). */
    private void showColumns(List<String> headings) {
        boolean show = !headings.isEmpty();
        columns.setVisible(show);
        columns.setManaged(show);
        for (ComboBox<String> c : columnBoxes()) {
            if (!c.getItems().equals(withNone(headings))) {
                String kept = c.getValue();
                c.getItems().setAll(withNone(headings));
                c.setValue(kept != null && headings.contains(kept) ? kept : null);
            }
        }
    }

    private static List<String> withNone(List<String> headings) {
        List<String> out = new ArrayList<>();
        out.add(null);
        out.addAll(headings);
        return out;
    }

    private List<ComboBox<String>> columnBoxes() {
        return List.of(columnDate, columnTime, columnWhat, columnWhere, columnWitnesses);
    }

    private record Read(ImportPreview preview, List<LinkedPerpetrator> perpetrators, List<String> headings,
                        RuntimeException failure) {
    }

    private static String summary(ParsedFile p) {
        String span = p.first().map(Dates.when()::format).orElse("") + " – " + p.last().map(Dates.when()::format).orElse("");
        String order = p.format() == ImportFormat.WHATSAPP ? Messages.get(p.dateOrderCertain()
                ? "importReview.orderCertain" : "importReview.orderGuessed", Messages.get(p.dateOrder().labelKey())) : "";
        return Messages.get("importReview.read", p.messages().size(), Messages.get(p.format().labelKey()),
                p.senders().size(), span) + (order.isEmpty() ? "" : " " + order);
    }

    @FXML
    private void includeThis() {
        editSelected(p -> p.withInclude(includeThis.isSelected()));
    }

    @FXML
    private void mergeNext() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i < 0 || i + 1 >= table.getItems().size()) {
            return;
        }
        Proposal merged = Proposer.merge(table.getItems().get(i), table.getItems().get(i + 1));
        table.getItems().remove(i + 1);
        table.getItems().set(i, merged);
        table.getSelectionModel().select(i);
        changed();
    }

    @FXML
    private void splitHere() {
        int i = table.getSelectionModel().getSelectedIndex();
        int at = messages.getSelectionModel().getSelectedIndex();
        if (i < 0 || at <= 0) {
            return;
        }
        List<Proposal> parts = Proposer.split(table.getItems().get(i), at);
        table.getItems().remove(i);
        table.getItems().addAll(i, parts);
        table.getSelectionModel().select(i);
        changed();
    }

    @FXML
    private void confirm() {
        if (preview == null) {
            return;
        }
        ImportPreview reviewed = preview.withProposals(List.copyOf(table.getItems()));
        Path storing = file;
        confirm.setDisable(true);
        chooseFile.setDisable(true);
        say(Messages.get("importReview.saving"), false);
        busy(true, false);
        background.run(Messages.get("importReview.saving"), () -> imports.confirm(clientId, storing, reviewed, initials))
                .noticeIfAway(result, done -> Messages.get("importReview.doneAway", done.incidentIds().size()))
                .onSuccess(done -> {
                    busy(false, false);
                    chooseFile.setDisable(false);
                    preview = null;
                    table.getItems().clear();
                    result.setText(Messages.get("importReview.done", done.exhibitReference(),
                            done.incidentIds().size(), done.attachmentReferences().size()));
                    say("", false);
                    onRecorded.run();
                })
                .onFailure(failure -> {
                    busy(false, false);
                    chooseFile.setDisable(false);
                    say(Dialogs.sentenceFor(failure), true);
                    updateConfirm();
                })
                .start();
    }

    @FXML
    private void close() {
        onClose.run();
    }

    private void editSelected(Function<Proposal, Proposal> edit) {
        int i = table.getSelectionModel().getSelectedIndex();
        if (showing || i < 0) {
            return;
        }
        table.getItems().set(i, edit.apply(table.getItems().get(i)));
        table.getSelectionModel().select(i);
        changed();
    }

    private void edit(Proposal p, Function<Proposal, Proposal> how) {
        int i = table.getItems().indexOf(p);
        if (i >= 0) {
            table.getItems().set(i, how.apply(p));
            changed();
        }
    }

    private void changed() {
        table.refresh();
        showDetail();
        updateConfirm();
    }

    private void updateConfirm() {
        long chosen = table.getItems().stream().filter(Proposal::include).count();
        boolean ready = preview != null && table.getItems().stream().filter(Proposal::include).allMatch(Proposal::ready);
        confirm.setDisable(preview == null || !ready);
        confirm.setText(Messages.get("importReview.confirmCount", chosen));
        if (preview != null && !ready) {
            result.setText(Messages.get("importReview.notReady"));
        } else if (preview != null) {
            result.setText("");
        }
    }

    private void showDetail() {
        Proposal p = table.getSelectionModel().getSelectedItem();
        detail.setDisable(p == null);
        showing = true;
        try {
            if (p == null) {
                messages.getItems().clear();
                return;
            }
            includeThis.setSelected(p.include());
            Set<Behaviour> chosen = p.behaviours();
            behaviourBoxes.getChildren().forEach(n -> ((CheckBox) n).setSelected(chosen.contains((Behaviour) n.getUserData())));
            perpetrator.setValue(linked.stream().filter(l -> Long.valueOf(l.perpetratorId()).equals(p.perpetratorId()))
                    .findFirst().orElse(null));
            messages.getItems().setAll(p.messages());
            int i = table.getSelectionModel().getSelectedIndex();
            mergeNext.setDisable(i < 0 || i + 1 >= table.getItems().size());
            splitHere.setDisable(true);
        } finally {
            showing = false;
        }
    }

    private Set<Behaviour> checkedBehaviours() {
        EnumSet<Behaviour> out = EnumSet.noneOf(Behaviour.class);
        behaviourBoxes.getChildren().forEach(n -> {
            if (((CheckBox) n).isSelected()) {
                out.add((Behaviour) n.getUserData());
            }
        });
        return out;
    }

    private void say(String text, boolean problem) {
        status.setText(text);
        status.getStyleClass().remove("danger");
        if (problem) {
            status.getStyleClass().add("danger");
        }
    }

    static String when(Proposal p) {
        String start = Dates.when().format(p.start());
        if (p.end().equals(p.start())) {
            return start;
        }
        return start + " – " + (p.end().toLocalDate().equals(p.start().toLocalDate())
                ? p.end().toLocalTime().withSecond(0).withNano(0).toString() : Dates.when().format(p.end()));
    }

    static String notes(Proposal p) {
        List<String> out = new ArrayList<>();
        if (p.isDuplicate()) {
            out.add(Messages.get("importReview.duplicate", p.duplicateOf().stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))));
        }
        p.warnings().forEach(w -> out.add(Messages.get(w)));
        return String.join(" ", out);
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static Path askForFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("importReview.chooseFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("importReview.filter"), "*.txt", "*.zip", "*.xml",
                        "*.eml", "*.mbox", "*.csv"),
                new FileChooser.ExtensionFilter(Messages.get("importReview.filterAll"), "*"));
        File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /** A check box per row: include or leave out, by mouse or Space. */
    private final class IncludeCell extends TableCell<Proposal, Proposal> {
        private final CheckBox box = new CheckBox();

        IncludeCell() {
            box.setOnAction(e -> {
                Proposal p = getItem();
                if (p != null) {
                    edit(p, q -> q.withInclude(box.isSelected()));
                }
            });
        }

        @Override
        protected void updateItem(Proposal p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(p.include());
            box.setAccessibleText(Messages.get("importReview.includeRow", when(p), p.party()));
            setGraphic(box);
        }
    }

    /** A message as the file has it: time, who, what. */
    private static final class MessageCell extends ListCell<ImportedMessage> {
        @Override
        protected void updateItem(ImportedMessage m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setText(null);
                return;
            }
            String kind = m.kind() == MessageKind.TEXT || m.kind() == MessageKind.DIARY ? ""
                    : "(" + Messages.get(m.kind().labelKey()) + ") ";
            setText(Dates.when().format(m.at()) + "  " + m.who() + ": " + kind + m.text());
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
