package org.casefile.perpetrator;

import org.casefile.Dates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.client.ClientSummary;
import org.casefile.client.PossibleDuplicate;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Converters;
import org.casefile.ui.Navigator;
import org.casefile.ui.TypedDate;
import org.casefile.ui.ScrollIntoView;
import org.casefile.ui.Workspace;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * One perpetrator: creates a new record (linked to a client when opened from one) or shows and edits an existing
 * one with the clients it is linked to. A perpetrator linked to several clients carries a warning that cannot be
 * missed; links to restricted clients are counted, never named. Nothing typed is lost when a save is refused.
 */
public final class PerpetratorController {
    private static final int ROW_HEIGHT = 36;

    @FXML private Label title;
    @FXML private Label subtitle;
    @FXML private ProgressIndicator busy;
    @FXML private Button back;
    @FXML private Button save;
    @FXML private Label message;
    @FXML private Label savedNote;
    @FXML private ScrollPane scroller;
    @FXML private VBox page;
    @FXML private HBox serialWarning;
    @FXML private Label serialTitle;
    @FXML private Label serialText;
    @FXML private VBox clientsSection;
    @FXML private TableView<PerpetratorRecord.LinkedClient> clientsTable;
    @FXML private TableColumn<PerpetratorRecord.LinkedClient, String> referenceColumn;
    @FXML private TableColumn<PerpetratorRecord.LinkedClient, String> nameColumn;
    @FXML private TableColumn<PerpetratorRecord.LinkedClient, String> relationshipColumn;
    @FXML private TableColumn<PerpetratorRecord.LinkedClient, String> notesColumn;
    @FXML private Label hiddenClients;
    @FXML private Label clientsHint;
    @FXML private Label givenNameLabel;
    @FXML private TextField givenName;
    @FXML private Label familyNameLabel;
    @FXML private TextField familyName;
    @FXML private Label dateOfBirthLabel;
    @FXML private DatePicker dateOfBirth;
    @FXML private Label aliasesLabel;
    @FXML private TextArea aliases;
    @FXML private Label descriptionLabel;
    @FXML private TextArea description;
    @FXML private VBox linkSection;
    @FXML private Label linkTitle;
    @FXML private Label relationshipLabel;
    @FXML private ChoiceBox<Relationship> relationship;
    @FXML private Label linkNotesLabel;
    @FXML private TextArea linkNotes;
    @FXML private Label phonesLabel;
    @FXML private TextArea phones;
    @FXML private Label onlineAccountsLabel;
    @FXML private TextArea onlineAccounts;
    @FXML private Label vehiclesLabel;
    @FXML private TextArea vehicles;
    @FXML private Label addressesLabel;
    @FXML private TextArea addresses;
    @FXML private Label policeMarkersLabel;
    @FXML private TextArea policeMarkers;

    private final Workspace workspace;
    private final Navigator navigator;
    private final Long linkToClient;
    private final PerpetratorForm form = new PerpetratorForm();
    private final ValidationSupport validation = org.casefile.ui.ThemedValidation.support();
    /** The record shown; null until a new one is first saved. */
    private Long perpetratorId;
    private long version;
    private boolean showingProblems;
    private Node focusBeforeBusy;

    public PerpetratorController(Workspace workspace, Navigator navigator, Long perpetratorId, Long linkToClient) {
        this.workspace = workspace;
        this.navigator = navigator;
        this.perpetratorId = perpetratorId;
        this.linkToClient = linkToClient;
    }

