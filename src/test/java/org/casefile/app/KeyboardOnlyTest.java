package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.ui.FxWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main screens walked with the keyboard alone (no clicks): sign in, the dashboard, a client from the list,
 * the case tabs, a form opened and cancelled with Esc, Settings and a theme change. Each step asserts where the
 * focus landed, so a screen that strands keyboard users fails here. The main buttons' mnemonics (Alt+letter) are
 * pressed too.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {
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

    @Test
    void theMainScreensWorkWithTheKeyboardAlone(FxRobot robot) {
        demo = DemoWindow.open(robot, stage, 11);
        Settings settings = demo.settings;

        // Sign in: the username field has the focus, Tab goes to the password, Enter signs in.
        focusIs("#username");
        robot.write(TestStores.ADMIN);
        robot.type(KeyCode.TAB);
        focusIs("#password");
        robot.write(new String(TestStores.PASSWORD)).type(KeyCode.ENTER);

        // The dashboard: the navigation has the focus; the arrow keys move along it (one group, one Tab stop),
        // Space chooses Clients.
        focusIs("#nav-dashboard");
        robot.type(KeyCode.DOWN);
        focusIs("#nav-clients");
        robot.type(KeyCode.SPACE);

        // The caseload: the search field has the focus; Down goes into the list, Enter opens the client.
        focusIs("#search");
        FxWait.until(() -> !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty(), "the caseload");
        robot.type(KeyCode.DOWN);
        focusIs("#table");
        robot.type(KeyCode.ENTER);
        focusIs("#edit");

        // The case tabs: Tab reaches the tab strip, Ctrl+Tab and Ctrl+Shift+Tab move between the tabs.
        tabUntil(robot, () -> robot.lookup("#tabs").queryAs(TabPane.class).isFocused(), "the case tabs");
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        int first = tabs.getSelectionModel().getSelectedIndex();
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        FxWait.until(() -> tabs.getSelectionModel().getSelectedIndex() == first + 1, "the next case tab");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        FxWait.until(() -> tabs.getSelectionModel().getSelectedIndex() == first + 2, "the tab after");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> tabs.getSelectionModel().getSelectedIndex() == first + 1, "the tab before");

        // A form: Ctrl+E opens the client's form with the first field focused; Esc cancels back to the case.
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        focusIs("#givenName");
        noTrap(robot);
        robot.type(KeyCode.ESCAPE);
        focusIs("#edit");

        // Settings with Ctrl+7; Tab reaches the themes (one group: the chosen one takes the focus), Right moves
        // to dark, Space chooses it, and it applies at once.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#dark").tryQuery().isPresent(), "the settings");
        tabUntil(robot, () -> robot.lookup("#light").queryAs(Node.class).isFocused(), "the theme choices");
        robot.type(KeyCode.RIGHT);
        focusIs("#dark");
        robot.type(KeyCode.SPACE);
        FxWait.until(() -> Theme.look() == Theme.Look.DARK, "the dark theme");
        assertThat(stage.getScene().getStylesheets()).contains(Theme.DARK_CSS);
        assertThat(settings.theme()).isEqualTo(Settings.Theme.DARK);
        // The text size is reachable too: Tab on to it and choose 150 %.
        tabUntil(robot, () -> robot.lookup("#fontSize").queryAs(Node.class).isFocused(), "the text size");
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        FxWait.until(() -> Theme.fontSize() == 150, "text at 150 %");
    }

    /**
     * The main buttons answer to Alt and their underlined letter: Alt+U signs in, Alt+N opens a new client's form
     * and Alt+C cancels it, Alt+E edits a client and Alt+S saves the change.
     */
    @Test
    void mnemonicsPressTheMainButtons(FxRobot robot) {
        demo = DemoWindow.open(robot, stage, 11);
        focusIs("#username");
        robot.write(TestStores.ADMIN).type(KeyCode.TAB).write(new String(TestStores.PASSWORD));
        alt(robot, KeyCode.U);
        focusIs("#nav-dashboard");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        focusIs("#search");
        alt(robot, KeyCode.N);
        FxWait.until(() -> robot.lookup("#givenName").tryQuery().isPresent(), "the new client's form");
        alt(robot, KeyCode.C);
        FxWait.until(() -> robot.lookup("#givenName").tryQuery().isEmpty()
                && robot.lookup("#table").tryQuery().isPresent(), "the caseload again");

        FxWait.until(() -> !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty(), "the caseload");
        robot.interact(() -> robot.lookup("#search").query().requestFocus());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        focusIs("#edit");
        alt(robot, KeyCode.E);
        focusIs("#givenName");
        robot.interact(() -> robot.lookup("#household").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Lives with a friend now");
        alt(robot, KeyCode.S);
        FxWait.until(() -> robot.lookup("#edit").tryQuery().isPresent()
                && robot.lookup("Lives with a friend now").tryQuery().isPresent(), "the saved change on the case");
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    @Test
    void anErrorDialogIsAnnouncedAsADialogAndEscClosesIt(FxRobot robot) {
        robot.interact(() -> {
            org.casefile.ui.DialogAccess.install();
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 400, 300));
            stage.show();
        });
        javafx.application.Platform.runLater(() -> new org.casefile.ui.Dialogs(stage)
                .showError(new IllegalStateException("a test failure")));
        FxWait.until(() -> dialogPane().isPresent(), "the error dialog");
        javafx.scene.control.DialogPane pane = dialogPane().orElseThrow();
        assertThat(pane.getAccessibleRole()).isEqualTo(javafx.scene.AccessibleRole.DIALOG);
        assertThat(pane.getAccessibleText()).startsWith(org.casefile.Messages.get("error.title"));
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> dialogPane().isEmpty(), "Esc to close the dialog");
    }

    private static java.util.Optional<javafx.scene.control.DialogPane> dialogPane() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .map(javafx.stage.Window::getScene).filter(s -> s != null && s.getRoot() instanceof javafx.scene.control.DialogPane)
                .map(s -> (javafx.scene.control.DialogPane) s.getRoot()).findFirst();
    }

    /** Tab forward and Shift+Tab back the same number of times returns to where the focus began. */
    private void noTrap(FxRobot robot) {
        Node start = focused();
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.TAB);
        }
        Node away = focused();
        assertThat(away).as("Tab moves on from " + start.getId()).isNotSameAs(start);
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.TAB);
        }
        robot.release(KeyCode.SHIFT);
        FxWait.until(() -> focused() == start, "Shift+Tab back to " + start.getId());
    }

    private void tabUntil(FxRobot robot, Callable<Boolean> there, String what) {
        for (int i = 0; i < 60; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                if (WaitForAsyncUtils.asyncFx(there).get()) {
                    return;
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("60 presses of Tab did not reach " + what + "; focus is on " + describe(focused()));
    }

    private void focusIs(String query) {
        FxWait.until(() -> {
            Node owner = stage.getScene().getFocusOwner();
            Node wanted = stage.getScene().getRoot().lookup(query);
            return wanted != null && owner != null && (owner == wanted || isInside(owner, wanted));
        }, "the focus on " + query + " (it is on " + describe(focused()) + ")");
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Node focused() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Scene scene = stage.getScene();
                return scene == null ? null : scene.getFocusOwner();
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String describe(Node node) {
        return node == null ? "nothing" : node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId());
    }
}
