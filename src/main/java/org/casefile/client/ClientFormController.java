package org.casefile.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.casefile.ui.WrapRow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.UserFacingException;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Converters;
import org.casefile.ui.Navigator;
import org.casefile.ui.TypedDate;
import org.casefile.ui.Workspace;
import org.controlsfx.control.CheckListView;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Creates or edits a client. Nothing typed is lost: a refused save marks the fields and keeps the input; a
 * conflicting save shows both versions and lets the person choose.
 */
public final class ClientFormController {
    @FXML private Label title;
    @FXML private Label message;
    @FXML private Label givenNameLabel;
    @FXML private TextField givenName;
    @FXML private Label familyNameLabel;
    @FXML private TextField familyName;
    @FXML private Label aliasesLabel;
    @FXML private TextArea aliases;
    @FXML private Label dateOfBirthLabel;
    @FXML private DatePicker dateOfBirth;
    @FXML private Label pronounsLabel;
    @FXML private ComboBox<String> pronouns;
    @FXML private Label languageLabel;
    @FXML private TextField language;
    @FXML private CheckBox interpreterNeeded;
    @FXML private Label safeNumberLabel;
    @FXML private TextField safeNumber;
    @FXML private Label safeTimesLabel;
    @FXML private TextField safeTimes;
    @FXML private Label voicemailLabel;
    @FXML private ChoiceBox<Safety> voicemail;
    @FXML private Label postLabel;
    @FXML private ChoiceBox<Safety> post;
    @FXML private Label codeWordLabel;
    @FXML private TextField codeWord;
    @FXML private Label safeNotesLabel;
    @FXML private TextArea safeNotes;
    @FXML private Label phonesLabel;
    @FXML private TextArea phones;
    @FXML private VBox addressRows;
    @FXML private Label householdLabel;
    @FXML private TextArea household;
    @FXML private Label childrenLabel;
    @FXML private TextArea children;
    @FXML private Label vulnerabilitiesLabel;
    @FXML private TextArea vulnerabilities;
    @FXML private Label professionalsLabel;
    @FXML private TextArea professionals;
    @FXML private Label caseworkerLabel;
    @FXML private ChoiceBox<Long> caseworker;
    @FXML private CheckBox restricted;
    @FXML private CheckListView<Long> namedUsers;
    @FXML private Button save;
    @FXML private javafx.scene.control.ScrollPane scroller;

    private final Workspace workspace;
    private final Navigator navigator;
    private final Long clientId;
    private final ValidationSupport validation = org.casefile.ui.ThemedValidation.support();
    private ClientForm form = new ClientForm();
    private long version;
    private Map<String, String> problems = Map.of();
    private Map<Long, String> people = Map.of();

    public ClientFormController(Workspace workspace, Navigator navigator, Long clientId) {
        this.workspace = workspace;
        this.navigator = navigator;
        this.clientId = clientId;
    }

    @FXML
    private void initialize() {
        givenNameLabel.setLabelFor(givenName);
        familyNameLabel.setLabelFor(familyName);
        aliasesLabel.setLabelFor(aliases);
        dateOfBirthLabel.setLabelFor(dateOfBirth);
        pronounsLabel.setLabelFor(pronouns);
        languageLabel.setLabelFor(language);
        safeNumberLabel.setLabelFor(safeNumber);
        safeTimesLabel.setLabelFor(safeTimes);
        voicemailLabel.setLabelFor(voicemail);
        postLabel.setLabelFor(post);
        codeWordLabel.setLabelFor(codeWord);
        safeNotesLabel.setLabelFor(safeNotes);
        phonesLabel.setLabelFor(phones);
        householdLabel.setLabelFor(household);
        childrenLabel.setLabelFor(children);
        vulnerabilitiesLabel.setLabelFor(vulnerabilities);
        professionalsLabel.setLabelFor(professionals);
        caseworkerLabel.setLabelFor(caseworker);
        namedUsers.setAccessibleText(Messages.get("form.namedUsers"));

        // Dates are typed the British way; the picker is there for those who prefer it.
        dateOfBirth.setConverter(new TypedDate(form.dateUnreadable));
        dateOfBirth.setPromptText(Messages.get("form.datePrompt"));
        pronouns.getItems().addAll("she/her", "he/him", "they/them");
        for (ChoiceBox<Safety> box : List.of(voicemail, post)) {
            box.getItems().setAll(Safety.values());
            box.setConverter(Converters.showing(s -> s == null ? "" : Messages.get(s.labelKey())));
        }
        caseworker.setConverter(Converters.showing(id -> id == null ? Messages.get("form.unallocated") : people.getOrDefault(id, "?")));
        namedUsers.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(namedUsers::getItemBooleanProperty,
                Converters.showing(id -> people.getOrDefault(id, "?"))));
        namedUsers.disableProperty().bind(restricted.selectedProperty().not());

