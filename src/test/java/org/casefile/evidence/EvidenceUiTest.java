package org.casefile.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casefile.app.Theme;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.security.Session;
import org.casefile.settings.Settings;
import org.casefile.ui.Background;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.casefile.ui.Views;
import org.casefile.ui.UiStore;
import org.casefile.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The evidence list and the exhibit view as a caseworker meets them, on a real encrypted store. */
@ExtendWith(ApplicationExtension.class)
class EvidenceUiTest {
    private UiStore store;
    private Path dir;
    private Path files;
    private Session session;
    private Background background;
    private Workspace workspace;
    private Stage stage;
    private ClientRecord lucja;
    private EvidenceController controller;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        store = new UiStore("evidence", stage);
        dir = store.dir;
        files = Files.createDirectories(dir.resolve("desktop"));
        session = store.session;
        background = store.background;
        workspace = store.workspace;
        lucja = workspace.clients().create(ClientFixtures.lucja());
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void filesDraggedFromAnotherWindowAreStoredAsNumberedExhibits(FxRobot robot) throws IOException {
        Path photo = write("doorstep.png", png(64, 48, "front door"));
        Path letter = files.resolve("letter.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText("A made-up letter for a test");
                text.endText();
            }
            pdf.save(letter.toFile());
        }
        // Stands in for the desktop. Monocle keeps the pointer with the window where the button went down, so a
        // drag from a second Stage never reaches this one headless; the source sits in the same window instead.
        Label handle = new Label("Two files from the desktop");
        handle.setId("dragSource");
        handle.setOnDragDetected(e -> {
            Dragboard board = handle.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(photo.toFile(), letter.toFile()));
            board.setContent(content);
            e.consume();
        });
        show(robot, handle);
        FxWait.until(() -> label(robot, "#count").getText().equals("No exhibits"), "the empty list");

        robot.drag("#dragSource").moveTo("#dropZone");
        FxWait.until(() -> robot.lookup("#dropZone").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("drag-over")), "the drop zone to light up");
        robot.drop();

        waitFor(robot, ".dialog-pane");
        assertThat(robot.lookup("#intakeInitials").queryAs(TextField.class).getText()).as("the signed-in user's")
                .isEqualTo("JS");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Store 2 files in this case");
        robot.clickOn("#intakeFromWhom").write("The client");
        robot.clickOn("#intakeHow").write("Handed over at the office on a memory stick");
        robot.clickOn("#intakeDevice").write("Client's phone");
        robot.clickOn("#intakeDescription").write("Photo of the front door and the letter left there");
        Screenshots.save(robot.lookup(".dialog-pane").query().getScene(), "evidence-intake");
        robot.clickOn("Store files");

        FxWait.until(() -> table(robot).getItems().size() == 2
                && label(robot, "#notice").isVisible(), "both files to be listed");
        assertThat(table(robot).getItems()).extracting(ExhibitSummary::reference, ExhibitText::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JS/1", "Picture (PNG)"),
                        org.assertj.core.groups.Tuple.tuple("JS/2", "PDF document"));
        assertThat(label(robot, "#notice").getText()).startsWith("2 files stored as JS/1, JS/2.");
        assertThat(robot.lookup("#dropZone").query().getPseudoClassStates()).as("no longer lit")
                .doesNotContain(PseudoClass.getPseudoClass("drag-over"));
        ExhibitRecord first = workspace.exhibits().open(table(robot).getItems().getFirst().id());
        assertThat(first.acquisition()).isEqualTo(new Acquisition("The client",
                "Handed over at the office on a memory stick", "Client's phone"));
        assertThat(first.summary().description()).isEqualTo("Photo of the front door and the letter left there");
        assertThat(first.summary().sha256()).isEqualTo(sha256(Files.readAllBytes(photo)));

        // The PDF opens as a rendered page, drawn in memory.
        robot.doubleClickOn(robot.lookup("JS/2").queryAs(Node.class));
        FxWait.until(() -> robot.lookup("#pageLabel").tryQuery().map(n -> n.isVisible()
                && ((Label) n).getText().equals("Page 1 of 1")).orElse(false), "the first page");
        assertThat(robot.lookup("#picture").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#nextPage").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#rotateRight").queryAs(Button.class).isVisible()).as("pictures only").isFalse();
    }

    @Test
    void withinAnIncidentOnlyItsExhibitsAreListedAndNewFilesJoinIt(FxRobot robot) throws IOException {
        org.casefile.incident.IncidentRecord calls = workspace.incidents().record(lucja.id(),
                org.casefile.incident.Incidents.on(java.time.LocalDate.now(), org.casefile.incident.Behaviour.CALLS));
        workspace.exhibits().receive(lucja.id(), write("case-note.txt", "About the case as a whole\n".getBytes()),
                intake("A note about the whole case"));
        Path log = write("call-log.txt", "12:02 missed call, withheld number\n".getBytes());
        controller = new EvidenceController(workspace, lucja.id(), calls.id());
        controller.chooseFiles = owner -> List.of(log);
        showController(robot);
        FxWait.until(() -> label(robot, "#count").getText().equals("No exhibits"), "the incident's empty list");

        robot.clickOn("#addFiles");
        waitFor(robot, ".dialog-pane");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Store 1 file with this incident");
        robot.clickOn("Store files");
        FxWait.until(() -> table(robot).getItems().size() == 1, "the file in the incident's list");
        assertThat(table(robot).getItems().getFirst().reference()).isEqualTo("JS/2");
        assertThat(table(robot).getItems().getFirst().incidentId()).isEqualTo(calls.id());
        assertThat(workspace.exhibits().forClient(lucja.id())).hasSize(2);
    }

    @Test
    void anEmptyFileIsRefusedWithItsSentenceAndTheOthersStillGoIn(FxRobot robot) throws IOException {
        Path empty = write("blank.jpg", new byte[0]);
        Path note = write("call-log.txt", "12:02 missed call, withheld number\n".getBytes());
        show(robot);
        controller.chooseFiles = owner -> List.of(empty);
        robot.clickOn("#addFiles");
        waitFor(robot, ".dialog-pane");
        robot.clickOn("Store files");
        FxWait.until(() -> !robot.lookup("#problems .label").queryAll().isEmpty()
                && !robot.lookup("#addFiles").queryAs(Button.class).isDisabled(), "the refusal");
        assertThat(robot.lookup("#problems .label").queryAs(Label.class).getText())
                .isEqualTo("\"blank.jpg\" is empty (0 bytes). Nothing was stored: ask for the file again.");
        assertThat(workspace.exhibits().forClient(lucja.id())).isEmpty();
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(label(robot, "#notice").isVisible()).isFalse();

        controller.chooseFiles = owner -> List.of(empty, note);
        robot.clickOn("#addFiles");
        waitFor(robot, ".dialog-pane");
        robot.clickOn("Store files");
        FxWait.until(() -> table(robot).getItems().size() == 1 && label(robot, "#notice").isVisible(),
                "the readable file to be stored");
        assertThat(robot.lookup("#problems .label").queryAll()).singleElement()
                .satisfies(n -> assertThat(((Label) n).getText()).contains("\"blank.jpg\" is empty"));
        assertThat(table(robot).getItems()).extracting(ExhibitSummary::reference, ExhibitText::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JS/1", "Text"));
    }

    @Test
    void anOpenedPictureIsShownAndRotatingMakesANewExhibit(FxRobot robot) throws IOException {
        Path photo = write("car-outside.png", messagesScreenshot());
        workspace.exhibits().receive(lucja.id(), write("diary.txt", "Diary kept by the client\n".getBytes()),
                intake("Diary kept by the client since January"));
        ExhibitSummary picture = workspace.exhibits().receive(lucja.id(), photo,
                new Intake("JS", null, new Acquisition("The client", "Screenshot sent by email to the service",
                        "Client's phone"), "Messages from an unknown number on the evening of 3 March"));
        show(robot);
        Path saved = files.resolve("saved-copy.png");
        controller.chooseCopyTarget = (owner, suggested) -> suggested.equals("car-outside.png") ? saved : null;
        FxWait.until(() -> table(robot).getItems().size() == 2, "the list");

        robot.doubleClickOn(robot.lookup("JS/2").queryAs(Node.class));
        FxWait.until(() -> robot.lookup("#picture").tryQuery()
                .map(n -> ((ImageView) n).getImage() != null && n.isVisible()).orElse(false), "the preview");
        assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("Exhibit JS/2");
        assertThat(robot.lookup("#fingerprint").queryTextInputControl().getText()).isEqualTo(picture.sha256())
                .hasSize(64);
        assertThat(robot.lookup("#damagedBanner").queryAs(Label.class).isVisible()).isFalse();
        FxWait.until(() -> custodyActions(robot).equals(List.of("Received", "Viewed")), "the continuity log");
        assertThat(robot.lookup("Client's phone").tryQuery()).isPresent();

        robot.clickOn("#rotateRight");
        FxWait.until(() -> robot.lookup("#exhibitNotice").queryAs(Label.class).isVisible(), "the copy to be made");
        assertThat(robot.lookup("#exhibitNotice").queryAs(Label.class).getText())
                .isEqualTo("Made JS/3: a copy of JS/2, rotated right. The original is unchanged.");
        FxWait.until(() -> custodyActions(robot).contains("Derived copy made"), "the log to show the copy");
        assertThat(robot.lookup("#relations .hyperlink").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo("JS/3");
        Screenshots.save(robot.lookup("#fingerprint").query().getScene(), "exhibit");

        // A copy saved outside Casefile is the same file, and the log says so.
        robot.clickOn("#saveCopy");
        FxWait.until(() -> robot.lookup("#exhibitNotice").queryAs(Label.class).getText().startsWith("A copy was saved")
                && custodyActions(robot).contains("Copy saved outside Casefile"), "the copy to be saved");
        assertThat(Files.readAllBytes(saved)).isEqualTo(Files.readAllBytes(photo));

        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#fingerprint").tryQuery().isEmpty(), "the exhibit window to close");
        FxWait.until(() -> table(robot).getItems().size() == 3, "the copy in the list");
        ExhibitSummary copy = table(robot).getItems().get(2);
        assertThat(copy.reference()).isEqualTo("JS/3");
        assertThat(copy.derivedFrom()).isEqualTo("JS/2");
        assertThat(robot.lookup("copy of JS/2 (rotated right)").tryQuery()).isPresent();
    }

    @Test
    void aDamagedExhibitIsMarkedInRedWithWordsAndItsViewWarns(FxRobot robot) throws IOException {
        workspace.exhibits().receive(lucja.id(), write("doorstep.png", png(320, 200, "doorstep")),
                intake("Photo of flowers left on the doorstep"));
        ExhibitSummary letter = workspace.exhibits().receive(lucja.id(), write("letter.pdf", onePagePdf()),
                intake("Letter pushed through the door"));
        ExhibitSummary calls = workspace.exhibits().receive(lucja.id(), write("call-log.txt",
                "12:02 missed call, withheld number\n".getBytes()), intake("Call log copied from the client's phone"));
        workspace.exhibits().receive(lucja.id(), write("voicemail.mp3", mp3()), intake("Voicemail left at night"));
        workspace.exhibits().derive(table0(), Derivation.ROTATED_RIGHT, null);
        StoredBytes.flipOne(session, letter.id(), 40);
        show(robot);
        FxWait.until(() -> table(robot).getItems().size() == 5, "the list");
        assertThat(robot.lookup("Damaged").tryQuery()).as("not found until checked").isEmpty();

        robot.clickOn("#checkAll");
        FxWait.until(() -> label(robot, "#notice").isVisible() && robot.lookup("Damaged").tryQuery().isPresent(),
                "the check to finish");
        assertThat(label(robot, "#notice").getText()).contains(": JS/2.").contains("Do not rely on them");
        assertThat(table(robot).getItems()).extracting(ExhibitSummary::reference, ExhibitSummary::damaged)
                .contains(org.assertj.core.groups.Tuple.tuple("JS/2", true), org.assertj.core.groups.Tuple.tuple(
                        calls.reference(), false));
        Label damaged = robot.lookup("Damaged").queryAs(Label.class);
        assertThat(damaged.getStyleClass()).contains("damaged");
        assertThat(damaged.getGraphic()).isNotNull();
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        Screenshots.save(stage.getScene(), "evidence");

        robot.clickOn(robot.lookup("JS/2").queryAs(Node.class)).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#damagedBanner").tryQuery().map(Node::isVisible).orElse(false),
                "the damaged banner");
        assertThat(robot.lookup("#damagedBanner").queryAs(Label.class).getText())
                .startsWith("Exhibit JS/2 no longer matches the fingerprint").contains("must not be relied on");
        assertThat(robot.lookup("#picture").queryAs(ImageView.class).getImage()).isNull();
        assertThat(robot.lookup("#noPreview").queryAs(Label.class).getText()).startsWith("No preview");
        assertThat(robot.lookup("#saveCopy").queryAs(Button.class).isDisabled()).isTrue();
        Screenshots.save(robot.lookup("#damagedBanner").query().getScene(), "exhibit-damaged");
    }

    // --- helpers ---

    private long table0() {
        return workspace.exhibits().forClient(lucja.id()).getFirst().id();
    }

    private void show(FxRobot robot) {
        show(robot, null);
    }

    /** The pane as the client overview embeds it; {@code desktop}, if given, sits below it in the same window. */
    private void show(FxRobot robot, Node desktop) {
        controller = new EvidenceController(workspace, lucja.id(), null);
        showController(robot, desktop);
    }

    private void showController(FxRobot robot) {
        showController(robot, null);
    }

    private void showController(FxRobot robot, Node desktop) {
        robot.interact(() -> {
            Parent pane = Views.load("Evidence.fxml", controller);
            VBox.setVgrow(pane, Priority.ALWAYS);
            VBox root = desktop == null ? new VBox(pane)
                    : new VBox(pane, new StackPane(desktop));
            root.setStyle("-fx-padding: 0 0 12 0;");
            Scene scene = new Scene(root, 1180, 640);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> custodyActions(FxRobot robot) {
        TableView<ExhibitRecord.CustodyEntry> log = robot.lookup("#custody").queryTableView();
        return log.getItems().stream().map(e -> switch (e.action()) {
            case RECEIVED -> "Received";
            case VIEWED -> "Viewed";
            case EXPORTED -> "Copy saved outside Casefile";
            case DERIVED_COPY_MADE -> "Derived copy made";
            case VERIFIED -> "Checked";
            case DAMAGE_FOUND -> "Damage found";
            case EXPORTED_IN_BUNDLE -> "Exported in a bundle";
        }).toList();
    }

    private static TableView<ExhibitSummary> table(FxRobot robot) {
        return robot.lookup("#table").queryTableView();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static void waitFor(FxRobot robot, String query) {
        FxWait.until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false), query + " to appear");
    }

    private static Intake intake(String description) {
        return new Intake("JS", null, new Acquisition("The client", "Handed over at the office", ""), description);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(files.resolve(name), bytes);
    }


    private static String sha256(byte[] bytes) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    private static byte[] png(int w, int h, String what) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8FB3C7));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x6B4F3A));
        g.fillRect(w / 3, h / 4, w / 3, h * 3 / 4);
        g.dispose();
        return encode(image);
    }

    /** A made-up phone screenshot: a few message bubbles from an unknown number. Synthetic, for the picture. */
    private static byte[] messagesScreenshot() throws IOException {
        BufferedImage image = new BufferedImage(420, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF2F2F7));
        g.fillRect(0, 0, 420, 640);
        g.setColor(new Color(0xE5E5EA));
        g.fillRect(0, 0, 420, 70);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("07700 900123", 150, 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("Mon 3 Mar, 21:14", 160, 54);
        String[] lines = {"Saw you at the station today", "Nice coat", "Why aren't you answering",
                "I know where you park"};
        int y = 100;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        for (String line : lines) {
            g.setColor(new Color(0xE5E5EA));
            g.fillRoundRect(16, y, 300, 44, 24, 24);
            g.setColor(Color.BLACK);
            g.drawString(line, 32, y + 28);
            y += 60;
        }
        g.setColor(new Color(0xC7C7CC));
        g.setStroke(new BasicStroke(2));
        g.drawRoundRect(16, 590, 388, 36, 18, 18);
        g.dispose();
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** Enough of an MP3 header to be recognised as sound; never played. */
    private static byte[] mp3() {
        byte[] bytes = new byte[2048];
        bytes[0] = 'I';
        bytes[1] = 'D';
        bytes[2] = '3';
        return bytes;
    }
}
