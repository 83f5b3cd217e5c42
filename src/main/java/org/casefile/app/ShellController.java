package org.casefile.app;

import org.casefile.ui.Workspace;
import org.casefile.ui.Background;
import org.casefile.referral.AgenciesController;
import org.casefile.referral.ReferralListController;
import org.casefile.ui.Views;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Wrapping;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casefile.Messages;
import org.casefile.security.Session;
import org.casefile.settings.Settings;
import org.casefile.backup.DailyBackup;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window once signed in: navigation on the left, the chosen section in the middle. */
public final class ShellController {
    @FXML private VBox navigation;
    @FXML private Label sectionTitle;
    @FXML private Label userName;
    @FXML private Button lockButton;
    @FXML private Button signOutButton;
    @FXML private StackPane content;
    @FXML private ProgressBar taskProgress;
    @FXML private Label taskText;
    @FXML private Label storeLabel;
    @FXML private Button helpButton;
    @FXML private ScrollPane guide;
    @FXML private javafx.scene.layout.HBox noticeBox;
    @FXML private Label noticeText;

    private final Workspace workspace;
    private final Session session;
    private final Settings settings;
    private final Background background;
    private final Dialogs dialogs;
    private ClientsSection clients;
    private DashboardController dashboard;
    private final Runnable lock;
    private final Runnable signOut;
    private final Runnable settingsChanged;
    private final DailyBackup backups;
    private final ToggleGroup sections = new ToggleGroup();
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final Map<Section, Node> views = new EnumMap<>(Section.class);

    /** Where the store is, as the status bar names it: this computer's folder, or the team's server. */
    private final String storeName;
    private CompletableFuture<Glance> firstGlance;

    /** @param firstGlance the dashboard's first reading, started as the store opened (null: read when shown) */
    ShellController(Workspace workspace, Settings settings, Runnable lock, Runnable signOut, Runnable settingsChanged,
                    DailyBackup backups, String storeName, CompletableFuture<Glance> firstGlance) {
        this.firstGlance = firstGlance;
        this.storeName = storeName;
        this.backups = backups;
        this.workspace = workspace;
        this.session = workspace.session();
        this.settings = settings;
        this.background = workspace.background();
        this.dialogs = workspace.dialogs();
        this.lock = lock;
        this.signOut = signOut;
        this.settingsChanged = settingsChanged;
    }

