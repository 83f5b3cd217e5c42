package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.casefile.security.TestStores;
import org.casefile.ui.FxWait;
import org.casefile.ui.ScrollIntoView;
import org.casefile.ui.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main screens in light, dark and high contrast at 100 % and 200 % text: every label and button shows its
 * whole text (none cut short with an ellipsis). With {@code -Dcasefile.screenshots=DIR} each view is saved as
 * {@code review-<screen>-<theme>-<size>.png} for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenReviewUiTest {
    private static final Pattern MNEMONIC = Pattern.compile("_(\\p{L})");
    private Stage stage;
    private DemoWindow demo;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (demo != null) {
            demo.close(robot, stage);
        }
        robot.interact(() -> Theme.apply(Theme.Look.LIGHT, 100));
    }

    private record Variant(Theme.Look look, int size) {
        String suffix() {
            return look.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + size;
        }
    }

    @Test
    void noTextIsCutShortInAnyThemeAtNormalOrDoubleSize(FxRobot robot) {
        demo = DemoWindow.open(robot, stage, 5);
        List<Variant> variants = List.of(new Variant(Theme.Look.LIGHT, 100), new Variant(Theme.Look.DARK, 100),
                new Variant(Theme.Look.LIGHT, 200), new Variant(Theme.Look.DARK, 200),
                new Variant(Theme.Look.HIGH_CONTRAST, 100), new Variant(Theme.Look.HIGH_CONTRAST, 200));
        List<String> cut = new ArrayList<>();
        FxWait.until(() -> robot.lookup("#username").tryQuery().isPresent(), "the sign-in screen");
        for (Variant v : variants) {
            apply(robot, v);
            review(robot, "sign-in", v, cut);
        }
        robot.clickOn("#username").write(TestStores.ADMIN);
        robot.clickOn("#password").write(new String(TestStores.PASSWORD)).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent(), "the dashboard");

        for (Variant v : variants) {
            apply(robot, v);
            choose(robot, "#nav-dashboard");
            review(robot, "dashboard", v, cut);

            choose(robot, "#nav-clients");
            FxWait.until(() -> robot.lookup("#table").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty())
                    .orElse(false), "the caseload");
            review(robot, "caseload", v, cut);
            robot.interact(() -> riskInSight(robot.lookup("#table").queryAs(TableView.class),
                    "caseload (" + v.suffix() + ")", cut));

            robot.interact(() -> robot.lookup("#table").queryAs(TableView.class).getSelectionModel().selectFirst());
            robot.interact(() -> robot.lookup("#table").queryAs(TableView.class).requestFocus());
            robot.type(KeyCode.ENTER);
            FxWait.until(() -> robot.lookup("#edit").tryQuery().isPresent(), "the client");
            review(robot, "client", v, cut);

            tab(robot, "incidents-tab", "#logIncident");
            review(robot, "incident-log", v, cut);
            tab(robot, "referrals-tab", "#newReferral");
            review(robot, "referrals-tab", v, cut);
            robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().selectFirst());

            robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
            FxWait.until(() -> robot.lookup("#givenName").tryQuery().isPresent(), "the client form");
            review(robot, "client-form", v, cut);
            robot.type(KeyCode.ESCAPE);
            FxWait.until(() -> robot.lookup("#edit").tryQuery().isPresent(), "back to the client");
            robot.type(KeyCode.ESCAPE);
            FxWait.until(() -> robot.lookup("#table").tryQuery().isPresent(), "back to the caseload");

            choose(robot, "#nav-referrals");
            FxWait.until(() -> robot.lookup("#referrals").tryQuery().isPresent(), "the referrals");
            review(robot, "referrals", v, cut);

            choose(robot, "#nav-agencies");
            FxWait.until(() -> robot.lookup("#agencies").tryQuery().isPresent(), "the agencies");
            review(robot, "agencies", v, cut);

            choose(robot, "#nav-settings");
            FxWait.until(() -> robot.lookup("#dark").tryQuery().isPresent(), "the settings");
            review(robot, "settings", v, cut);
            scrollTo(robot, "#accounts");
            review(robot, "settings-accounts", v, cut);
            scrollTo(robot, "#entries");
            review(robot, "audit-log", v, cut);
            scrollTo(robot, "#due");
            review(robot, "retention", v, cut);
            robot.interact(() -> stage.getScene().getRoot().lookupAll(".page-scroll")
                    .forEach(n -> ((ScrollPane) n).setVvalue(0)));
        }
        cut.forEach(line -> System.out.println("review, cut: " + line));
        assertThat(cut).as("text cut short, out of sight sideways, or a shared mnemonic").isEmpty();
    }

    /**
     * The caseload shows the reference, the name and the risk level first, and the risk level in sight without
     * scrolling sideways, at every size: a tired caseworker must not have to scroll to see who is at high risk.
     */
    private static void riskInSight(TableView<?> table, String where, List<String> cut) {
        List<String> first = table.getVisibleLeafColumns().stream().limit(3).map(c -> c.getId()).toList();
        if (!first.equals(List.of("referenceColumn", "nameColumn", "riskColumn"))) {
            cut.add(where + ": the first columns are " + first);
        }
        Bounds shown = table.localToScene(table.getLayoutBounds());
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof javafx.scene.control.skin.TableColumnHeader header
                    && header.getTableColumn() != null && "riskColumn".equals(header.getTableColumn().getId())) {
                Bounds risk = header.localToScene(header.getLayoutBounds());
                if (risk.getMinX() < shown.getMinX() - 1 || risk.getMaxX() > shown.getMaxX() + 1) {
                    cut.add(where + ": the risk level is out of sight without scrolling sideways");
                }
                return;
            }
        }
        cut.add(where + ": no risk level column header");
    }

    /** The mnemonic check itself: two buttons in sight on one letter are found, a hidden one does not count. */
    @Test
    void twoButtonsInSightOnOneLetterAreFound(FxRobot robot) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            javafx.scene.control.Button save = new javafx.scene.control.Button("_Save");
            javafx.scene.control.Button send = new javafx.scene.control.Button("_Send");
            javafx.scene.control.Button hidden = new javafx.scene.control.Button("_Edit");
            javafx.scene.control.Button edit = new javafx.scene.control.Button("_Edit");
            hidden.setVisible(false);
            findSharedMnemonics(new javafx.scene.layout.VBox(save, send, hidden, edit), "test", found);
        });
        assertThat(found).containsExactly("test: Alt+S is shared by [_Save, _Send]");
    }

    /**
     * Opens a tab of the client's overview and waits for a node of its content; the overview scrolls to its end,
     * where the tab is (at 200 % the client's header fills the first screen).
     */
    private static void tab(FxRobot robot, String tabId, String shown) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        FxWait.until(() -> robot.lookup(shown).tryQuery().map(Node::isVisible).orElse(false), tabId);
        robot.interact(() -> {
            for (Node n = robot.lookup("#tabs").query(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane) {
                    pane.setVvalue(1);
                }
            }
        });
    }

    /** Scrolls the settings page so the node is in sight (for the screenshot; the checks cover the whole page). */
    private void scrollTo(FxRobot robot, String id) {
        robot.interact(() -> {
            Node node = stage.getScene().getRoot().lookup(id);
            for (Node n = node; n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane && n.getStyleClass().contains("page-scroll")) {
                    pane.setVvalue(0);
                    pane.layout();
                    ScrollIntoView.reveal(pane, node);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void apply(FxRobot robot, Variant v) {
        robot.interact(() -> Theme.apply(v.look(), v.size()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void choose(FxRobot robot, String nav) {
        robot.interact(() -> robot.lookup(nav).queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void review(FxRobot robot, String screen, Variant v, List<String> cut) {
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> true, "layout");
        Screenshots.save(stage.getScene(), "review-" + screen + "-" + v.suffix());
        robot.interact(() -> findCut(stage.getScene().getRoot(), screen + " (" + v.suffix() + ")", cut));
        robot.interact(() -> findSharedMnemonics(stage.getScene().getRoot(), screen, cut));
    }

    /**
     * A label or button showing less than its text: the skin replaced the end (or middle) with an ellipsis, wrapped
     * text breaks inside a word, or the text runs past its own control, past a scroll pane's or list's visible area
     * sideways, or off the window.
     * Tables' column headers are labels too, and so are the cells in the rows of tables and lists: a value shown as
     * "C-2026-…" or running past its cell into the next column is cut. A table or list that scrolls sideways (its
     * horizontal scroll bar showing) hides columns on purpose: what it hides is reached by scrolling, not cut.
     */
    static void findCut(Parent root, String where, List<String> cut) {
        double windowWidth = root.getScene().getWidth();
        for (Node node : root.lookupAll(".text")) {
            if (!(node instanceof Text shown) || !(shown.getParent() instanceof Labeled labeled)
                    || inTabHeaders(labeled) || !treeVisible(labeled)) {
                continue;
            }
            String full = labeled.getText();
            if (full == null || full.isBlank()) {
                continue;
            }
            String expected = labeled.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
            String ellipsis = labeled.getEllipsisString();
            String problem = null;
            Bounds text = shown.localToScene(shown.getBoundsInLocal());
            // A wrapped line's bounds include the space it broke at, and a glyph may lean a pixel past its origin.
            double slack = shown.getFont().getSize() * 0.35 + 1;
            if (!shown.getText().equals(expected) && shown.getText().contains(ellipsis)) {
                problem = "shown as \"" + shown.getText() + "\"";
            } else if (shown.getWrappingWidth() > 0 && widestWord(shown) > shown.getWrappingWidth() + 1) {
                problem = "breaks inside a word";
            } else if (sticksOut(text, labeled.localToScene(labeled.getLayoutBounds()), slack)) {
                problem = "runs out of its " + labeled.getClass().getSimpleName();
            } else if (cell(labeled) instanceof Cell<?> cell && cell != labeled
                    && sticksOut(text, cell.localToScene(cell.getLayoutBounds()), slack)) {
                problem = "runs out of its " + cell.getClass().getSimpleName();
            } else {
                // In a table or list that scrolls sideways, what lies past its edge is reached with its scroll
                // bar; the table itself must still be in sight.
                Node sideways = scrollsSideways(labeled);
                Node from = sideways == null ? labeled : sideways;
                Bounds seen = sideways == null ? text : sideways.localToScene(sideways.getLayoutBounds());
                if (seen.getMaxX() > windowWidth + slack || seen.getMinX() < -2) {
                    problem = "runs off the window";
                }
                for (Node n = from; n != null && problem == null; n = n.getParent()) {
                    if (n.getClip() != null
                            && sticksOut(seen, n.localToScene(n.getClip().getBoundsInParent()), slack)) {
                        problem = "out of sight sideways in " + n.getClass().getSimpleName();
                        break;
                    }
                }
            }
            if (problem != null) {
                String line = where + (labeled instanceof javafx.scene.control.ButtonBase ? " button" : "")
                        + ": \"" + expected + "\" " + problem
                        + (labeled.getId() == null ? "" : " #" + labeled.getId());
                if (!cut.contains(line)) {
                    cut.add(line);
                }
            }
        }
    }

    /**
     * Two controls in sight with the same Alt+letter: JavaFX then only moves the focus between them and presses
     * neither, so the letter is no use.
     */
    static void findSharedMnemonics(Parent root, String where, List<String> found) {
        Map<Character, List<String>> byLetter = new TreeMap<>();
        List<Node> all = new ArrayList<>();
        collect(root, all);
        for (Node node : all) {
            if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null
                    && treeVisible(labeled)) {
                Matcher m = MNEMONIC.matcher(labeled.getText());
                if (m.find()) {
                    byLetter.computeIfAbsent(Character.toLowerCase(m.group(1).charAt(0)), c -> new ArrayList<>())
                            .add(labeled.getText());
                }
            }
        }
        byLetter.forEach((letter, texts) -> {
            String line = where + ": Alt+" + Character.toUpperCase(letter) + " is shared by " + texts;
            if (texts.size() > 1 && !found.contains(line)) {
                found.add(line);
            }
        });
    }

    private static void collect(Node node, List<Node> all) {
        all.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }

    /**
     * Wrapped text breaks inside a word only when a word is wider than the line. A folder's path is one long "word"
     * that may break anywhere (at 200 % the store's path is wider than the sign-in card).
     */
    private static double widestWord(Text shown) {
        Text measure = new Text();
        measure.setFont(shown.getFont());
        double widest = 0;
        for (String word : shown.getText().split("\\s+")) {
            if (word.contains("/") || word.contains("\\")) {
                continue;
            }
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static boolean sticksOut(Bounds text, Bounds area, double slack) {
        return text.getMinX() < area.getMinX() - 2 || text.getMaxX() > area.getMaxX() + slack;
    }

    /** The cell of a list or table (or a combo box's chosen value) the node is shown in, or null. */
    private static Cell<?> cell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Cell<?> cell) {
                return cell;
            }
        }
        return null;
    }

    /**
     * The node is in a table or list (a cell or a column header) whose horizontal scroll bar shows: columns or
     * values past its edge are out of sight on purpose and come into sight by scrolling.
     */
    private static Node scrollsSideways(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableView<?> || n instanceof javafx.scene.control.ListView<?>
                    || n instanceof javafx.scene.control.TreeView<?>) {
                for (Node bar : n.lookupAll(".scroll-bar")) {
                    if (bar instanceof javafx.scene.control.ScrollBar scrollBar && scrollBar.isVisible()
                            && scrollBar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                            && ownedBy(scrollBar, n)) {
                        return n;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The scroll bar is the control's own, not one of a control inside one of its cells. */
    private static boolean ownedBy(Node bar, Node control) {
        for (Node n = bar.getParent(); n != null; n = n.getParent()) {
            if (n == control) {
                return true;
            }
            if (n instanceof Cell<?>) {
                return false;
            }
        }
        return false;
    }

    /** Tabs that do not fit the tab bar are offered in its menu (the arrow at its end): not cut. */
    private static boolean inTabHeaders(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
