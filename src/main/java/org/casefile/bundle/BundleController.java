package org.casefile.bundle;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.casefile.Messages;
import org.casefile.ui.Dialogs;
import org.casefile.ui.TypedDate;
import org.casefile.ui.Workspace;

/**
 * The Bundle tab of a client's overview: pick the kind, the sections (tick, reorder), the period and incidents,
 * the redaction and numbering; see a page estimate; make the PDF with a progress bar and Cancel; open it in the
 * computer's viewer. Every service call runs through {@code Background}.
 */
public final class BundleController {
    /** One section in the list, ticked when it is included. */
    public static final class SectionChoice {
        final SectionKind kind;
        final BooleanProperty included;

        SectionChoice(SectionKind kind, boolean included) {
            this.kind = kind;
            this.included = new SimpleBooleanProperty(included);
        }

        @Override
        public String toString() {
            return Messages.get(kind.titleKey());
        }
    }

    @FXML private Label kindLabel;
    @FXML private ComboBox<BundleKind> kind;
    @FXML private ListView<SectionChoice> sections;
    @FXML private Button up;
    @FXML private Button down;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private TextField incidents;
    @FXML private ComboBox<RedactionProfile> profile;
    @FXML private TextField hide;
    @FXML private ComboBox<Numbering> numbering;
    @FXML private TextField hearing;
    @FXML private Label estimate;
    @FXML private Button make;
    @FXML private ProgressBar progress;
    @FXML private Button cancel;
    @FXML private Button open;
    @FXML private Label message;