    @FXML
    private void initialize() {
        givenNameLabel.setLabelFor(givenName);
        familyNameLabel.setLabelFor(familyName);
        dateOfBirthLabel.setLabelFor(dateOfBirth);
        aliasesLabel.setLabelFor(aliases);
        descriptionLabel.setLabelFor(description);
        relationshipLabel.setLabelFor(relationship);
        linkNotesLabel.setLabelFor(linkNotes);
        phonesLabel.setLabelFor(phones);
        onlineAccountsLabel.setLabelFor(onlineAccounts);
        vehiclesLabel.setLabelFor(vehicles);
        addressesLabel.setLabelFor(addresses);
        policeMarkersLabel.setLabelFor(policeMarkers);
        clientsTable.setAccessibleText(Messages.get("perpetrator.section.clients"));

        givenName.textProperty().bindBidirectional(form.givenName);
        familyName.textProperty().bindBidirectional(form.familyName);
        aliases.textProperty().bindBidirectional(form.aliases);
        description.textProperty().bindBidirectional(form.description);
        phones.textProperty().bindBidirectional(form.phones);
        onlineAccounts.textProperty().bindBidirectional(form.onlineAccounts);
        vehicles.textProperty().bindBidirectional(form.vehicles);
        addresses.textProperty().bindBidirectional(form.addresses);
        policeMarkers.textProperty().bindBidirectional(form.policeMarkers);
        linkNotes.textProperty().bindBidirectional(form.linkNotes);
        relationship.getItems().setAll(Relationship.values());
        relationship.setConverter(Converters.showing(r -> r == null ? "" : Messages.get(r.labelKey())));
        relationship.valueProperty().bindBidirectional(form.relationship);

        // Dates are typed the British way; the picker is there for those who prefer it.
        dateOfBirth.setConverter(new TypedDate(form.dateUnreadable));
        dateOfBirth.setPromptText(Messages.get("perpetrator.datePrompt"));
        dateOfBirth.valueProperty().bindBidirectional(form.dateOfBirth);
        dateOfBirth.valueProperty().addListener((obs, old, date) -> {
            if (date != null) {
                form.dateUnreadable.set(false);
            }
        });

        for (TextArea area : List.of(aliases, description, linkNotes, phones, onlineAccounts, vehicles, addresses,
                policeMarkers)) {
            tabMovesOn(area);
        }
        setUpClientsTable();
        ScrollIntoView.install(scroller);

        // Marks appear once the person has tried to save, and then follow what they type.
        validation.setErrorDecorationEnabled(false);
        register(givenName, "givenName");
        register(dateOfBirth, "dateOfBirth");
        register(aliases, "aliases");
        register(description, "description");
        register(relationship, "relationship");
        register(linkNotes, "linkNotes");
        register(phones, "phones");
        register(onlineAccounts, "onlineAccounts");
        register(vehicles, "vehicles");
        register(addresses, "addresses");
        register(policeMarkers, "policeMarkers");
        for (ObservableValue<?> p : List.<ObservableValue<?>>of(form.givenName, form.familyName, form.aliases,
                form.dateOfBirth, form.description, form.phones, form.addresses, form.vehicles, form.onlineAccounts,
                form.policeMarkers, form.relationship, form.linkNotes, form.dateUnreadable)) {
            p.addListener((obs, was, now) -> recheck());
        }

        save.defaultButtonProperty().bind(clientsTable.focusedProperty().not());
        save.sceneProperty().addListener((obs, old, scene) -> installShortcut(scene));
        showMessage(null);
        showSaved(null);
        setBusy(false);
        serialWarning.setVisible(false);
        serialWarning.setManaged(false);

        boolean isNew = perpetratorId == null;
        form.linking.set(isNew && linkToClient != null);
        show(linkSection, form.linking.get());
        show(clientsSection, !isNew);
        title.setText(isNew ? Messages.get("perpetrator.title.new") : "");
        subtitle.setText(isNew ? Messages.get("perpetrator.subtitle.new") : Messages.get("perpetrator.loading"));
        load();
    }

