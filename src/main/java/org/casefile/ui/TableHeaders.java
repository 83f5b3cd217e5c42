package org.casefile.ui;

import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;

/**
 * Table column headers that wrap instead of being cut short. {@link Views#load} applies it to every table of a
 * screen; casefile.css styles the header's label ({@code wrapping-header}, {@code column-header-text}).
 */
public final class TableHeaders {
    /** Casefile's normal text size (the 100 % of the text size setting). */
    private static final double NORMAL_TEXT_PX = 14;
    /** The sort arrow and its gap, beside a sorting column's header text. */
    private static final double SORT_ARROW = 20;
    /** A table property: a refit is already on its way (and whether it resets the widths). */
    private static final String REFIT = "casefile.refitColumns";

    private TableHeaders() {
    }

    /**
     * Column headers wrap onto more lines instead of being cut short ("Dat…" at 200 % text), and a column is never
     * narrower than the longest word of its header (with room for the sort arrow while it sorts the table).
     * JavaFX sizes a header's height from its label's one-line height, so the header shows a wrapping label of its
     * own as its graphic; the column's text stays the same (screen readers and sorting use it). A table whose
     * columns cannot all fit then scrolls sideways.
     */
    public static void wrap(TableView<?> table) {
        table.getColumns().forEach(column -> wrapHeader(table, column));
    }

    private static void wrapHeader(TableView<?> table, TableColumnBase<?, ?> column) {
        if (!column.getColumns().isEmpty()) {
            column.getColumns().forEach(c -> wrapHeader(table, c));
            return;
        }
        if (column.getGraphic() != null || column.getText() == null || column.getText().isBlank()) {
            return;
        }
        double ownMin = column.getMinWidth();
        HeaderLabel label = new HeaderLabel(column);
        label.textProperty().bind(column.textProperty());
        Consumer<Boolean> fit = textChanged -> {
            // A minimum written in the FXML keeps a value whole at normal text size; at larger sizes it no longer
            // does (the value has grown too), and the header's words decide, so the table can still fit its page.
            double words = Wrapping.longestWord(label.getText(), label.getFont()) + label.getPadding().getLeft()
                    + label.getPadding().getRight() + 2;
            double min = Math.max(label.getFont().getSize() > NORMAL_TEXT_PX ? 0 : ownMin,
                    words + (table.getSortOrder().contains(column) ? SORT_ARROW : 0));
            if (min != column.getMinWidth()) {
                column.setMinWidth(min);
                refitSoon(table, textChanged);
            }
        };
        label.fontProperty().addListener((obs, old, now) -> fit.accept(true));
        label.paddingProperty().addListener((obs, old, now) -> fit.accept(true));
        label.textProperty().addListener((obs, old, now) -> fit.accept(true));
        table.getSortOrder().addListener((ListChangeListener<Object>) change -> fit.accept(false));
        fit.accept(false);
        column.setGraphic(label);
        column.getStyleClass().add("wrapping-header");
    }

    /**
     * A constrained table shares its width again, once for all its columns, as it does when the table is resized.
     * After a change of text size the columns first go back to their designed widths, so a table that was squeezed
     * at 200 % does not stay squeezed at 100 %.
     */
    private static void refitSoon(TableView<?> table, boolean designedWidths) {
        Map<Object, Object> properties = table.getProperties();
        boolean pending = properties.containsKey(REFIT);
        properties.merge(REFIT, designedWidths, (a, b) -> (Boolean) a || (Boolean) b);
        if (!pending) {
            Platform.runLater(() -> refit(table, (Boolean) properties.remove(REFIT)));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void refit(TableView table, boolean designedWidths) {
        if (designedWidths) {
            for (Object leaf : table.getVisibleLeafColumns()) {
                TableColumnBase<?, ?> column = (TableColumnBase<?, ?>) leaf;
                double pref = column.getPrefWidth();
                column.setPrefWidth(pref + 1); // setting the preferred width sets the width
                column.setPrefWidth(pref);
            }
        }
        if (table.getWidth() > 0 && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures(table, null, 0.0));
        }
    }

    /** A header's text, wrapped to the column's width; its preferred height counts every line. */
    private static final class HeaderLabel extends Label {
        private final TableColumnBase<?, ?> column;

        HeaderLabel(TableColumnBase<?, ?> column) {
            this.column = column;
            setWrapText(true);
            getStyleClass().add("column-header-text");
            // The header asks for its height before it lays this label out at the column's new width.
            column.widthProperty().addListener((obs, old, now) -> requestLayout());
            widthProperty().addListener((obs, old, now) -> {
                if (getParent() != null) {
                    getParent().requestLayout();
                }
            });
        }

        @Override
        protected double computePrefHeight(double width) {
            double wrap = width >= 0 ? width : getWidth() > 0 ? getWidth() : column.getWidth();
            return super.computePrefHeight(Math.max(wrap, 1));
        }
    }
}
