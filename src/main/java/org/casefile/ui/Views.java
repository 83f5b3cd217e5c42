package org.casefile.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import org.casefile.Messages;

/**
 * Loads an FXML view with the controller the caller built (so controllers take their services by constructor)
 * and the app's resource bundle. A view naming a different controller fails loudly.
 *
 * <p>FXML cannot tie a label to a field written after it ({@code labelFor="$field"} silently gives null), so a
 * Label whose fx:id is a field's fx:id plus {@code Label} ({@code kindLabel} for {@code kind}) is tied to that
 * field here, for every screen.
 */
public final class Views {
    private Views() {
    }

    public static Parent load(String fxml, Object controller) {
        URL url = controller.getClass().getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("no view " + fxml + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(type -> {
            if (type.isInstance(controller)) {
                return controller;
            }
            throw new IllegalStateException(fxml + " asks for " + type.getName() + " but was given "
                    + controller.getClass().getName());
        });
        try {
            Parent root = loader.load();
            tieLabels(root);
            keepButtonsWhole(root);
            walk(root, node -> {
                if (node instanceof TableView<?> table) {
                    TableHeaders.wrap(table);
                } else if (node instanceof ChoiceBox<?> box) {
                    keepChoiceWhole(box);
                }
            });
            QuickGuide.mark(root, fxml);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + fxml, e);
        }
    }

    /** Ties each {@code xLabel} without a {@code labelFor} to the node with fx:id {@code x} in the same view. */
    public static void tieLabels(Node root) {
        java.util.Map<String, Node> byId = new java.util.HashMap<>();
        java.util.List<Label> labels = new java.util.ArrayList<>();
        walk(root, node -> {
            if (node.getId() != null) {
                byId.putIfAbsent(node.getId(), node);
            }
            if (node instanceof Label label && label.getLabelFor() == null && label.getId() != null
                    && label.getId().endsWith("Label")) {
                labels.add(label);
            }
        });
        for (Label label : labels) {
            Node field = byId.get(label.getId().substring(0, label.getId().length() - "Label".length()));
            if (field != null) {
                label.setLabelFor(field);
            }
        }
    }

    /**
     * Buttons never shrink below their text (an action cut to "Chan…" cannot be read, least of all at 200 %
     * text): a row too wide for its page then wraps where it is a {@link WrapRow} or FlowPane. Check boxes and
     * radio buttons are left to wrap their sentence instead (casefile.css).
     */
    public static void keepButtonsWhole(Node root) {
        walk(root, node -> {
            if (node instanceof ButtonBase button && !(node instanceof CheckBox)
                    && !(node instanceof RadioButton)
                    && button.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
    }

    /**
     * A choice box is never narrower than the longest word of the value it shows, and wraps the value between
     * words when it is given less than its whole width ({@link WrappingChoiceSkin}): "Stalking protec…" cannot be
     * read, least of all at 200 % text. A width written in the FXML stays its preferred width when the value is
     * shorter. Also for choice boxes a controller builds, which call this itself.
     */
    public static void keepChoiceWhole(ChoiceBox<?> box) {
        if (box.getProperties().putIfAbsent(CHOICE_KEPT, Boolean.TRUE) != null) {
            return;
        }
        double designed = Math.max(0, box.getPrefWidth());
        box.setPrefWidth(Region.USE_COMPUTED_SIZE);
        box.setSkin(new WrappingChoiceSkin<>(box, designed));
    }

    private static final String CHOICE_KEPT = "casefile.choiceKeptWhole";

    /**
     * A scroll pane around a page that used to stand on its own (so that large text can scroll it) draws its text
     * as before: the skin caches the viewport as a bitmap, which softens text drawn through it.
     */
    public static void drawTextDirectly(ScrollPane pane) {
        Runnable uncache = () -> {
            Node viewport = pane.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        };
        pane.skinProperty().addListener((obs, old, skin) -> uncache.run());
        uncache.run();
    }

    /** Every node of a view as loaded, including what sits inside scroll panes, tabs, titled and split panes. */
    public static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            walk(scroll.getContent(), visit);
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            walk(titled.getContent(), visit);
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(java.util.Objects::nonNull).forEach(c -> walk(c, visit));
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> walk(item, visit));
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, visit));
        }
        if (node instanceof Labeled labeled && labeled.getGraphic() != null) {
            walk(labeled.getGraphic(), visit);
        }
    }
}