    private void setUpClientsTable() {
        referenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        relationshipColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.get(c.getValue().relationship().labelKey())));
        notesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().notes()));
        clientsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        clientsTable.setFixedCellSize(ROW_HEIGHT);
        // Rows of 36 px at normal text size, and in proportion at larger sizes (36 px cut a row at 200 %): the
        // header's label (TableHeaders puts it there as Views.load finishes) has the text size in force.
        Runnable rowHeight = () -> clientsTable.setFixedCellSize(Math.ceil(ROW_HEIGHT
                * (referenceColumn.getGraphic() instanceof Label header ? header.getFont().getSize() / 14.0 : 1)));
        referenceColumn.graphicProperty().addListener((obs, old, graphic) -> {
            if (graphic instanceof Label header) {
                header.fontProperty().addListener((o, was, now) -> rowHeight.run());
            }
            rowHeight.run();
        });
        clientsTable.setPlaceholder(new Label(Messages.get("perpetrator.clients.none")));
        // As tall as its rows: the page scrolls, the table does not.
        clientsTable.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> clientsTable.getFixedCellSize() * (Math.max(1, clientsTable.getItems().size()) + 1) + 6.0,
                clientsTable.getItems(), clientsTable.fixedCellSizeProperty()));
        clientsTable.minHeightProperty().bind(clientsTable.prefHeightProperty());
        clientsTable.setRowFactory(table -> {
            TableRow<PerpetratorRecord.LinkedClient> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    navigator.openClient(row.getItem().clientId());
                }
            });
            return row;
        });
        clientsTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            PerpetratorRecord.LinkedClient chosen = clientsTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                e.consume();
                navigator.openClient(chosen.clientId());
            }
        });
        clientsTable.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && clientsTable.getSelectionModel().isEmpty() && !clientsTable.getItems().isEmpty()) {
                clientsTable.getSelectionModel().select(0);
            }
        });
    }

    /**
     * Tab leaves a text area, as it leaves every other field, instead of typing a tab nobody wants in a list of
     * phone numbers. A text area already moves focus on Ctrl+Tab, so Tab is passed on as that.
     */
    private static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
    }

    private void installShortcut(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                if (save.getScene() == scene && !save.isDisabled()) {
                    save();
                }
            });
        }
    }

    private void load() {
        if (perpetratorId != null) {
            long id = perpetratorId;
            setBusy(true);
            workspace.background().run(Messages.get("perpetrator.loading"), () -> workspace.perpetrators().open(id))
                    .onSuccess(record -> {
                        setBusy(false);
                        showRecord(record);
                        Platform.runLater(givenName::requestFocus);
                    })
                    .onFailure(failure -> {
                        setBusy(false);
                        workspace.dialogs().showError(failure);
                        back();
                    })
                    .start();
        } else if (linkToClient != null) {
            long clientId = linkToClient;
            workspace.background().run(Messages.get("perpetrator.loading"),
                            () -> workspace.clients().visibleSummaries(List.of(clientId)).get(clientId))
                    .onSuccess(this::showLinkingTo)
                    .onFailure(failure -> showMessage(Dialogs.sentenceFor(failure)))
                    .start();
            Platform.runLater(givenName::requestFocus);
        } else {
            Platform.runLater(givenName::requestFocus);
        }
    }

    private void showLinkingTo(ClientSummary client) {
        if (client != null && perpetratorId == null) {
            subtitle.setText(Messages.get("perpetrator.subtitle.linking", client.name(), client.reference()));
            linkTitle.setText(Messages.get("perpetrator.section.linkNamed", client.name()));
        }
    }

    /** Shows a record as loaded or saved: its details in the form, its clients, and the warning when several. */
    private void showRecord(PerpetratorRecord record) {
        perpetratorId = record.id();
        version = record.version();
        form.fill(record.details());
        form.linking.set(false);
        show(linkSection, false);
        show(clientsSection, true);
        title.setText(record.displayName());
        subtitle.setText(Messages.get("perpetrator.subtitle.record", record.reference()));
        clientsTable.getItems().setAll(record.clients());
        int hidden = record.hiddenClients();
        hiddenClients.setText(hidden == 0 ? "" : Messages.get("perpetrator.clients.hidden", hidden));
        show(hiddenClients, hidden > 0);
        show(clientsHint, !record.clients().isEmpty());

        show(serialWarning, record.linkedToSeveral());
        if (record.linkedToSeveral()) {
            serialTitle.setText(Messages.get("perpetrator.serial.title", record.clients().size() + hidden));
            String named = String.join(", ", record.clients().stream()
                    .map(c -> c.reference() + " " + c.name() + " (" + Messages.get(c.relationship().labelKey()) + ")")
                    .toList());
            serialText.setText(record.clients().isEmpty() ? Messages.get("perpetrator.serial.hiddenOnly", hidden)
                    : hidden == 0 ? Messages.get("perpetrator.serial.named", named)
                    : Messages.get("perpetrator.serial.namedAndHidden", named, hidden));
            serialWarning.setAccessibleText(serialTitle.getText() + ". " + serialText.getText());
        }
    }

    @FXML
    private void save() {
        TypedDate.commit(dateOfBirth);
        Map<String, String> problems = form.problems(LocalDate.now(workspace.clock()));
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        showMessage(null);
        showSaved(null);
        PerpetratorDraft draft = form.draft();
        if (perpetratorId != null) {
            long id = perpetratorId;
            long expected = version;
            setBusy(true);
            workspace.background().run(Messages.get("perpetrator.saving"),
                            () -> workspace.perpetrators().update(id, expected, draft))
                    .onSuccess(record -> saved(record, null))
                    .onFailure(this::failed)
                    .start();
            return;
        }
        setBusy(true);
        workspace.background().run(Messages.get("perpetrator.saving"),
                        () -> workspace.perpetrators().possibleDuplicates(draft, null))
                .onSuccess(duplicates -> {
                    if (duplicates.isEmpty() || confirmDespite(duplicates)) {
                        create(draft);
                    } else {
                        setBusy(false);
                        givenName.requestFocus();
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    private record Created(PerpetratorRecord record, Throwable linkFailure) {
    }

    private void create(PerpetratorDraft draft) {
        Long clientId = form.linking.get() ? linkToClient : null;
        Relationship how = form.relationship.get();
        String notes = form.notes();
        PerpetratorService perpetrators = workspace.perpetrators();
        workspace.background().run(Messages.get("perpetrator.saving"), () -> {
                    PerpetratorRecord created = perpetrators.create(draft);
                    if (clientId == null) {
                        return new Created(created, null);
                    }
                    try {
                        perpetrators.link(clientId, created.id(), how, notes);
                    } catch (RuntimeException e) {
                        // The record exists now; say that the link is missing rather than offer to create it again.
                        return new Created(created, e);
                    }
                    return new Created(perpetrators.open(created.id()), null);
                })
                .onSuccess(created -> saved(created.record(), created.linkFailure()))
                .onFailure(this::failed)
                .start();
    }

    private void saved(PerpetratorRecord record, Throwable linkFailure) {
        boolean created = !Objects.equals(perpetratorId, record.id());
        setBusy(false);
        showingProblems = false;
        validation.setErrorDecorationEnabled(false);
        showRecord(record);
        if (created) {
            // The page has changed shape (the clients it is linked to are now at the top): start from there.
            givenName.requestFocus();
            scroller.setVvalue(0);
        }
        if (linkFailure != null) {
            showMessage(Messages.get("perpetrator.linkFailed", Dialogs.sentenceFor(linkFailure)));
        } else {
            showSaved(Messages.get("perpetrator.saved", LocalTime.now(workspace.clock()).format(Dates.time())));
        }
    }

    private void failed(Throwable failure) {
        setBusy(false);
        if (failure instanceof InvalidInput invalid) {
            markProblems();
            focus(invalid.problems().keySet().stream().findFirst().orElse("givenName"));
        }
        showMessage(Dialogs.sentenceFor(failure));
    }

    private void showProblems(Map<String, String> problems) {
        showSaved(null);
        markProblems();
        showMessage(Messages.get(problems.values().iterator().next()));
        focus(problems.keySet().iterator().next());
    }

    private void markProblems() {
        showingProblems = true;
        validation.setErrorDecorationEnabled(true);
        // ValidationSupport marks nothing on a form nobody has typed in yet unless told the data is there to judge.
        validation.initInitialDecoration();
        validation.revalidate();
    }

    /** After a refused save, the marks and the message follow what the person types. */
    private void recheck() {
        if (!showingProblems) {
            return;
        }
        validation.revalidate();
        Map<String, String> problems = form.problems(LocalDate.now(workspace.clock()));
        if (problems.isEmpty()) {
            showMessage(null);
        } else {
            showMessage(Messages.get(problems.values().iterator().next()));
        }
    }

    private void focus(String field) {
        Node target = switch (field) {
            case "dateOfBirth" -> dateOfBirth;
            case "aliases" -> aliases;
            case "description" -> description;
            case "relationship" -> relationship;
            case "linkNotes" -> linkNotes;
            case "phones" -> phones;
            case "onlineAccounts" -> onlineAccounts;
            case "vehicles" -> vehicles;
            case "addresses" -> addresses;
            case "policeMarkers" -> policeMarkers;
            default -> givenName;
        };
        target.requestFocus();
        ScrollIntoView.reveal(scroller, target);
    }

    private boolean confirmDespite(List<PossibleDuplicate> duplicates) {
        StringBuilder list = new StringBuilder();
        for (PossibleDuplicate d : duplicates) {
            list.append("\u2022 ")
                    .append(d.hidden() ? Messages.get("perpetrator.duplicate.hidden") : d.reference() + " " + d.name())
                    .append(" \u2014 ").append(Messages.get(d.reasonKey())).append('\n');
        }
        ButtonType create = new ButtonType(Messages.get("perpetrator.duplicate.createAnyway"), ButtonBar.ButtonData.OK_DONE);
        ButtonType goBack = new ButtonType(Messages.get("perpetrator.duplicate.goBack"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING,
                Messages.get("perpetrator.duplicate.text", list.toString().strip()), create, goBack);
        alert.initOwner(save.getScene().getWindow());
        alert.setTitle(Messages.get("perpetrator.duplicate.header"));
        alert.setHeaderText(Messages.get("perpetrator.duplicate.header"));
        // Tall enough for every line: a clipped list would hide which record it might be.
        alert.getDialogPane().setPrefWidth(560);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // Going back is the safe choice, so it is what Enter does.
        ((Button) alert.getDialogPane().lookupButton(create)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(goBack)).setDefaultButton(true);
        return alert.showAndWait().orElse(goBack) == create;
    }

    @FXML
    private void back() {
        if (linkToClient != null) {
            navigator.openClient(linkToClient);
        } else {
            navigator.showCaseload();
        }
    }


    private void register(Control control, String field) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String key = form.problems(LocalDate.now(workspace.clock())).get(field);
            return ValidationResult.fromErrorIf(c, key == null ? "" : Messages.get(key), key != null);
        });
    }

    /** While saving, nothing can be typed that the saved record would then overwrite; focus comes back after. */
    private void setBusy(boolean on) {
        if (on && page.getScene() != null && !page.isDisabled()) {
            focusBeforeBusy = page.getScene().getFocusOwner();
        }
        org.casefile.ui.Busy.show(busy, on);
        save.setDisable(on);
        page.setDisable(on);
        if (!on && focusBeforeBusy != null) {
            Node was = focusBeforeBusy;
            focusBeforeBusy = null;
            if (was.getScene() != null && !was.isDisabled() && was.isVisible()) {
                was.requestFocus();
            }
        }
    }

    private void showMessage(String text) {
        boolean on = text != null;
        message.setText(on ? text : "");
        show(message, on);
        if (on) {
            message.setAccessibleText(text);
        }
    }

    private void showSaved(String text) {
        boolean on = text != null;
        savedNote.setText(on ? text : "");
        show(savedNote, on);
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }


}
