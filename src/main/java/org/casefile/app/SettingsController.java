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
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.stage.DirectoryChooser;
import org.casefile.Main;
import org.casefile.Messages;
import org.casefile.backup.DailyBackup;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.Session;
import org.casefile.settings.Language;
import org.casefile.settings.Settings;

/** This computer's settings: theme and text size, idle lock, backups and where the store lives. Each change is saved at once. */
public final class SettingsController {
    @FXML private ToggleButton light;
    @FXML private ToggleButton dark;
    @FXML private ToggleButton highContrast;
    @FXML private ToggleButton system;
    @FXML private Label themeLabel;
    @FXML private Label fontSizeLabel;
    @FXML private javafx.scene.control.ChoiceBox<Integer> fontSize;
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
    @FXML private Label backupFolderLabel;
    @FXML private Label backupFolder;
    @FXML private Button chooseBackupFolder;
    @FXML private Label keepLabel;
    @FXML private Spinner<Integer> backupKeep;
    @FXML private CheckBox backupDaily;
    @FXML private Button backUpNow;
    @FXML private Label backupStatus;
    @FXML private javafx.scene.control.ProgressBar backupProgress;
    @FXML private Button cancelBackup;
    private final java.util.concurrent.atomic.AtomicBoolean stopBackup = new java.util.concurrent.atomic.AtomicBoolean();
    @FXML private Label languageLabel;
    @FXML private ComboBox<Language> language;
    @FXML private Label languageNote;

    private final Session session;
    private final Settings settings;
    private final Background background;
    private final Dialogs dialogs;
    private final Runnable changed;
    private final RiskService risk;
    private final DailyBackup backups;
    private final ToggleGroup themes = new ToggleGroup();
    /** Where an agency's checklist file is chosen; a seam tests replace. */
    Function<Window, File> chooseChecklistFile = owner -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("settings.checklist.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("settings.checklist.filter"), "*.json"));
        return chooser.showOpenDialog(owner);
    };

