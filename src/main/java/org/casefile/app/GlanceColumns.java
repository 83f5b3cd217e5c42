package org.casefile.app;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * The dashboard's four sections two by two when the page is wide enough, else one under another, each list at a
 * readable height, and the page scrolls: a narrow window, or large text (at 200 % two columns of help text wrap to
 * a few words a line and leave the lists no room).
 */
final class GlanceColumns {
    /** Two columns need about 25 em each. */
    static final double TWO_COLUMNS_EM = 50;

    private GlanceColumns() {
    }

    /** {@code text} is any label in normal text, whose font says how wide an em is now. */
    static void install(GridPane grid, Labeled text, List<Node> sections) {
        Runnable arrange = () -> arrange(grid, sections, grid.getWidth() > 0
                && grid.getWidth() < TWO_COLUMNS_EM * text.getFont().getSize());
        grid.widthProperty().addListener((obs, old, now) -> arrange.run());
        text.fontProperty().addListener((obs, old, now) -> arrange.run());
        arrange.run();
    }

    private static void arrange(GridPane grid, List<Node> sections, boolean oneColumn) {
        if (grid.getStyleClass().contains("one-column") == oneColumn && !grid.getColumnConstraints().isEmpty()) {
            return;
        }
        if (oneColumn) {
            grid.getStyleClass().add("one-column");
        } else {
            grid.getStyleClass().remove("one-column");
        }
        int columns = oneColumn ? 1 : 2;
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        int rows = sections.size() / columns;
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            if (!oneColumn) {
                row.setPercentHeight(100.0 / rows);
            }
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < sections.size(); i++) {
            GridPane.setConstraints(sections.get(i), i % columns, i / columns);
        }
    }
}
