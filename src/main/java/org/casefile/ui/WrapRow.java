package org.casefile.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * A row that is an {@link HBox} while its children fit side by side, and wraps onto further lines when they do not
 * (a narrow window, or 200 % text). Within a line it behaves as an HBox: children take their preferred widths, the
 * ones with {@code HBox.hgrow} share what is left (a {@code Region} with {@code HBox.hgrow="ALWAYS"} pushes what
 * follows to the right end), and children fill the line's height up to their maximum, aligned by
 * {@link #alignmentProperty()}. A child wider than a whole line gets the line's width, so a label with
 * {@code wrapText} wraps there rather than being cut short.
 */
public class WrapRow extends Pane {
    private final DoubleProperty spacing = new SimpleDoubleProperty(this, "spacing") {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };
    private final DoubleProperty lineSpacing = new SimpleDoubleProperty(this, "lineSpacing", 6) {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };
    private final ObjectProperty<Pos> alignment = new SimpleObjectProperty<>(this, "alignment", Pos.TOP_LEFT) {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

    public WrapRow() {
    }

    public WrapRow(double spacing, Node... children) {
        setSpacing(spacing);
        getChildren().addAll(children);
    }

    public final DoubleProperty spacingProperty() {
        return spacing;
    }

    public final double getSpacing() {
        return spacing.get();
    }

    public final void setSpacing(double value) {
        spacing.set(value);
    }

    /** The gap between lines once the row wraps. */
    public final DoubleProperty lineSpacingProperty() {
        return lineSpacing;
    }

    public final double getLineSpacing() {
        return lineSpacing.get();
    }

    public final void setLineSpacing(double value) {
        lineSpacing.set(value);
    }

    public final ObjectProperty<Pos> alignmentProperty() {
        return alignment;
    }

    public final Pos getAlignment() {
        return alignment.get() == null ? Pos.TOP_LEFT : alignment.get();
    }

    public final void setAlignment(Pos value) {
        alignment.set(value);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private List<Node> managed() {
        return getManagedChildren();
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node child : managed()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> children = managed();
        double sum = 0;
        for (Node child : children) {
            sum += child.prefWidth(-1);
        }
        return snappedLeftInset() + sum + Math.max(0, children.size() - 1) * snapSpaceX(getSpacing())
                + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inside = width < 0 ? computePrefWidth(-1) - snappedLeftInset() - snappedRightInset()
                : width - snappedLeftInset() - snappedRightInset();
        List<Line> lines = lines(inside);
        double height = 0;
        for (Line line : lines) {
            height += line.height;
        }
        return snappedTopInset() + height + Math.max(0, lines.size() - 1) * snapSpaceY(getLineSpacing())
                + snappedBottomInset();
    }

    /** A row keeps every line it needs: a parent short of room must not squash it into cut text. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double inside = getWidth() - snappedLeftInset() - snappedRightInset();
        double y = snappedTopInset();
        Pos pos = getAlignment();
        for (Line line : lines(inside)) {
            double x = snappedLeftInset();
            double used = line.width;
            if (used < inside && line.growing == 0) {
                x += switch (pos.getHpos()) {
                    case CENTER -> (inside - used) / 2;
                    case RIGHT -> inside - used;
                    default -> 0;
                };
            }
            for (int i = 0; i < line.nodes.size(); i++) {
                Node child = line.nodes.get(i);
                double w = line.widths[i];
                layoutInArea(child, x, y, w, line.height, 0, Insets.EMPTY, true, true, HPos.LEFT,
                        pos.getVpos() == VPos.BASELINE ? VPos.CENTER : pos.getVpos());
                x += w + snapSpaceX(getSpacing());
            }
            y += line.height + snapSpaceY(getLineSpacing());
        }
    }

    private static final class Line {
        final List<Node> nodes = new ArrayList<>();
        double[] widths;
        double width;
        double height;
        int growing;
    }

    /** Fills lines greedily at preferred widths, then gives each line's spare width to the children that grow. */
    private List<Line> lines(double inside) {
        double gap = snapSpaceX(getSpacing());
        List<Line> lines = new ArrayList<>();
        Line line = new Line();
        double used = 0;
        for (Node child : managed()) {
            double w = snapSizeX(Math.max(child.minWidth(-1), child.prefWidth(-1)));
            if (!line.nodes.isEmpty() && used + gap + w > inside) {
                lines.add(line);
                line = new Line();
                used = 0;
            }
            used += (line.nodes.isEmpty() ? 0 : gap) + w;
            line.nodes.add(child);
        }
        if (!line.nodes.isEmpty()) {
            lines.add(line);
        }
        for (Line l : lines) {
            size(l, inside, gap);
        }
        return lines;
    }

    private void size(Line line, double inside, double gap) {
        int n = line.nodes.size();
        line.widths = new double[n];
        double sum = gap * (n - 1);
        for (int i = 0; i < n; i++) {
            Node child = line.nodes.get(i);
            double pref = child.prefWidth(-1);
            // A child alone on a line wider than the line gets the line (down to its minimum): labels wrap there.
            line.widths[i] = snapSizeX(Math.max(child.minWidth(-1), n == 1 ? Math.min(pref, inside) : pref));
            sum += line.widths[i];
            if (HBox.getHgrow(child) == Priority.ALWAYS || HBox.getHgrow(child) == Priority.SOMETIMES) {
                line.growing++;
            }
        }
        double spare = inside - sum;
        if (spare > 0 && line.growing > 0) {
            for (int i = 0; i < n; i++) {
                Node child = line.nodes.get(i);
                Priority grow = HBox.getHgrow(child);
                if (grow == Priority.ALWAYS || grow == Priority.SOMETIMES) {
                    double extra = Math.min(Math.floor(spare / line.growing), child.maxWidth(-1) - line.widths[i]);
                    line.widths[i] += Math.max(0, extra);
                }
            }
            sum = gap * (n - 1);
            for (double w : line.widths) {
                sum += w;
            }
        }
        line.width = sum;
        double height = 0;
        for (int i = 0; i < n; i++) {
            height = Math.max(height, line.nodes.get(i).prefHeight(line.widths[i]));
        }
        line.height = height;
    }
}