        org.casefile.ui.ScrollIntoView.install(scroller);
        validation.setErrorDecorationEnabled(false);
        register(givenName, "givenName");
        register(dateOfBirth, "dateOfBirth");
        register(phones, "phones");
        register(safeNumber, "safeNumber");
        register(children, "children");
        register(household, "household");
        register(restricted, "restricted");
        showMessage(null);
        title.setText(Messages.get(clientId == null ? "form.newTitle" : "form.editTitle"));
        save.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (save.getScene() == scene) {
                        save();
                    }
                });
            }
        });
        load();
    }

    private void load() {
        workspace.background().run(Messages.get("overview.loading"), () -> new Loaded(
                        clientId == null ? null : workspace.clients().open(clientId), workspace.clients().caseworkers()))
                .onSuccess(loaded -> {
                    people = loaded.people();
                    caseworker.getItems().setAll((Long) null);
                    caseworker.getItems().addAll(people.keySet());
                    namedUsers.getItems().setAll(people.keySet());
                    if (loaded.client() != null) {
                        version = loaded.client().version();
                        bind(ClientForm.of(loaded.client().details()));
                        title.setText(Messages.get("form.editTitleNamed", loaded.client().displayName(),
                                loaded.client().reference()));
                    } else {
                        ClientForm fresh = new ClientForm();
                        fresh.allocatedTo.set(workspace.session().user().id());
                        bind(fresh);
                    }
                    Platform.runLater(givenName::requestFocus);
                })
                .onFailure(failure -> {
                    workspace.dialogs().showError(failure);
                    navigator.showCaseload();
                })
                .start();
    }

    private record Loaded(ClientRecord client, Map<Long, String> people) {
    }

    private void bind(ClientForm f) {
        form = f;
        dateOfBirth.setConverter(new TypedDate(f.dateUnreadable));
        givenName.textProperty().bindBidirectional(f.givenName);
        familyName.textProperty().bindBidirectional(f.familyName);
        aliases.textProperty().bindBidirectional(f.aliases);
        dateOfBirth.valueProperty().bindBidirectional(f.dateOfBirth);
        pronouns.valueProperty().bindBidirectional(f.pronouns);
        language.textProperty().bindBidirectional(f.language);
        interpreterNeeded.selectedProperty().bindBidirectional(f.interpreterNeeded);
        safeNumber.textProperty().bindBidirectional(f.safeNumber);
        safeTimes.textProperty().bindBidirectional(f.safeTimes);
        voicemail.valueProperty().bindBidirectional(f.voicemail);
        post.valueProperty().bindBidirectional(f.post);
        codeWord.textProperty().bindBidirectional(f.codeWord);
        safeNotes.textProperty().bindBidirectional(f.safeNotes);
        phones.textProperty().bindBidirectional(f.phones);
        household.textProperty().bindBidirectional(f.household);
        children.textProperty().bindBidirectional(f.children);
        vulnerabilities.textProperty().bindBidirectional(f.vulnerabilities);
        professionals.textProperty().bindBidirectional(f.professionals);
        caseworker.valueProperty().bindBidirectional(f.allocatedTo);
        restricted.selectedProperty().bindBidirectional(f.restricted);
        for (Long id : f.namedUsers) {
            namedUsers.getCheckModel().check(id);
        }
        namedUsers.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<Long>) c -> f.namedUsers.setAll(namedUsers.getCheckModel().getCheckedItems()));
        addressRows.getChildren().clear();
        f.addresses.forEach(this::addAddressRow);
    }

    @FXML
    private void addAddress() {
        ClientForm.AddressRow row = new ClientForm.AddressRow();
        form.addresses.add(row);
        addAddressRow(row).getChildren().getFirst().requestFocus();
    }

    private WrapRow addAddressRow(ClientForm.AddressRow row) {
        TextField line1 = field(row.line1, "form.address.street", 260);
        TextField town = field(row.town, "form.address.town", 140);
        TextField postcode = field(row.postcode, "form.address.postcode", 100);
        ChoiceBox<AddressKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(AddressKind.values());
        kind.setConverter(Converters.showing(k -> k == null ? "" : Messages.get(k.labelKey())));
        kind.valueProperty().bindBidirectional(row.kind);
        kind.setAccessibleText(Messages.get("form.address.kind"));
        CheckBox confidential = new CheckBox(Messages.get("form.address.confidential"));
        confidential.selectedProperty().bindBidirectional(row.confidential);
        Button remove = new Button(null, new FontIcon("mdal-delete"));
        remove.setAccessibleText(Messages.get("form.address.remove"));
        remove.setTooltip(new javafx.scene.control.Tooltip(Messages.get("form.address.remove")));
        WrapRow box = new WrapRow(8, line1, town, postcode, kind, confidential, remove);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(line1, Priority.ALWAYS);
        remove.setOnAction(e -> {
            form.addresses.remove(row);
            addressRows.getChildren().remove(box);
        });
        addressRows.getChildren().add(box);
        return box;
    }

    private static TextField field(javafx.beans.property.StringProperty value, String promptKey, double width) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPromptText(Messages.get(promptKey));
        field.setAccessibleText(Messages.get(promptKey));
        field.setPrefWidth(width);
        return field;
    }

    @FXML
    private void save() {
        TypedDate.commit(dateOfBirth);
        problems = form.problems(LocalDate.now(workspace.clock()));
        if (!problems.isEmpty()) {
            validation.setErrorDecorationEnabled(true);
            // ControlsFX marks only fields that were edited unless asked to mark the untouched ones too.
            validation.initInitialDecoration();
            validation.revalidate();
            showMessage(problems.size() == 1 ? Messages.get(problems.values().iterator().next())
                    : Messages.get("form.invalid", problems.size()) + " " + Messages.get(problems.values().iterator().next()));
            return;
        }
        validation.revalidate();
        ClientDraft draft = form.draft();
        save.setDisable(true);
        workspace.background().run(Messages.get("overview.saving"), () -> clientId == null
                        ? workspace.clients().possibleDuplicates(draft, null) : List.<PossibleDuplicate>of())
                .onSuccess(duplicates -> {
                    if (duplicates.isEmpty() || confirmDespite(duplicates)) {
                        store(draft);
                    } else {
                        save.setDisable(false);
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    private void store(ClientDraft draft) {
        workspace.background().run(Messages.get("overview.saving"), () -> clientId == null
                        ? workspace.clients().create(draft) : workspace.clients().update(clientId, version, draft))
                .onSuccess(saved -> navigator.openClient(saved.id()))
                .onFailure(this::failed)
                .start();
    }

    private void failed(Throwable failure) {
        save.setDisable(false);
        if (failure instanceof EditConflict conflict) {
            resolve(conflict.theirs());
            return;
        }
        if (failure instanceof InvalidInput invalid) {
            problems = invalid.problems();
            validation.setErrorDecorationEnabled(true);
            validation.initInitialDecoration();
            validation.revalidate();
        }
        showMessage(Dialogs.sentenceFor(failure));
    }

    private boolean confirmDespite(List<PossibleDuplicate> duplicates) {
        StringBuilder list = new StringBuilder();
        for (PossibleDuplicate d : duplicates) {
            list.append("\u2022 ").append(d.hidden() ? Messages.get("form.duplicate.hidden")
                    : d.reference() + "  " + d.name()).append(" \u2014 ").append(Messages.get(d.reasonKey())).append('\n');
        }
        ButtonType create = new ButtonType(Messages.get("form.duplicate.createAnyway"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(Messages.get("form.duplicate.goBack"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("form.duplicate.text", list.toString().strip()), create, back);
        alert.initOwner(save.getScene().getWindow());
        alert.setHeaderText(Messages.get("form.duplicate.header"));
        alert.setTitle(Messages.get("form.duplicate.header"));
        return alert.showAndWait().orElse(back) == create;
    }

    /** Someone saved first: show what they saved beside what this person typed, and let them choose. */
    private void resolve(ClientRecord theirs) {
        ClientDraft mine = form.draft();
        StringBuilder diff = new StringBuilder();
        Map<String, String> theirFields = describe(theirs.details());
        Map<String, String> myFields = describe(mine);
        theirFields.forEach((field, value) -> {
            if (!value.equals(myFields.get(field))) {
                diff.append(Messages.get("history.field." + field)).append('\n')
                        .append("   ").append(Messages.get("form.conflict.theirs")).append(": ").append(value).append('\n')
                        .append("   ").append(Messages.get("form.conflict.yours")).append(": ").append(myFields.get(field))
                        .append('\n');
            }
        });
        ButtonType keepMine = new ButtonType(Messages.get("form.conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType takeTheirs = new ButtonType(Messages.get("form.conflict.takeTheirs"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("form.conflict.text"), keepMine, takeTheirs);
        alert.initOwner(save.getScene().getWindow());
        alert.setTitle(Messages.get("form.conflict.header"));
        alert.setHeaderText(Messages.get("form.conflict.header"));
        TextArea both = new TextArea(diff.toString());
        both.setEditable(false);
        both.setWrapText(true);
        both.setPrefRowCount(10);
        alert.getDialogPane().setPrefWidth(680);
        alert.getDialogPane().setExpandableContent(both);
        alert.getDialogPane().setExpanded(true);
        ButtonType choice = alert.showAndWait().orElse(keepMine);
        version = theirs.version();
        if (choice == takeTheirs) {
            bind(ClientForm.of(theirs.details()));
            showMessage(Messages.get("form.conflict.loadedTheirs"));
        } else {
            showMessage(Messages.get("form.conflict.keptMine"));
        }
    }

    private static Map<String, String> describe(ClientDraft d) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("givenName", d.givenName());
        out.put("familyName", d.familyName());
        out.put("aliases", ClientService.display(d.aliases()));
        out.put("dateOfBirth", ClientService.display(d.dateOfBirth()));
        out.put("pronouns", d.pronouns());
        out.put("language", d.language());
        out.put("vulnerabilities", d.vulnerabilities());
        out.put("household", d.household());
        out.put("children", ClientService.display(d.children()));
        out.put("phones", ClientService.display(d.phones()));
        out.put("addresses", ClientService.display(d.addresses()));
        out.put("safeContact", ClientService.display(d.safeContact()));
        out.put("professionals", ClientService.display(d.professionals()));
        return out;
    }

    @FXML
    private void cancel() {
        if (clientId == null) {
            navigator.showCaseload();
        } else {
            navigator.openClient(clientId);
        }
    }


    private void register(Control control, String field) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String key = problems.get(field);
            return ValidationResult.fromErrorIf(c, key == null ? "" : Messages.get(key), key != null);
        });
    }

    private void showMessage(String text) {
        boolean show = text != null;
        message.setText(show ? text : "");
        message.setVisible(show);
        message.setManaged(show);
        if (show) {
            message.setAccessibleText(text);
        }
    }


}