    @FXML
    private void initialize() {
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(Messages.get(section.labelKey()), new FontIcon(section.icon));
            button.setId("nav-" + section.id());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(sections);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(Messages.get("shell.navTooltip", Messages.get(section.labelKey()),
                    section.key.getChar())));
            button.setOnAction(e -> show(section));
            buttons.put(section, button);
            navigation.getChildren().add(button);
        }
        // A section stays chosen: clicking the chosen one again must not leave none chosen.
        sections.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        userName.setText(Messages.get("shell.signedInAs", session.user().displayName(),
                Messages.get(session.user().role().labelKey())));
        // At large text the bar is short of room: the name and the section wrap between words.
        Wrapping.keepWords(userName);
        Wrapping.keepWords(sectionTitle);
        lockButton.setTooltip(new Tooltip(Messages.get("shell.lockTooltip")));
        lockButton.setAccessibleText(Messages.get("shell.lockTooltip"));
        signOutButton.setAccessibleText(Messages.get("shell.signOut"));
        storeLabel.setText(Messages.get(session.onServer() ? "shell.teamStore" : "shell.store", storeName));
        // The bar's sentence beside it says what runs; the moving bar only where animation is cheap (see Busy).
        taskProgress.visibleProperty().bind(background.busy().and(
                javafx.beans.binding.Bindings.createBooleanBinding(org.casefile.ui.Busy::animationIsCheap)));
        taskText.textProperty().bind(background.message());
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), () -> {
                    if (content.getScene() == scene) {
                        toggleGuide();
                    }
                });
                for (Section s : Section.values()) {
                    scene.getAccelerators().put(new KeyCodeCombination(s.key, KeyCombination.SHORTCUT_DOWN), () -> {
                        if (content.getScene() == scene) {
                            buttons.get(s).fire();
                        }
                    });
                }
            }
        });
        background.notices().addListener((javafx.collections.ListChangeListener<String>) change -> showNotice());
        helpButton.setTooltip(new Tooltip(Messages.get("shell.helpTooltip")));
        helpButton.setAccessibleText(Messages.get("shell.helpTooltip"));
        // The guide follows the screen: whatever is shown next, an open guide shows its words.
        content.getChildren().addListener((javafx.collections.ListChangeListener<Node>) change -> {
            if (guide.isVisible()) {
                javafx.application.Platform.runLater(this::showGuide);
            }
        });
        show(Section.DASHBOARD);
    }

    /** The latest notice of a long job that finished while the person was elsewhere. */
    private void showNotice() {
        boolean any = !background.notices().isEmpty();
        noticeText.setText(any ? background.notices().getLast() : "");
        noticeBox.setVisible(any);
        noticeBox.setManaged(any);
    }

    @FXML
    private void dismissNotice() {
        background.notices().clear();
    }

    /** F1 or "Help": the quick guide for the screen in front of the person, or closes it. */
    @FXML
    private void toggleGuide() {
        if (guide.isVisible()) {
            closeGuide();
        } else {
            showGuide();
        }
    }

    private void showGuide() {
        String topic = org.casefile.ui.QuickGuide.topicAt(content);
        guide.setContent(org.casefile.ui.QuickGuide.panel(topic == null ? "dashboard" : topic, this::closeGuide));
        guide.setVisible(true);
        guide.setManaged(true);
    }

    private void closeGuide() {
        guide.setVisible(false);
        guide.setManaged(false);
        helpButton.requestFocus();
    }

    void focusNavigation() {
        buttons.get(Section.DASHBOARD).requestFocus();
    }

    private void show(Section section) {
        buttons.get(section).setSelected(true);
        sectionTitle.setText(Messages.get(section.labelKey()));
        if (section == Section.REFERRALS) {
            views.remove(section); // a list across cases: read afresh each time it is shown
        }
        boolean built = views.containsKey(section);
        Node view = views.computeIfAbsent(section, this::build);
        content.getChildren().setAll(view);
        if (built && section == Section.DASHBOARD) {
            dashboard.refresh();
        }
    }

    private Node build(Section section) {
        return switch (section) {
            case DASHBOARD -> {
                dashboard = new DashboardController(workspace, new DashboardController.Opener() {
                    @Override
                    public void tab(long clientId, String tab) {
                        show(Section.CLIENTS);
                        clients().openClientTab(clientId, tab);
                    }

                    @Override
                    public void record(long clientId, String tab, Long recordId) {
                        show(Section.CLIENTS);
                        if (recordId == null) {
                            clients().openClientTab(clientId, tab);
                        } else {
                            clients().openClientRecord(clientId, tab, recordId);
                        }
                    }

                    @Override
                    public void incident(long incidentId) {
                        show(Section.CLIENTS);
                        clients().openIncident(incidentId);
                    }
                }, firstGlance);
                firstGlance = null;
                yield Views.load("Dashboard.fxml", dashboard);
            }
            case CLIENTS -> clients().view();
            case AGENCIES -> Views.load("Agencies.fxml", new AgenciesController(workspace));
            case REFERRALS -> Views.load("ReferralList.fxml", new ReferralListController(workspace, (clientId, tab) -> {
                show(Section.CLIENTS);
                clients().openClientTab(clientId, tab);
            }));
            case SETTINGS -> Views.load("Settings.fxml", new SettingsController(session, settings, background, dialogs,
                    settingsChanged, workspace.risk(), backups));
            default -> Views.load("Placeholder.fxml", new PlaceholderController(section));
        };
    }

    private ClientsSection clients() {
        if (clients == null) {
            clients = new ClientsSection(workspace);
        }
        return clients;
    }

    @FXML
    private void lock() {
        lock.run();
    }

    @FXML
    private void signOut() {
        signOut.run();
    }
}