    private final Workspace workspace;
    private final long clientId;
    private final BundleService bundles;
    private final SystemViewer viewer;
    private final Function<String, Path> chooseTarget;
    private final SimpleBooleanProperty fromUnreadable = new SimpleBooleanProperty();
    private final SimpleBooleanProperty toUnreadable = new SimpleBooleanProperty();
    private final ObservableList<SectionChoice> choices = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[] {c.included});
    private AtomicBoolean cancelled = new AtomicBoolean();
    private Path made;
    private long estimateGeneration;

    /**
     * @param chooseTarget asks where to save, given a suggested file name; returns null when the person cancels
     */
    public BundleController(Workspace workspace, long clientId, MaracSources marac, SystemViewer viewer,
                            Function<String, Path> chooseTarget) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.bundles = new BundleService(workspace.clients(), workspace.incidents(), workspace.exhibits(),
                workspace.chronology(), workspace.perpetrators(), marac, workspace.session().audit(),
                workspace.session().user(), workspace.clock());
        this.viewer = viewer;
        this.chooseTarget = chooseTarget;
    }

    /** The tab as the window uses it: the desktop's viewer and a save dialog. */
    public BundleController(Workspace workspace, long clientId, MaracSources marac,
                            java.util.function.Supplier<Window> owner) {
        this(workspace, clientId, marac, SystemViewer.DESKTOP, suggested -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("bundle.screen.chooseFile"));
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("bundle.screen.pdfFilter"), "*.pdf"));
            File f = chooser.showSaveDialog(owner.get());
            return f == null ? null : f.toPath();
        });
    }

    @FXML
    private void initialize() {
        kind.getItems().setAll(java.util.Arrays.stream(BundleKind.values()).filter(k -> k != BundleKind.REFERRAL)
                .toList());
        kind.setConverter(labels(k -> Messages.get(k.labelKey())));
        profile.getItems().setAll(RedactionProfile.values());
        profile.setConverter(labels(p -> Messages.get(p.labelKey())));
        numbering.getItems().setAll(Numbering.values());
        numbering.setConverter(labels(n -> Messages.get(n == Numbering.CONTINUOUS ? "bundle.numbering.continuous"
                : "bundle.numbering.sections")));
        numbering.getSelectionModel().select(Numbering.CONTINUOUS);
        from.setConverter(new TypedDate(fromUnreadable));
        to.setConverter(new TypedDate(toUnreadable));
        sections.setItems(choices);
        sections.setCellFactory(CheckBoxListCell.forListView(c -> c.included));
        kind.valueProperty().addListener((obs, was, now) -> template(now));
        kind.getSelectionModel().select(BundleKind.COURT);
        choices.addListener((javafx.collections.ListChangeListener<SectionChoice>) c -> refreshEstimate());
        from.valueProperty().addListener((obs, was, now) -> refreshEstimate());
        to.valueProperty().addListener((obs, was, now) -> refreshEstimate());
        incidents.textProperty().addListener((obs, was, now) -> refreshEstimate());
        refreshEstimate();
    }

    private static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** The kind's sections first (ticked, in their usual order), then every other section unticked. */
    private void template(BundleKind k) {
        List<SectionChoice> list = new ArrayList<>();
        k.defaultSections().forEach(s -> list.add(new SectionChoice(s, true)));
        Arrays.stream(SectionKind.values()).filter(s -> !k.defaultSections().contains(s))
                .forEach(s -> list.add(new SectionChoice(s, false)));
        choices.setAll(list);
        profile.getSelectionModel().select(k.defaultProfile());
    }

    @FXML
    private void moveUp() {
        move(-1);
    }

    @FXML
    private void moveDown() {
        move(1);
    }

    private void move(int by) {
        int i = sections.getSelectionModel().getSelectedIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= choices.size()) {
            return;
        }
        SectionChoice c = choices.remove(i);
        choices.add(j, c);
        sections.getSelectionModel().clearAndSelect(j);
        sections.requestFocus();
    }

    /** The request as chosen on screen, or null (with a sentence shown) when something cannot be read. */
    private BundleRequest request(Path out, boolean quiet) {
        List<SectionKind> chosen = choices.stream().filter(c -> c.included.get()).map(c -> c.kind).toList();
        if (chosen.isEmpty()) {
            return quiet ? null : refuse("bundle.screen.noSections");
        }
        Set<Integer> numbers;
        try {
            numbers = IncidentNumbers.parse(incidents.getText());
        } catch (IllegalArgumentException e) {
            return quiet ? null : refuse("bundle.screen.badIncidents");
        }
        TypedDate.commit(from);
        TypedDate.commit(to);
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (fromUnreadable.get() || toUnreadable.get() || (start != null && end != null && end.isBefore(start))) {
            return quiet ? null : refuse("bundle.screen.badDates");
        }
        List<String> words = Arrays.stream(hide.getText() == null ? new String[0] : hide.getText().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        BundleKind k = kind.getValue();
        return new BundleRequest(clientId, k, chosen, numbering.getValue(), profile.getValue(), words, start, end,
                numbers, hearing.getText(), out == null ? Path.of("unsaved") : out);
    }

    private BundleRequest refuse(String key) {
        message.setText(Messages.get(key));
        return null;
    }

    private void refreshEstimate() {
        BundleRequest r = request(null, true);
        if (r == null || kind.getValue() == null) {
            estimate.setText("");
            return;
        }
        long generation = ++estimateGeneration;
        estimate.setText(Messages.get("bundle.screen.estimating"));
        workspace.background().run(Messages.get("bundle.screen.estimating"), () -> bundles.estimatePages(r))
                .quietly()
                .onSuccess(pages -> {
                    if (generation == estimateGeneration) {
                        estimate.setText(pages > BundleService.FAMILY_COURT_PAGES
                                ? Messages.get("bundle.screen.estimateLong", pages, BundleService.FAMILY_COURT_PAGES)
                                : Messages.get("bundle.screen.estimate", pages));
                    }
                })
                .onFailure(e -> estimate.setText(""))
                .start();
    }

    @FXML
    private void make() {
        message.setText("");
        if (request(null, false) == null) {
            return;
        }
        String suggested = Messages.get(kind.getValue().labelKey()).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .toLowerCase(java.util.Locale.ROOT) + ".pdf";
        Path target = chooseTarget.apply(suggested);
        if (target == null) {
            return;
        }
        BundleRequest r = request(target, false);
        if (r == null) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        working(true);
        progress.setProgress(0);
        BundleProgress listener = new BundleProgress() {
            @Override
            public void update(long done, long total) {
                double fraction = total == 0 ? 0 : (double) done / total;
                Platform.runLater(() -> progress.setProgress(fraction));
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        workspace.background().run(Messages.get("bundle.screen.working"), () -> bundles.make(r, listener))
                .noticeIfAway(message, result -> Messages.get("bundle.screen.doneAway", result.file().getFileName(),
                        result.pages()))
                .onSuccess(result -> {
                    working(false);
                    made = result.file();
                    List<String> lines = new ArrayList<>();
                    lines.add(Messages.get("bundle.screen.done", result.pages(), result.exhibits(), result.file(),
                            result.sha256()));
                    lines.addAll(result.warnings());
                    lines.addAll(result.notes());
                    message.setText(String.join("\n", lines));
                    show(open, true);
                    open.requestFocus();
                })
                .onFailure(e -> {
                    working(false);
                    message.setText(Dialogs.sentenceFor(e));
                })
                .start();
    }

    @FXML
    private void cancel() {
        cancelled.set(true);
    }

    @FXML
    private void openResult() {
        Path file = made;
        if (file == null) {
            return;
        }
        workspace.background().run(Messages.get("bundle.screen.open"), () -> {
            viewer.open(file);
            return null;
        }).onFailure(e -> message.setText(Dialogs.sentenceFor(e))).start();
    }

    private void working(boolean on) {
        show(progress, on);
        show(cancel, on);
        make.setDisable(on);
        if (on) {
            show(open, false);
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
