package org.casefile.referral;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.ui.Converters;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Tables;
import org.casefile.ui.Workspace;

/** The agency directory: everyone the service refers to or hears from, with secure contacts; CSV in and out. */
public final class AgenciesController {
    @FXML private Button edit;
    @FXML private Label message;
    @FXML private VBox form;
    @FXML private TableView<AgencyRecord> agencies;
    @FXML private TableColumn<AgencyRecord, String> nameColumn;
    @FXML private TableColumn<AgencyRecord, String> kindColumn;
    @FXML private TableColumn<AgencyRecord, String> contactColumn;
    @FXML private TableColumn<AgencyRecord, String> secureColumn;
    @FXML private TableColumn<AgencyRecord, String> activeColumn;

    private final Workspace workspace;
    /** Where files are chosen: seams tests replace (open for import, save for export). */
    Function<Window, File> chooseImport = owner -> chooser().showOpenDialog(owner);
    Function<Window, File> chooseExport = owner -> chooser().showSaveDialog(owner);

    public AgenciesController(Workspace workspace) {
        this.workspace = workspace;
    }

    private static FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("agencies.chooseTitle"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("agencies.csvFilter"), "*.csv"));
        return c;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get(c.getValue().kind().labelKey())));
        contactColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(List.of(c.getValue().details().contactName(),
                c.getValue().details().phone()).stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(", "))));
        secureColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().details().secureEmail()));
        activeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get(c.getValue().details().active()
                ? "agencies.active" : "agencies.inactive")));
        edit.disableProperty().bind(agencies.getSelectionModel().selectedItemProperty().isNull());
        Tables.opensRows(agencies, this::open);
        reload();
    }

    private void reload() {
        workspace.background().run(Messages.get("agencies.loading"), workspace.agencies()::all)
                .onSuccess(all -> agencies.getItems().setAll(all))
                .onFailure(this::problem)
                .start();
    }

    @FXML
    private void add() {
        open(null);
    }

    @FXML
    private void edit() {
        open(agencies.getSelectionModel().getSelectedItem());
    }

    private void open(AgencyRecord existing) {
        AgencyDraft d = existing == null ? AgencyDraft.named("", AgencyKind.POLICE) : existing.details();
        form.getChildren().clear();
        Label title = new Label(Messages.get(existing == null ? "agencies.form.new" : "agencies.form.edit"));
        title.getStyleClass().add("title-4");
        Label problems = new Label();
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        problems.setVisible(false);
        problems.setManaged(false);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        TextField name = field(grid, 0, "agencies.form.name", d.name(), "name");
        ChoiceBox<AgencyKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(AgencyKind.values());
        kind.setConverter(Converters.showing(k -> k == null ? "" : Messages.get(k.labelKey())));
        kind.setValue(d.kind());
        row(grid, 1, "agencies.form.kind", kind, "kind");
        TextField contact = field(grid, 2, "agencies.form.contact", d.contactName(), "contactName");
        TextField phone = field(grid, 3, "agencies.form.phone", d.phone(), "phone");
        TextField email = field(grid, 4, "agencies.form.email", d.email(), "email");
        TextField secure = field(grid, 5, "agencies.form.secureEmail", d.secureEmail(), "secureEmail");
        TextField address = field(grid, 6, "agencies.form.address", d.address(), "address");
        TextField notes = field(grid, 7, "agencies.form.notes", d.notes(), "notes");
        CheckBox active = new CheckBox(Messages.get("agencies.form.active"));
        active.setSelected(d.active());
        grid.add(active, 1, 8);
        Button save = new Button(Messages.get("agencies.form.save"));
        save.setId("agency-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        Button cancel = new Button(Messages.get("referrals.form.cancel"));
        cancel.setOnAction(e -> show(form, false));
        Map<String, Node> fields = Map.of("name", name, "email", email, "secureEmail", secure);
        save.setOnAction(e -> {
            AgencyDraft draft = new AgencyDraft(name.getText(), kind.getValue(), contact.getText(), phone.getText(),
                    email.getText(), secure.getText(), address.getText(), notes.getText(), active.isSelected());
            save.setDisable(true);
            workspace.background().run(Messages.get("referrals.saving"), () -> existing == null
                            ? workspace.agencies().create(draft)
                            : workspace.agencies().update(existing.id(), existing.version(), draft))
                    .onSuccess(saved -> {
                        show(form, false);
                        say(Messages.get("agencies.saved", saved.name()));
                        reload();
                    })
                    .onFailure(failure -> {
                        save.setDisable(false);
                        fields.values().forEach(n -> n.pseudoClassStateChanged(Styles.STATE_DANGER, false));
                        if (failure instanceof InvalidInput invalid) {
                            invalid.problems().keySet().stream().map(fields::get).filter(n -> n != null)
                                    .forEach(n -> n.pseudoClassStateChanged(Styles.STATE_DANGER, true));
                            problems.setText(invalid.problems().values().stream().map(Messages::get)
                                    .collect(Collectors.joining(" ")));
                        } else {
                            problems.setText(Dialogs.sentenceFor(failure));
                        }
                        show(problems, true);
                    })
                    .start();
        });
        form.getChildren().addAll(title, problems, grid, new HBox(8, save, cancel));
        show(form, true);
        name.requestFocus();
    }

    private static TextField field(GridPane grid, int row, String labelKey, String value, String id) {
        TextField f = new TextField(value);
        row(grid, row, labelKey, f, id);
        return f;
    }

    private static void row(GridPane grid, int row, String labelKey, Node field, String id) {
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        field.setAccessibleText(label.getText());
        field.setId("agency-" + id);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    @FXML
    private void importCsv() {
        File file = chooseImport.apply(agencies.getScene().getWindow());
        if (file == null) {
            return;
        }
        workspace.background().run(Messages.get("agencies.importing"), () -> workspace.agencies().importCsv(file.toPath()))
                .onSuccess(n -> {
                    say(Messages.get("agencies.imported", n));
                    reload();
                })
                .onFailure(this::problem)
                .start();
    }

    @FXML
    private void exportCsv() {
        File file = chooseExport.apply(agencies.getScene().getWindow());
        if (file == null) {
            return;
        }
        workspace.background().run(Messages.get("agencies.exporting"), () -> workspace.agencies().exportCsv(file.toPath()))
                .onSuccess(n -> say(Messages.get("agencies.exported", n, file.getName())))
                .onFailure(this::problem)
                .start();
    }

    private void say(String text) {
        message.setText(text);
        message.getStyleClass().setAll("label", "text-muted");
        show(message, true);
    }

    private void problem(Throwable failure) {
        message.setText(Dialogs.sentenceFor(failure));
        message.getStyleClass().setAll("label", "error-text");
        show(message, true);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