    /** Where the backup folder is chosen; a seam tests replace. */
    Function<Window, File> chooseBackupFolderDialog = owner -> {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("settings.backups.chooseTitle"));
        return chooser.showDialog(owner);
    };

    SettingsController(Session session, Settings settings, Background background, Dialogs dialogs, Runnable changed,
                       RiskService risk, DailyBackup backups) {
        this.risk = risk;
        this.backups = backups;
        this.session = session;
        this.settings = settings;
        this.background = background;
        this.dialogs = dialogs;
        this.changed = changed;
    }

    @FXML
    private void initialize() {
        // In screen order: the arrow keys move through the group in the order the buttons joined it.
        java.util.Map<ToggleButton, Settings.Theme> choices = new java.util.LinkedHashMap<>();
        choices.put(light, Settings.Theme.LIGHT);
        choices.put(dark, Settings.Theme.DARK);
        choices.put(highContrast, Settings.Theme.HIGH_CONTRAST);
        choices.put(system, Settings.Theme.SYSTEM);
        choices.forEach((button, theme) -> {
            button.setToggleGroup(themes);
            button.setSelected(settings.theme() == theme);
        });
        themeLabel.setLabelFor(light);
        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            settings.setTheme(choices.get((ToggleButton) now));
            save("theme");
        });
        fontSizeLabel.setLabelFor(fontSize);
        fontSize.getItems().setAll(Settings.FONT_SIZES);
        fontSize.setConverter(org.casefile.ui.Converters.showing(percent -> Messages.get("settings.fontSize.value", percent)));
        fontSize.setValue(settings.fontSize());
        fontSize.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != settings.fontSize()) {
                settings.setFontSize(now);
                save("text size");
            }
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
            accountsBox.getChildren().add(org.casefile.ui.Views.load("RetentionReview.fxml",
                    new RetentionReviewController(session, background, java.time.Clock.systemDefaultZone())));
        }
        showBackups();
        showLanguage();
    }

    /** Each language named in its own words; the change applies at the next start, and the note says so. */
    private void showLanguage() {
        languageLabel.setLabelFor(language);
        language.getItems().setAll(Language.values());
        language.setConverter(org.casefile.ui.Converters.showing(l -> l == null ? "" : Messages.get(l.labelKey())));
        language.setValue(settings.language());
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                settings.setLanguage(now);
                save("language");
                languageNote.setText(Messages.get("settings.language.restart", Messages.get(now.labelKey())));
                languageNote.getStyleClass().setAll("notice");
            }
        });
    }

    private void showBackups() {
        backupFolderLabel.setLabelFor(chooseBackupFolder);
        keepLabel.setLabelFor(backupKeep);
        showBackupFolder();
        backupKeep.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 365, settings.backupKeep()));
        backupKeep.setEditable(true);
        backupKeep.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settings.setBackupKeep(now);
                save("backups kept");
            }
        });
        backupDaily.setSelected(settings.backupDaily());
        backupDaily.selectedProperty().addListener((obs, old, now) -> {
            settings.setBackupDaily(now);
            save("daily backup");
        });
        showBackupStatus();
    }

    private void showBackupFolder() {
        backupFolder.setText(settings.chosenBackupFolder().map(Object::toString)
                .orElseGet(() -> Messages.get("settings.backups.defaultFolder", backups.folder())));
    }

    private void showBackupStatus() {
        java.time.format.DateTimeFormatter format = org.casefile.Dates.when().withZone(java.time.ZoneId.systemDefault());
        background.run(Messages.get("settings.backups.reading"), backups::latest)
                .onSuccess(latest -> backupStatus.setText(backups.lastFailure()
                        .map(sentence -> Messages.get("settings.backups.failed", sentence))
                        .orElseGet(() -> latest.map(b -> Messages.get("settings.backups.last",
                                        format.format(b.createdAt()), b.file().getFileName().toString()))
                                .orElseGet(() -> Messages.get("settings.backups.none")))))
                .onFailure(dialogs::showError)
                .start();
    }

    @FXML
    private void chooseBackupFolder() {
        File chosen = chooseBackupFolderDialog.apply(chooseBackupFolder.getScene().getWindow());
        if (chosen != null) {
            settings.setBackupFolder(chosen.toPath());
            save("backup folder");
            showBackupFolder();
            showBackupStatus();
        }
    }

    @FXML
    private void backUpNow() {
        stopBackup.set(false);
        backingUp(true);
        backupProgress.setProgress(0);
        org.casefile.backup.BackupProgress progress = new org.casefile.backup.BackupProgress() {
            @Override
            public void at(double fraction) {
                javafx.application.Platform.runLater(() -> backupProgress.setProgress(fraction));
            }

            @Override
            public boolean cancelled() {
                return stopBackup.get();
            }
        };
        background.run(Messages.get("settings.backups.running"), () -> backups.backupNowOrThrow(progress))
                .noticeIfAway(backupStatus, result -> Messages.get("settings.backups.doneAway",
                        result.file().getFileName().toString()))
                .onSuccess(result -> {
                    backingUp(false);
                    showBackupStatus();
                })
                .onFailure(failure -> {
                    backingUp(false);
                    backupStatus.setText(stopBackup.get() ? Messages.get("backup.cancelled")
                            : Messages.get("settings.backups.failed", Dialogs.sentenceFor(failure)));
                })
                .start();
    }

    @FXML
    private void cancelBackup() {
        stopBackup.set(true);
        cancelBackup.setDisable(true);
    }

    private void backingUp(boolean on) {
        backUpNow.setDisable(on);
        backupProgress.setVisible(on);
        backupProgress.setManaged(on);
        cancelBackup.setVisible(on);
        cancelBackup.setManaged(on);
        cancelBackup.setDisable(false);
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
