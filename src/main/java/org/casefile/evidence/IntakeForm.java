package org.casefile.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.casefile.Messages;

/**
 * Asked once for a batch of files before they are stored: whose exhibits they are (the initials in "JS/3") and
 * how they came to us. The same answers go with every file of the batch.
 */
final class IntakeForm {
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,4}");
    private static final int NAMES_SHOWN = 4;

    private IntakeForm() {
    }

    static Optional<Intake> ask(Window owner, List<String> stylesheets, String initials, Long incidentId,
                                List<Path> files) {
        Dialog<Intake> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("evidence.intake.title"));
        dialog.setHeaderText(Messages.get(incidentId == null ? "evidence.intake.headerCase" : "evidence.intake.headerIncident",
                files.size()));
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().setAccessibleRole(AccessibleRole.DIALOG);

        TextField producer = field("intakeInitials", initials, "evidence.intake.initialsHint");
        producer.setPrefColumnCount(5);
        TextField fromWhom = field("intakeFromWhom", "", "evidence.intake.fromWhomHint");
        TextField how = field("intakeHow", "", "evidence.intake.howHint");
        TextField device = field("intakeDevice", "", "evidence.intake.deviceHint");
        TextArea description = new TextArea();
        description.setId("intakeDescription");
        description.setPromptText(Messages.get("evidence.intake.descriptionHint"));
        description.setPrefRowCount(3);
        description.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(380);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = add(grid, row, "evidence.intake.initials", producer);
        Label initialsProblem = new Label(Messages.get("exhibit.invalid.initials"));
        initialsProblem.setWrapText(true);
        initialsProblem.getStyleClass().add("error-text");
        initialsProblem.setMaxWidth(380);
        initialsProblem.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !valid(producer.getText()), producer.textProperty()));
        initialsProblem.managedProperty().bind(initialsProblem.visibleProperty());
        grid.add(initialsProblem, 1, row++);
        Label initialsHelp = new Label(Messages.get("evidence.intake.initialsHelp"));
        initialsHelp.setWrapText(true);
        initialsHelp.getStyleClass().addAll("text-muted", "text-small");
        initialsHelp.visibleProperty().bind(initialsProblem.visibleProperty().not());
        initialsHelp.managedProperty().bind(initialsHelp.visibleProperty());
        grid.add(initialsHelp, 1, row++);
        row = add(grid, row, "evidence.intake.fromWhom", fromWhom);
        row = add(grid, row, "evidence.intake.how", how);
        row = add(grid, row, "evidence.intake.device", device);
        add(grid, row, "evidence.intake.description", description);

        Label which = new Label(names(files));
        which.setWrapText(true);
        which.getStyleClass().add("text-muted");
        dialog.getDialogPane().setContent(new VBox(12, which, grid));

        ButtonType store = new ButtonType(Messages.get("evidence.intake.store"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(store, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(store).disableProperty().bind(initialsProblem.visibleProperty());
        dialog.setResultConverter(button -> button != store ? null : new Intake(producer.getText(), incidentId,
                new Acquisition(fromWhom.getText(), how.getText(), device.getText()), description.getText()));
        Platform.runLater(fromWhom::requestFocus);
        return dialog.showAndWait();
    }

    private static boolean valid(String initials) {
        return initials != null && INITIALS.matcher(initials.strip().toUpperCase(Locale.ROOT)).matches();
    }

    private static String names(List<Path> files) {
        List<String> names = files.stream().limit(NAMES_SHOWN).map(p -> String.valueOf(p.getFileName())).toList();
        String shown = String.join(", ", names);
        return files.size() > NAMES_SHOWN
                ? Messages.get("evidence.intake.filesAndMore", shown, files.size() - NAMES_SHOWN)
                : Messages.get("evidence.intake.files", shown);
    }

    private static TextField field(String id, String text, String hintKey) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(Messages.get(hintKey));
        return field;
    }

    private static int add(GridPane grid, int row, String labelKey, TextInputControl field) {
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        field.setAccessibleText(Messages.get(labelKey));
        grid.addRow(row, label, field);
        return row + 1;
    }
}
