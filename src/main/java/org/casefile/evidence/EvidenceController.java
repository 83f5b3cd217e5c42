package org.casefile.evidence;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.casefile.Messages;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Workspace;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The exhibits of a case, or of one incident: a list, a drop zone for files from the desktop, and a check of
 * every exhibit against the fingerprint taken when it was received. Embedded in the client overview and in the
 * incident view.
 */
public final class EvidenceController {
    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");
    private static final PseudoClass DAMAGED = PseudoClass.getPseudoClass("damaged");

    @FXML private VBox root;
    @FXML private org.casefile.ui.WrapRow dropZone;
    @FXML private Button addFiles;
    @FXML private Button checkAll;
    @FXML private Label count;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Label notice;
    @FXML private VBox problems;
    @FXML private TableView<ExhibitSummary> table;
    @FXML private TableColumn<ExhibitSummary, ExhibitSummary> referenceColumn;
    @FXML private TableColumn<ExhibitSummary, ExhibitSummary> fileColumn;
    @FXML private TableColumn<ExhibitSummary, String> kindColumn;
    @FXML private TableColumn<ExhibitSummary, String> sizeColumn;
    @FXML private TableColumn<ExhibitSummary, String> receivedColumn;
    @FXML private TableColumn<ExhibitSummary, String> descriptionColumn;

    private final Workspace workspace;
    private final long clientId;
    private final Long incidentId;
    private boolean storing;

    /** Seams for tests: the file choosers. */
    Function<Window, List<Path>> chooseFiles = EvidenceController::chooseWithDialog;
    BiFunction<Window, String, Path> chooseCopyTarget = ExhibitController::chooseWithDialog;

