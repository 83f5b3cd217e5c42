package org.casefile.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused field visible in a long, scrolling form. JavaFX does not scroll a ScrollPane to follow the
 * keyboard focus, so without this a person tabbing through a form types into fields they cannot see.
 */
public final class ScrollIntoView {
    private ScrollIntoView() {
    }

    public static void install(ScrollPane pane) {
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> {
                    if (now != null && isInside(now, pane)) {
                        reveal(pane, now);
                    }
                });
            }
        });
    }

    public static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = pane.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (inContent.getMinY() < top) {
            target = inContent.getMinY() - 24;
        } else if (inContent.getMaxY() > top + viewport) {
            target = inContent.getMaxY() - viewport + 24;
        }
        pane.setVvalue(Math.clamp(target / (contentHeight - viewport), 0, 1));
    }

    private static boolean isInside(Node node, ScrollPane pane) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == pane.getContent()) {
                return true;
            }
        }
        return false;
    }
}
