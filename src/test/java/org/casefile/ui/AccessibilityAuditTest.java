package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.casefile.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Loads every FXML screen (without its controller, whose services a test cannot cheaply build) and lists each
 * icon-only button without an accessible name or tooltip, and each Label standing beside a field without
 * {@code labelFor}. A label is tied by naming it after its field ({@code kindLabel} for {@code kind}, see
 * {@link Views#tieLabels}) or in its controller ({@code idLabel.setLabelFor(field)}, looked for in the source).
 * New screens are checked as soon as they exist, so they cannot regress.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityAuditTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CONTROLLER = Pattern.compile("\\sfx:controller=\"([^\"]+)\"");
    private static final Pattern HANDLER = Pattern.compile("\\son[A-Z][A-Za-z]*=\"#[^\"]*\"");

    @Start
    void start(Stage stage) {
        // The toolkit is all this test needs.
    }

    @Test
    void everyScreenNamesItsIconButtonsAndTiesItsLabels() throws Exception {
        List<Path> screens;
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("org/casefile"))) {
            screens = files.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
        }
        assertThat(screens).as("FXML screens found").hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        for (Path screen : screens) {
            String fxml = Files.readString(screen, StandardCharsets.UTF_8);
            String controllerSource = controllerSource(fxml);
            Parent root = load(screen, fxml);
            String name = RESOURCES.relativize(screen).toString();
            Views.walk(root, node -> audit(node, name, controllerSource, problems));
        }
        assertThat(problems).as("accessibility problems, one a line").isEmpty();
    }

    private static Parent load(Path screen, String fxml) throws Exception {
        // Without the controller: no fx:controller, no #handlers; the bundle resolves %keys as in the app.
        String bare = HANDLER.matcher(CONTROLLER.matcher(fxml).replaceAll("")).replaceAll("");
        return WaitForAsyncUtils.asyncFx(() -> {
            FXMLLoader loader = new FXMLLoader(screen.toUri().toURL(), Messages.bundle());
            try (InputStream in = new java.io.ByteArrayInputStream(bare.getBytes(StandardCharsets.UTF_8))) {
                Parent root = loader.<Parent>load(in);
                Views.tieLabels(root); // as Views.load does for every screen
                return root;
            }
        }).get(30, TimeUnit.SECONDS);
    }

    private static String controllerSource(String fxml) throws IOException {
        var m = CONTROLLER.matcher(fxml);
        if (!m.find()) {
            return "";
        }
        Path source = SOURCES.resolve(m.group(1).replace('.', '/') + ".java");
        return Files.isRegularFile(source) ? Files.readString(source, StandardCharsets.UTF_8) : "";
    }

    static void audit(Node node, String screen, String controllerSource, List<String> problems) {
        if (node instanceof ButtonBase button && blank(button.getText()) && button.getGraphic() != null) {
            String what = screen + ": icon-only " + button.getClass().getSimpleName() + describe(button);
            if (blank(button.getAccessibleText())) {
                problems.add(what + " has no accessibleText");
            }
            if (button.getTooltip() == null) {
                problems.add(what + " has no tooltip");
            }
        }
        if (node instanceof Label label && label.getLabelFor() == null && !isNote(label)) {
            field(label).ifPresent(field -> {
                String id = label.getId();
                boolean tiedInCode = id != null && controllerSource.contains(id + ".setLabelFor(");
                if (!tiedInCode) {
                    problems.add(screen + ": label \"" + label.getText() + "\"" + describe(label)
                            + " stands beside " + field.getClass().getSimpleName() + describe(field)
                            + " without labelFor");
                }
            });
        }
    }

    /** The input a label stands beside: the next sibling, or in a grid the cell to its right (else below). */
    private static Optional<Node> field(Label label) {
        Parent parent = label.getParent();
        if (parent == null) {
            return Optional.empty();
        }
        if (parent instanceof GridPane grid) {
            int col = index(GridPane.getColumnIndex(label));
            int row = index(GridPane.getRowIndex(label));
            Optional<Node> right = cell(grid, col + 1, row);
            return right.isPresent() ? right.filter(AccessibilityAuditTest::isField)
                    : cell(grid, col, row + 1).filter(AccessibilityAuditTest::isField);
        }
        List<Node> siblings = parent.getChildrenUnmodifiable();
        int at = siblings.indexOf(label);
        return at + 1 < siblings.size() ? Optional.of(siblings.get(at + 1)).filter(AccessibilityAuditTest::isField)
                : Optional.empty();
    }

    private static Optional<Node> cell(GridPane grid, int col, int row) {
        return grid.getChildren().stream()
                .filter(n -> index(GridPane.getColumnIndex(n)) == col && index(GridPane.getRowIndex(n)) == row)
                .findFirst();
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }

    /** Help text and notes above a field are not its name (the field is named by its own label or text). */
    private static boolean isNote(Label label) {
        return label.getStyleClass().stream().anyMatch(c -> c.equals("text-muted") || c.equals("text-small")
                || c.equals("notice"));
    }

    static boolean isField(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof Spinner<?> || node instanceof Slider || node instanceof ListView<?>;
    }

    private static String describe(Node node) {
        return node.getId() == null ? "" : " #" + node.getId();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