    /**
     * @param incidentId when not null, only this incident's exhibits are listed and new files are attached to it
     */
    public EvidenceController(Workspace workspace, long clientId, Long incidentId) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.incidentId = incidentId;
    }

    @FXML
    private void initialize() {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        referenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        referenceColumn.setCellFactory(col -> new ReferenceCell());
        fileColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        fileColumn.setCellFactory(col -> new FileCell());
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(ExhibitText.kind(c.getValue())));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(ExhibitText.size(c.getValue().sizeBytes())));
        receivedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get("evidence.receivedBy",
                ExhibitText.when(c.getValue().receivedAt(), workspace.clock().getZone()), c.getValue().receivedBy())));
        descriptionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        table.setRowFactory(t -> {
            TableRow<ExhibitSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(ExhibitSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(DAMAGED, !empty && item != null && item.damaged());
                }
            };
            return row;
        });
        org.casefile.ui.Tables.opensRows(table, this::open);
        table.setAccessibleText(Messages.get("evidence.table"));

        // Files may be dropped anywhere on the pane; the drop zone shows that it will take them.
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !storing) {
                e.acceptTransferModes(TransferMode.COPY);
                dropZone.pseudoClassStateChanged(DRAG_OVER, true);
            }
        });
        root.addEventHandler(DragEvent.DRAG_EXITED_TARGET, e -> {
            if (e.getTarget() == root) {
                dropZone.pseudoClassStateChanged(DRAG_OVER, false);
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            dropZone.pseudoClassStateChanged(DRAG_OVER, false);
            if (!e.getDragboard().hasFiles() || storing) {
                return;
            }
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            // The intake dialog waits for the person: ask after the drag gesture has finished.
            Platform.runLater(() -> take(files));
        });
        showProgress(false);
        show(notice, false);
        refresh();
    }

    /** Fetches the list again. */
    public void refresh() {
        workspace.background().run(Messages.get("evidence.loading"), () -> workspace.exhibits().forClient(clientId)
                        .stream().filter(e -> incidentId == null || incidentId.equals(e.incidentId())).toList())
                .onSuccess(rows -> {
                    ExhibitSummary selected = table.getSelectionModel().getSelectedItem();
                    table.getItems().setAll(rows);
                    if (selected != null) {
                        rows.stream().filter(r -> r.id() == selected.id()).findFirst()
                                .ifPresent(table.getSelectionModel()::select);
                    }
                    count.setText(Messages.get("evidence.count", rows.size()));
                })
                .onFailure(workspace.dialogs()::showError)
                .start();
    }

    @FXML
    private void addFiles() {
        List<Path> chosen = chooseFiles.apply(root.getScene().getWindow());
        if (chosen != null) {
            take(chosen);
        }
    }

    @FXML
    private void checkAll() {
        checkAll.setDisable(true);
        workspace.background().run(Messages.get("evidence.checking"), () -> workspace.exhibits().verifyAll(clientId))
                .onSuccess(damaged -> {
                    checkAll.setDisable(false);
                    if (damaged.isEmpty()) {
                        say(Messages.get("evidence.check.allGood"), "mdal-check_circle", false);
                    } else {
                        say(Messages.get("evidence.check.damaged", String.join(", ", damaged)), "mdmz-warning", true);
                    }
                    refresh();
                })
                .onFailure(failure -> {
                    checkAll.setDisable(false);
                    workspace.dialogs().showError(failure);
                })
                .start();
    }

    private void take(List<Path> files) {
        if (files.isEmpty() || storing) {
            return;
        }
        Window window = root.getScene().getWindow();
        IntakeForm.ask(window, root.getScene().getStylesheets(), workspace.session().user().initials(), incidentId,
                files).ifPresent(intake -> {
                    storing = true;
                    addFiles.setDisable(true);
                    problems.getChildren().clear();
                    show(notice, false);
                    showProgress(true);
                    storeNext(new Batch(files, intake));
                });
    }

    /** One file at a time, so a refused file gets its own sentence and the others still go in. */
    private void storeNext(Batch batch) {
        if (batch.next == batch.files.size()) {
            finish(batch);
            return;
        }
        Path file = batch.files.get(batch.next);
        progress.setProgress((double) batch.next / batch.files.size());
        progressText.setText(Messages.get("evidence.storing", batch.next + 1, batch.files.size()));
        workspace.background().run(Messages.get("evidence.storingStatus"),
                        () -> workspace.exhibits().receive(clientId, file, batch.intake))
                .onSuccess(stored -> {
                    batch.stored.add(stored.reference());
                    batch.next++;
                    refresh();
                    storeNext(batch);
                })
                .onFailure(failure -> {
                    problems.getChildren().add(problem(Dialogs.sentenceFor(failure)));
                    batch.next++;
                    storeNext(batch);
                })
                .start();
    }

    private void finish(Batch batch) {
        storing = false;
        addFiles.setDisable(false);
        showProgress(false);
        if (!batch.stored.isEmpty()) {
            say(Messages.get("evidence.stored", batch.stored.size(), String.join(", ", batch.stored)),
                    "mdal-check_circle", false);
        }
        refresh();
    }

    private void open(ExhibitSummary exhibit) {
        ExhibitController view = new ExhibitController(workspace, exhibit.id(), this::refresh);
        view.chooseTarget = chooseCopyTarget;
        view.showWindow(root.getScene().getWindow());
    }

    private void say(String text, String icon, boolean bad) {
        notice.setText(text);
        notice.setGraphic(new FontIcon(icon));
        notice.getStyleClass().removeAll("notice", "error-text");
        notice.getStyleClass().add(bad ? "error-text" : "notice");
        show(notice, true);
    }

    private static Label problem(String sentence) {
        Label label = new Label(sentence, new FontIcon("mdmz-warning"));
        label.setWrapText(true);
        label.getStyleClass().add("error-text");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private void showProgress(boolean on) {
        show(progressRow, on);
    }

    private static void show(javafx.scene.Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    private static List<Path> chooseWithDialog(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("evidence.choose.title"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /** Files taken in with the same answers, and how far the storing has got. */
    private static final class Batch {
        final List<Path> files;
        final Intake intake;
        final List<String> stored = new ArrayList<>();
        int next;

        Batch(List<Path> files, Intake intake) {
            this.files = List.copyOf(files);
            this.intake = intake;
        }
    }

    /** The reference, and for a damaged exhibit an icon and the word, so red is never the only sign. */
    private static final class ReferenceCell extends TableCell<ExhibitSummary, ExhibitSummary> {
        @Override
        protected void updateItem(ExhibitSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label reference = new Label(item.reference());
            reference.getStyleClass().add("exhibit-reference");
            if (item.damaged()) {
                Label damaged = new Label(Messages.get("evidence.damaged"), new FontIcon("mdmz-warning"));
                damaged.getStyleClass().addAll("signal-chip", "damaged");
                setGraphic(new VBox(4, reference, damaged));
                setAccessibleText(item.reference() + ", " + Messages.get("evidence.damaged"));
            } else {
                setGraphic(reference);
                setAccessibleText(item.reference());
            }
        }
    }

    /** The file name, and for a derived copy what it is a copy of. */
    private static final class FileCell extends TableCell<ExhibitSummary, ExhibitSummary> {
        @Override
        protected void updateItem(ExhibitSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(item.fileName());
            String copyOf = ExhibitText.copyOf(item);
            if (copyOf.isEmpty()) {
                setGraphic(name);
                return;
            }
            Label copy = new Label(copyOf, new FontIcon("mdal-content_copy"));
            copy.getStyleClass().addAll("text-muted", "copy-of");
            setGraphic(new VBox(2, name, copy));
        }
    }
}
