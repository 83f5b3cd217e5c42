package org.casefile.ui;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.scene.layout.Region;

/**
 * A choice box whose shown value wraps between words when the box is given less than its whole width, instead of
 * being cut short ("SPO, Northbridge Magistr…" at 200 % text). It prefers the width it had before (the FXML's,
 * or the skin's own), or its value on one line if that is wider, and is never narrower than the value's longest
 * word; it grows as tall as the lines need. {@link Views#load} gives every choice box this skin.
 */
public final class WrappingChoiceSkin<T> extends ChoiceBoxSkin<T> {
    private final double designedWidth;
    private final Label label;
    private final Region arrow;

    /** @param designedWidth the preferred width written for the box (0 when none) */
    public WrappingChoiceSkin(ChoiceBox<T> box, double designedWidth) {
        super(box);
        this.designedWidth = designedWidth;
        Label shown = null;
        Region button = null;
        for (Node child : getChildren()) {
            if (child instanceof Label l && shown == null) {
                shown = l;
            } else if (child instanceof Region r && child.getStyleClass().contains("open-button")) {
                button = r;
            }
        }
        label = shown;
        arrow = button;
        if (label != null) {
            label.setWrapText(true);
        }
        // The box's height follows its width: lay it out again at a new width (its parent asks with no width).
        box.widthProperty().addListener((obs, old, now) -> box.requestLayout());
    }

    private double arrowWidth() {
        return arrow == null ? 0 : arrow.prefWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset,
                                     double leftInset) {
        if (label == null) {
            return super.computeMinWidth(height, topInset, rightInset, bottomInset, leftInset);
        }
        return Math.ceil(leftInset + Wrapping.longestWord(label.getText(), label.getFont())
                + label.snappedLeftInset() + label.snappedRightInset() + arrowWidth() + rightInset) + 1;
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        if (label == null) {
            return super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
        }
        double text = leftInset + Wrapping.width(label.getText(), label.getFont()) + label.snappedLeftInset()
                + label.snappedRightInset() + arrowWidth() + rightInset + 1;
        // As wide as before (the width written for it, or the skin's own: its widest item once the list has shown),
        // and never less than the shown value on one line.
        double before = designedWidth > 0 ? designedWidth
                : super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
        return Math.max(before, Math.ceil(text));
    }

    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset, double bottomInset,
                                       double leftInset) {
        double oneLine = super.computePrefHeight(width, topInset, rightInset, bottomInset, leftInset);
        double w = width >= 0 ? width : getSkinnable().getWidth();
        if (label == null || w <= 0) {
            return oneLine;
        }
        return Math.max(oneLine, topInset + label.prefHeight(w - leftInset - rightInset) + bottomInset);
    }

    @Override
    protected double computeMinHeight(double width, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        return computePrefHeight(width, topInset, rightInset, bottomInset, leftInset);
    }
}
