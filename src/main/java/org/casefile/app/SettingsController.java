package org.casefile.app;

import java.util.function.Function;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.casefile.risk.RiskService;
import org.casefile.security.Role;

import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.stage.DirectoryChooser;
import org.casefile.Main;
import org.casefile.Messages;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.Session;
import org.casefile.settings.Settings;

/** This computer's settings: theme, idle lock and where the store lives. Each change is saved at once. */
public final class SettingsController {
    @FXML private ToggleButton light;
    @FXML private ToggleButton dark;
    @FXML private Label idleLabel;
    @FXML private Spinner<Integer> idleMinutes;
    @FXML private Label storeFolder;
    @FXML private Button chooseStore;
    @FXML private Label storeNote;
    @FXML private Label settingsFile;
    @FXML private Label version;
    @FXML private VBox accountsBox;
    @FXML private Label checklistName;
    @FXML private Button loadChecklist;
    @FXML private Button defaultChecklist;
    @FXML private Label checklistNote;

    private final Session session;
    private final Settings settings;
    private final Background background;
    private final Dialogs dialogs;
    private final Runnable changed;
    private final RiskService risk;
    private final ToggleGroup themes = new ToggleGroup();
    /** Where an agency's checklist file is chosen; a seam tests replace. */
    Function<Window, File> chooseChecklistFile = owner -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("settings.checklist.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("settings.checklist.filter"), "*.json"));
        return chooser.showOpenDialog(owner);
    };

    SettingsController(Session session, Settings settings, Background background, Dialogs dialogs, Runnable changed,
                       RiskService risk) {
        this.risk = risk;
        this.session = session;
        this.settings = settings;
        this.background = background;
        this.dialogs = dialogs;
        this.changed = changed;
    }

    @FXML
    private void initialize() {
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (settings.theme() == Settings.Theme.DARK ? dark : light).setSelected(true);
        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            settings.setTheme(now == dark ? Settings.Theme.DARK : Settings.Theme.LIGHT);
            save("theme");
        });
        idleLabel.setLabelFor(idleMinutes);
        idleMinutes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 120, settings.idleLockMinutes()));
        idleMinutes.setEditable(true);
        idleMinutes.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settings.setIdleLockMinutes(now);
                save("idle lock");
            }
        });
        storeFolder.setText(session.location().directory().toString());
        storeNote.setVisible(false);
        storeNote.setManaged(false);
        settingsFile.setText(Messages.get("settings.file", settings.file()));
        version.setText(Messages.get("settings.version", Main.version()));
        boolean mayChoose = session.user().role() != Role.CASEWORKER;
        loadChecklist.setDisable(!mayChoose);
        defaultChecklist.setDisable(!mayChoose);
        showChecklist();
        accountsBox.getChildren().setAll(org.casefile.ui.Views.load("Accounts.fxml",
                new AccountsController(session, background)));
        if (session.user().role() != Role.CASEWORKER) {
            accountsBox.getChildren().add(org.casefile.ui.Views.load("AuditViewer.fxml",
                    new AuditViewerController(session, background)));
        }
    }

    private void showChecklist() {
        background.run(Messages.get("settings.checklist.reading"), risk::checklist)
                .onSuccess(c -> checklistName.setText(Messages.get("settings.checklist.current", c.name(), c.version())))
                .onFailure(dialogs::showError)
                .start();
    }

    @FXML
    private void loadChecklist() {
        File file = chooseChecklistFile.apply(loadChecklist.getScene().getWindow());
        if (file == null) {
            return;
        }
        background.run(Messages.get("settings.checklist.loading"), () -> risk.loadChecklist(file.toPath()))
                .onSuccess(c -> {
                    note(Messages.get("settings.checklist.loaded", c.name(), c.factors().size()));
                    showChecklist();
                })
                .onFailure(failure -> note(Dialogs.sentenceFor(failure)))
                .start();
    }

    @FXML
    private void defaultChecklist() {
        background.run(Messages.get("settings.checklist.loading"), () -> {
                    risk.useDefaultChecklist();
                    return null;
                })
                .onSuccess(nothing -> {
                    note(Messages.get("settings.checklist.backToOwn"));
                    showChecklist();
                })
                .onFailure(failure -> note(Dialogs.sentenceFor(failure)))
                .start();
    }

    private void note(String sentence) {
        checklistNote.setText(sentence);
        checklistNote.setVisible(true);
        checklistNote.setManaged(true);
    }

    @FXML
    private void chooseStore() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("settings.chooseStoreTitle"));
        File chosen = chooser.showDialog(chooseStore.getScene().getWindow());
        if (chosen != null) {
            settings.setStoreDirectory(chosen.toPath());
            save("store folder");
            storeNote.setText(Messages.get("settings.storeNextStart", chosen));
            storeNote.setVisible(true);
            storeNote.setManaged(true);
        }
    }

    private void save(String what) {
        changed.run();
        String actor = session.user().username();
        background.run(Messages.get("settings.saving"), () -> {
            settings.save();
            session.audit().record(AuditEvent.of(actor, AuditAction.SETTINGS_CHANGED).withDetail(what));
            return null;
        }).onFailure(dialogs::showError).start();
    }
}
