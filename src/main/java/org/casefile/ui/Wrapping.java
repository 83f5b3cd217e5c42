package org.casefile.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Text that wraps at spaces, never inside a word ("Dashboar / d"), when its row is short of room. */
public final class Wrapping {
    private Wrapping() {
    }

    /**
     * The label wraps, and never gets narrower than its longest word (with its padding and graphic), so a row
     * short of room breaks it between words.
     */
    public static void keepWords(Labeled label) {
        label.setWrapText(true);
        Runnable fit = () -> {
            double graphic = label.getGraphic() == null || label.getContentDisplay() == ContentDisplay.TOP
                    || label.getContentDisplay() == ContentDisplay.BOTTOM ? 0
                    : label.getGraphic().prefWidth(-1) + label.getGraphicTextGap();
            label.setMinWidth(Math.ceil(longestWord(label.getText(), label.getFont()) + graphic
                    + label.getPadding().getLeft() + label.getPadding().getRight()) + 1);
        };
        label.textProperty().addListener((obs, old, now) -> fit.run());
        label.fontProperty().addListener((obs, old, now) -> fit.run());
        label.paddingProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
    }

    /**
     * The field prefers the width of its whole prompt (the grey hint shown while it is empty), so a {@link WrapRow}
     * moves what follows onto the next line rather than cutting the hint short at large text sizes.
     */
    public static void fitPrompt(TextField field) {
        Runnable fit = () -> field.setPrefWidth(width(field.getPromptText(), field.getFont())
                + field.getPadding().getLeft() + field.getPadding().getRight() + 2);
        field.promptTextProperty().addListener((obs, old, now) -> fit.run());
        field.fontProperty().addListener((obs, old, now) -> fit.run());
        field.paddingProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
    }

    /** The width of the text on one line in that font. */
    public static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    /** The width of the widest word of the text in that font. */
    public static double longestWord(String text, Font font) {
        if (text == null) {
            return 0;
        }
        double widest = 0;
        Text measure = new Text();
        measure.setFont(font);
        for (String word : text.split("\\s+")) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }
}
