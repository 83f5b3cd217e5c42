package org.casefile.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * A grid of fields in equal shares of a row (four dates side by side, each name above its field) that folds to
 * two shares a row when a share would be narrower than {@code minEm} em, as at 200 % text: a date field a quarter
 * of the row wide showed "13/11/202", and "Date (day/month/year)" broke inside its last word. The grid's rows of
 * names and fields are repeated below for the shares that move; it unfolds when there is room again.
 */
public final class FoldingGrid {
    private static final String AT = "casefile.foldingGridAt";
    private static final double NORMAL_TEXT_PX = 14;

    private FoldingGrid() {
    }

    /** Folds the grid (its columns given as percentages) to two shares a row whenever a share is below minEm. */
    public static void install(GridPane grid, double minEm) {
        List<ColumnConstraints> designed = new ArrayList<>(grid.getColumnConstraints());
        int columns = designed.size();
        if (columns <= 2) {
            return;
        }
        int rows = 0;
        for (Node child : grid.getChildren()) {
            int row = index(GridPane.getRowIndex(child));
            child.getProperties().put(AT, new int[] {row, index(GridPane.getColumnIndex(child))});
            rows = Math.max(rows, row + 1);
        }
        int designedRows = rows;
        boolean[] folded = {false};
        Runnable fit = () -> {
            double em = fontSize(grid);
            double share = (grid.getWidth() - grid.snappedLeftInset() - grid.snappedRightInset()
                    - grid.getHgap() * (columns - 1)) / columns;
            boolean fold = grid.getWidth() > 0 && share < minEm * em;
            if (fold == folded[0]) {
                return;
            }
            folded[0] = fold;
            for (Node child : grid.getChildren()) {
                if (child.getProperties().get(AT) instanceof int[] at) {
                    GridPane.setRowIndex(child, fold ? at[0] + designedRows * (at[1] / 2) : at[0]);
                    GridPane.setColumnIndex(child, fold ? at[1] % 2 : at[1]);
                }
            }
            if (fold) {
                ColumnConstraints half = new ColumnConstraints();
                half.setPercentWidth(50);
                ColumnConstraints other = new ColumnConstraints();
                other.setPercentWidth(50);
                grid.getColumnConstraints().setAll(half, other);
            } else {
                grid.getColumnConstraints().setAll(designed);
            }
        };
        grid.widthProperty().addListener((obs, old, now) -> fit.run());
        for (Node child : grid.getChildren()) {
            if (child instanceof Labeled labeled) {
                labeled.fontProperty().addListener((obs, old, now) -> fit.run());
            }
        }
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }

    /** The text size in force: the font of the grid's first label. */
    private static double fontSize(GridPane grid) {
        for (Node child : grid.getChildren()) {
            if (child instanceof Labeled labeled) {
                return labeled.getFont().getSize();
            }
        }
        return NORMAL_TEXT_PX;
    }
}
