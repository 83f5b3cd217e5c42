package org.casefile.evidence;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.casefile.Messages;
import org.casefile.UserFacingException;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One exhibit: a preview made in memory from bytes checked against their fingerprint, the details taken at
 * intake, the continuity log, and derived copies. Nothing is written anywhere but the store, except a copy the
 * person chooses to save.
 */
public final class ExhibitController {
    private static final float PDF_DPI = 110f;

    @FXML private BorderPane root;
    @FXML private Label title;
    @FXML private Label subtitle;
    @FXML private Label damagedBanner;
    @FXML private Button rotateLeft;
    @FXML private Button rotateRight;
    @FXML private Button convert;
    @FXML private Button saveCopy;
    @FXML private Label exhibitNotice;
    @FXML private javafx.scene.layout.StackPane previewArea;
    @FXML private ScrollPane pictureScroll;
    @FXML private ImageView picture;
    @FXML private TextArea text;
    @FXML private Label noPreview;
    @FXML private HBox pageBar;
    @FXML private Button previousPage;
    @FXML private Button nextPage;
    @FXML private Label pageLabel;
    @FXML private GridPane details;
    @FXML private TableView<ExhibitRecord.CustodyEntry> custody;
    @FXML private TableColumn<ExhibitRecord.CustodyEntry, String> whenColumn;
    @FXML private TableColumn<ExhibitRecord.CustodyEntry, String> whoColumn;
    @FXML private TableColumn<ExhibitRecord.CustodyEntry, String> actionColumn;
    @FXML private TableColumn<ExhibitRecord.CustodyEntry, String> noteColumn;
    @FXML private VBox relations;

    private final Workspace workspace;
    private final Runnable onChanged;
    private long exhibitId;
    private ExhibitRecord shown;
    /** The verified bytes of a PDF, kept in memory to turn its pages; never written out. */
    private byte[] pdf;
    private int page;
    private int pages;

    /** Seam for tests: where a copy is saved. */
    BiFunction<Window, String, Path> chooseTarget = ExhibitController::chooseWithDialog;

    /** @param onChanged told when the list behind may show something new (a copy made, damage found) */
    public ExhibitController(Workspace workspace, long exhibitId, Runnable onChanged) {
        this.workspace = workspace;
        this.exhibitId = exhibitId;
        this.onChanged = onChanged;
    }

