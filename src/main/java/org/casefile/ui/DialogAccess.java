package org.casefile.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every dialog, whoever opens it, is announced as a dialog with its title, and Esc closes it. JavaFX already
 * lets Esc press a Cancel button; a dialog with a single button (an error's OK) has none, so Esc presses that
 * one. A dialog offering two real choices and no Cancel (keep mine / take theirs) stays open on Esc: leaving
 * it must not choose for the person.
 */
public final class DialogAccess {
    private static boolean installed;

    private DialogAccess() {
    }

    /** Watches windows as they open; call once on the FX thread. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(DialogAccess::prepare);
            }
        });
    }

    private static void prepare(Window window) {
        Scene scene = window.getScene();
        if (scene == null || !(scene.getRoot() instanceof DialogPane pane)) {
            return;
        }
        pane.setAccessibleRole(AccessibleRole.DIALOG);
        if (pane.getAccessibleText() == null || pane.getAccessibleText().isBlank()) {
            String title = window instanceof Stage stage ? stage.getTitle() : null;
            String header = pane.getHeaderText();
            pane.setAccessibleText(join(title, header));
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE) {
                return;
            }
            List<ButtonType> types = pane.getButtonTypes();
            boolean hasCancel = types.stream().anyMatch(t -> t.getButtonData().isCancelButton());
            if (!hasCancel && types.size() == 1) {
                Node only = pane.lookupButton(types.getFirst());
                if (only instanceof Button button) {
                    button.fire();
                    e.consume();
                }
            }
        });
    }

    private static String join(String title, String header) {
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasHeader = header != null && !header.isBlank();
        if (hasTitle && hasHeader) {
            return title + ". " + header;
        }
        return hasTitle ? title : hasHeader ? header : null;
    }
}