    /** Opens the exhibit in its own window, owned by {@code owner}; Escape closes it. */
    public Stage showWindow(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(Views.load("Exhibit.fxml", this), 1180, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(Messages.get("evidence.view.windowTitle"));
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(ExhibitText.whenShort(c.getValue().at(), zone())));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().actor()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get(c.getValue().action().labelKey())));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(ExhibitText.note(c.getValue())));
        custody.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        custody.setAccessibleText(Messages.get("evidence.view.custody"));
        previewArea.setAccessibleText(Messages.get("evidence.view.preview"));
        pictureScroll.viewportBoundsProperty().addListener((obs, old, bounds) -> fitPicture());
        picture.imageProperty().addListener((obs, old, image) -> fitPicture());
        show(damagedBanner, false);
        show(exhibitNotice, false);
        showPreview(null, Messages.get("evidence.view.loadingPreview"));
        setActions(null);
        load(exhibitId);
    }

    /** What the background found: the record after viewing, and a preview or a sentence instead of one. */
    private record Loaded(ExhibitRecord record, Image picture, String text, byte[] pdf, int page, int pages,
                          String noPreview, boolean damageFound) {
    }

    private void load(long id) {
        exhibitId = id;
        pdf = null;
        workspace.background().run(Messages.get("evidence.view.loading"), () -> fetch(id))
                .onSuccess(this::showLoaded)
                .onFailure(failure -> showPreview(null, Dialogs.sentenceFor(failure)))
                .start();
    }

    /** Runs in the background: reads, checks and renders; only the finished image reaches the FX thread. */
    private Loaded fetch(long id) {
        ExhibitSummary s = workspace.exhibits().open(id).summary();
        if (s.damaged()) {
            return new Loaded(workspace.exhibits().open(id), null, null, null, 0, 0, "", false);
        }
        if (!s.isImage() && !s.isPdf() && !s.isText()) {
            return new Loaded(workspace.exhibits().open(id), null, null, null, 0, 0,
                    Messages.get("evidence.view.noPreviewKind"), false);
        }
        byte[] bytes;
        try {
            bytes = workspace.exhibits().content(id).bytes();
        } catch (UserFacingException problem) {
            ExhibitRecord after = workspace.exhibits().open(id);
            return new Loaded(after, null, null, null, 0, 0, problem.getMessage(), after.summary().damaged());
        }
        ExhibitRecord viewed = workspace.exhibits().open(id);
        if (s.isImage()) {
            Image image = new Image(new ByteArrayInputStream(bytes));
            return image.isError()
                    ? new Loaded(viewed, null, null, null, 0, 0, Messages.get("evidence.view.pictureNotShown"), false)
                    : new Loaded(viewed, image, null, null, 0, 0, "", false);
        }
        if (s.isPdf()) {
            try {
                Previews.Pixels first = Previews.pdfPage(bytes, 0, PDF_DPI);
                return new Loaded(viewed, image(first), null, bytes, first.page(), first.pages(), "", false);
            } catch (UserFacingException problem) {
                return new Loaded(viewed, null, null, null, 0, 0, problem.getMessage(), false);
            }
        }
        return new Loaded(viewed, null, Previews.text(bytes), null, 0, 0, "", false);
    }

    private void showLoaded(Loaded loaded) {
        showRecord(loaded.record());
        if (loaded.damageFound()) {
            onChanged.run();
        }
        if (loaded.record().summary().damaged()) {
            return;
        }
        pdf = loaded.pdf();
        page = loaded.page();
        pages = loaded.pages();
        if (loaded.picture() != null) {
            showPreview(picture, null);
            picture.setImage(loaded.picture());
        } else if (loaded.text() != null) {
            text.setText(loaded.text());
            showPreview(text, null);
        } else {
            showPreview(null, loaded.noPreview());
        }
        showPageBar();
    }

    private void showRecord(ExhibitRecord record) {
        shown = record;
        ExhibitSummary s = record.summary();
        title.setText(Messages.get("evidence.view.title", s.reference()));
        subtitle.setText(s.fileName());
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setTitle(Messages.get("evidence.view.title", s.reference()));
        }
        damagedBanner.setText(Messages.get("evidence.view.damaged", s.reference()));
        show(damagedBanner, s.damaged());
        if (s.damaged()) {
            showPreview(null, Messages.get("evidence.view.noPreviewDamaged"));
            pdf = null;
            showPageBar();
        }
        fillDetails(record);
        custody.getItems().setAll(record.custody());
        fillRelations(record);
        setActions(s);
    }

    private void fillDetails(ExhibitRecord record) {
        ExhibitSummary s = record.summary();
        details.getChildren().clear();
        int row = 0;
        row = detail(row, "evidence.view.reference", s.reference());
        row = detail(row, "evidence.view.fileName", s.fileName());
        row = detail(row, "evidence.view.kind", ExhibitText.kind(s) + "  \u00b7  " + s.mediaType());
        row = detail(row, "evidence.view.size", s.sizeBytes() < 1024 ? ExhibitText.size(s.sizeBytes())
                : Messages.get("evidence.view.sizeExact", ExhibitText.size(s.sizeBytes()), s.sizeBytes()));
        // In full and selectable, so it can be read out or pasted into a statement.
        TextArea fingerprint = new TextArea(s.sha256());
        fingerprint.setId("fingerprint");
        fingerprint.setEditable(false);
        fingerprint.setWrapText(true);
        fingerprint.setPrefRowCount(2);
        fingerprint.setPrefColumnCount(32);
        fingerprint.getStyleClass().add("fingerprint");
        fingerprint.setAccessibleText(Messages.get("evidence.view.fingerprint"));
        row = detail(row, "evidence.view.fingerprint", fingerprint);
        row = detail(row, "evidence.view.received", Messages.get("evidence.receivedBy",
                ExhibitText.when(s.receivedAt(), zone()), s.receivedBy()));
        Acquisition a = record.acquisition();
        row = detail(row, "evidence.view.fromWhom", a.fromWhom());
        row = detail(row, "evidence.view.how", a.how());
        row = detail(row, "evidence.view.device", a.deviceOrAccount());
        detail(row, "evidence.view.description", s.description());
    }

    private int detail(int row, String labelKey, String value) {
        Label text = new Label(value == null || value.isBlank() ? Messages.get("evidence.view.notRecorded") : value);
        text.setWrapText(true);
        if (value == null || value.isBlank()) {
            text.getStyleClass().add("text-muted");
        }
        return detail(row, labelKey, text);
    }

    private int detail(int row, String labelKey, Node value) {
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(value);
        GridPane.setHgrow(value, Priority.ALWAYS);
        details.addRow(row, label, value);
        return row + 1;
    }

    private void fillRelations(ExhibitRecord record) {
        relations.getChildren().clear();
        ExhibitSummary s = record.summary();
        if (!s.derivedFrom().isEmpty()) {
            relations.getChildren().add(new HBox(6, new Label(Messages.get("evidence.view.copyOf",
                    ExhibitText.how(s.derivation()))), link(s.derivedFrom())));
        }
        if (!record.derivedCopies().isEmpty()) {
            HBox copies = new HBox(6, new Label(Messages.get("evidence.view.copiesMade")));
            record.derivedCopies().forEach(reference -> copies.getChildren().add(link(reference)));
            relations.getChildren().add(copies);
        }
        if (relations.getChildren().isEmpty()) {
            Label none = new Label(Messages.get("evidence.view.noCopies"));
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            relations.getChildren().add(none);
        }
    }

    /** A reference that opens that exhibit here. */
    private Hyperlink link(String reference) {
        Hyperlink link = new Hyperlink(reference);
        link.setAccessibleText(Messages.get("evidence.view.open", reference));
        link.setOnAction(e -> workspace.background()
                .run(Messages.get("evidence.view.loading"), () -> workspace.exhibits().forClient(shown.summary().clientId())
                        .stream().filter(x -> x.reference().equals(reference)).findFirst().orElseThrow(
                                () -> new UserFacingException("exhibit.notFound")))
                .onSuccess(found -> {
                    show(exhibitNotice, false);
                    showPreview(null, Messages.get("evidence.view.loadingPreview"));
                    load(found.id());
                })
                .onFailure(workspace.dialogs()::showError)
                .start());
        return link;
    }

    private void setActions(ExhibitSummary s) {
        boolean usable = s != null && !s.damaged();
        boolean image = usable && s.isImage();
        rotateLeft.setDisable(!image);
        rotateRight.setDisable(!image);
        convert.setDisable(!image || s.mediaType().equals("image/png"));
        show(rotateLeft, s == null || s.isImage());
        show(rotateRight, s == null || s.isImage());
        show(convert, s == null || s.isImage());
        saveCopy.setDisable(!usable);
    }

    @FXML
    private void rotateLeft() {
        derive(Derivation.ROTATED_LEFT);
    }

    @FXML
    private void rotateRight() {
        derive(Derivation.ROTATED_RIGHT);
    }

    @FXML
    private void convert() {
        derive(Derivation.CONVERTED_TO_PNG);
    }

    private void derive(Derivation how) {
        String original = shown.summary().reference();
        setActions(null);
        workspace.background().run(Messages.get("evidence.view.making"),
                        () -> workspace.exhibits().derive(exhibitId, how, null))
                .onSuccess(copy -> {
                    say(Messages.get("evidence.view.made", copy.reference(), original, ExhibitText.how(how)), false);
                    onChanged.run();
                    reloadRecord();
                })
                .onFailure(this::failed)
                .start();
    }

    @FXML
    private void saveCopy() {
        Path target = chooseTarget.apply(root.getScene().getWindow(), shown.summary().fileName());
        if (target == null) {
            return;
        }
        saveCopy.setDisable(true);
        workspace.background().run(Messages.get("evidence.view.saving"), () -> {
                    workspace.exhibits().exportCopy(exhibitId, target);
                    return target.getFileName().toString();
                })
                .onSuccess(name -> {
                    say(Messages.get("evidence.view.saved", name), false);
                    reloadRecord();
                })
                .onFailure(this::failed)
                .start();
    }

    private void failed(Throwable failure) {
        say(Dialogs.sentenceFor(failure), true);
        reloadRecord();
        onChanged.run();
    }

    private void reloadRecord() {
        workspace.background().run(Messages.get("evidence.view.loading"), () -> workspace.exhibits().open(exhibitId))
                .onSuccess(this::showRecord)
                .onFailure(workspace.dialogs()::showError)
                .start();
    }

    @FXML
    private void previousPage() {
        turnTo(page - 1);
    }

    @FXML
    private void nextPage() {
        turnTo(page + 1);
    }

    private void turnTo(int wanted) {
        byte[] bytes = pdf;
        if (bytes == null || wanted < 0 || wanted >= pages) {
            return;
        }
        previousPage.setDisable(true);
        nextPage.setDisable(true);
        workspace.background().run(Messages.get("evidence.view.turning"), () -> {
                    Previews.Pixels pixels = Previews.pdfPage(bytes, wanted, PDF_DPI);
                    return new Object[] {image(pixels), pixels.page()};
                })
                .quietly()
                .onSuccess(result -> {
                    picture.setImage((Image) result[0]);
                    page = (Integer) result[1];
                    showPageBar();
                })
                .onFailure(failure -> {
                    showPreview(null, Dialogs.sentenceFor(failure));
                    showPageBar();
                })
                .start();
    }

    private void showPageBar() {
        boolean on = pdf != null && pages > 0;
        show(pageBar, on);
        if (on) {
            pageLabel.setText(Messages.get("evidence.view.page", page + 1, pages));
            previousPage.setDisable(page <= 0);
            nextPage.setDisable(page >= pages - 1);
        }
    }

    @FXML
    private void close() {
        ((Stage) root.getScene().getWindow()).close();
    }

    private void showPreview(Node which, String sentence) {
        show(pictureScroll, which == picture);
        show(text, which == text);
        show(noPreview, which == null);
        if (which != picture) {
            picture.setImage(null);
        }
        noPreview.setText(sentence == null ? "" : sentence);
    }

    /** Shows a picture at its own size, or smaller to fit; never blown up past its pixels. */
    private void fitPicture() {
        Image image = picture.getImage();
        if (image == null) {
            return;
        }
        var viewport = pictureScroll.getViewportBounds();
        picture.setFitWidth(Math.max(1, Math.min(image.getWidth(), viewport.getWidth() - 4)));
        picture.setFitHeight(Math.max(1, Math.min(image.getHeight(), viewport.getHeight() - 4)));
    }

    private void say(String sentence, boolean bad) {
        exhibitNotice.setText(sentence);
        exhibitNotice.setGraphic(new FontIcon(bad ? "mdmz-warning" : "mdal-check_circle"));
        exhibitNotice.getStyleClass().removeAll("exhibitNotice", "error-text");
        exhibitNotice.getStyleClass().add(bad ? "error-text" : "exhibitNotice");
        show(exhibitNotice, true);
    }

    private ZoneId zone() {
        return workspace.clock().getZone();
    }

    private static WritableImage image(Previews.Pixels pixels) {
        WritableImage image = new WritableImage(pixels.width(), pixels.height());
        image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbInstance(),
                pixels.argb(), 0, pixels.width());
        return image;
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    static Path chooseWithDialog(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("evidence.view.saveTitle"));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }
}
