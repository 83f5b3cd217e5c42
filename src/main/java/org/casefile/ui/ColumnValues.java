package org.casefile.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * A table's columns are at least as wide as the values in sight in its rows, so a reference, a name or a risk
 * level is never cut short ("C-2026-…", "Not ass…"), least of all at 200 % text. A table whose columns then do not
 * all fit scrolls sideways instead of squeezing them.
 *
 * <p>After a layout in which rows came to show other items, the cells in sight are measured: a value on one line
 * needs its whole width, a value that wraps (free text, chips in a flow) needs its longest word or chip. The
 * widest need of each column becomes part of its minimum ({@link TableHeaders}). While the same items are shown
 * the minimum only grows, so scrolling down does not make columns jump back and forth; new items or another text
 * size measure afresh.
 *
 * <p>A column with the style class {@value #FREE_TEXT} (a description, a note, a reason) shows its values wrapped
 * between words, and its rows grow to show every line: such text is too long to fit on one line at any size.
 */
public final class ColumnValues {
    /** Style class of a column of free text, whose values wrap. */
    public static final String FREE_TEXT = "free-text";
    /** A column property: the widest value measured in it (Double). */
    private static final String NEED = "casefile.valueWidth";
    /** A table property: the next measurement starts afresh (its items changed). */
    private static final String AFRESH = "casefile.measureAfresh";
    /** A table property: rows changed, measure after the next layout. */
    private static final String DIRTY = "casefile.measureValues";
    /** A row factory property: it is ours, wrapping the controller's. */
    private static final String OURS = "casefile.measuringRows";

    private ColumnValues() {
    }

    /** The widest value measured in the column, 0 before any. */
    static double need(TableColumnBase<?, ?> column) {
        return column.getProperties().get(NEED) instanceof Double d ? d : 0;
    }

    /** Forgets the values measured (the text size changed) and measures again after the next layout. */
    static void forget(TableView<?> table) {
        leaves(table).forEach(c -> c.getProperties().remove(NEED));
        measureSoon(table);
    }

    /** Measures the table's rows whenever they come to show other items, and after its items change. */
    static <S> void watch(TableView<S> table) {
        measureRows(table);
        table.rowFactoryProperty().addListener((obs, old, now) -> measureRows(table));
        ListChangeListener<S> itemsChanged = change -> {
            table.getProperties().put(AFRESH, true);
            measureSoon(table);
        };
        table.getItems().addListener(itemsChanged);
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(itemsChanged);
            }
            if (now != null) {
                now.addListener(itemsChanged);
            }
            table.getProperties().put(AFRESH, true);
            measureSoon(table);
        });
        Runnable afterLayout = () -> {
            if (table.getProperties().remove(DIRTY) != null) {
                measure(table);
            }
        };
        table.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
                measureSoon(table);
            }
        });
        if (table.getScene() != null) {
            table.getScene().addPostLayoutPulseListener(afterLayout);
        }
        measureSoon(table);
    }

    /** Rows built by the table's row factory (the controller's, or the default) report when they change item. */
    private static <S> void measureRows(TableView<S> table) {
        Callback<TableView<S>, TableRow<S>> given = table.getRowFactory();
        if (given != null && table.getProperties().get(OURS) == given) {
            return;
        }
        Callback<TableView<S>, TableRow<S>> ours = t -> {
            TableRow<S> row = given == null ? new TableRow<>() : given.call(t);
            row.itemProperty().addListener((obs, old, now) -> measureSoon(table));
            row.indexProperty().addListener((obs, old, now) -> measureSoon(table));
            return row;
        };
        table.getProperties().put(OURS, ours);
        table.setRowFactory(ours);
    }

    private static void measureSoon(TableView<?> table) {
        table.getProperties().put(DIRTY, true);
        Scene scene = table.getScene();
        if (scene != null) {
            Platform.requestNextPulse();
        }
    }

    /** The cells in sight, measured; a column whose values need more room gets it. */
    private static void measure(TableView<?> table) {
        boolean afresh = table.getProperties().remove(AFRESH) != null;
        Map<TableColumnBase<?, ?>, Double> widest = new HashMap<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (!(node instanceof TableRow<?> row) || row.getTableView() != table || row.isEmpty()
                    || row.getItem() == null || !row.isVisible()) {
                continue;
            }
            for (Node child : row.getChildrenUnmodifiable()) {
                if (child instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()
                        && cell.getTableColumn() != null) {
                    widest.merge(cell.getTableColumn(), Math.ceil(need(cell)), Math::max);
                }
            }
        }
        for (TableColumnBase<?, ?> column : leaves(table)) {
            double measured = widest.getOrDefault(column, 0.0);
            double before = need(column);
            double now = afresh ? measured : Math.max(before, measured);
            if (Math.abs(now - before) > 0.5) {
                column.getProperties().put(NEED, now);
                TableHeaders.refitColumn(column);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<TableColumnBase<?, ?>> leaves(TableView<?> table) {
        return (List<TableColumnBase<?, ?>>) (List<?>) table.getVisibleLeafColumns();
    }

    /**
     * The width a node needs to show its content whole: text on one line needs all of it, text that wraps its
     * longest word, a flow of chips its widest chip.
     */
    static double need(Node node) {
        if (node instanceof Labeled labeled) {
            String text = labeled.getText();
            double words = 0;
            if (text != null && !text.isEmpty() && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                words = labeled.isWrapText() ? Wrapping.longestWord(text, labeled.getFont())
                        : Wrapping.width(text, labeled.getFont());
            }
            Node graphic = labeled.getGraphic();
            double content = words;
            if (graphic != null && graphic.isManaged() && labeled.getContentDisplay() != ContentDisplay.TEXT_ONLY) {
                double shown = need(graphic);
                boolean beside = labeled.getContentDisplay() == ContentDisplay.LEFT
                        || labeled.getContentDisplay() == ContentDisplay.RIGHT;
                content = beside && words > 0 ? words + labeled.getGraphicTextGap() + shown : Math.max(words, shown);
            }
            return content + labeled.snappedLeftInset() + labeled.snappedRightInset() + 1;
        }
        if (node instanceof Text text) {
            return text.getWrappingWidth() > 0 ? Wrapping.longestWord(text.getText(), text.getFont())
                    : Wrapping.width(text.getText(), text.getFont());
        }
        if (node instanceof FlowPane flow && flow.getOrientation() == Orientation.HORIZONTAL) {
            double widest = 0;
            for (Node child : flow.getChildren()) {
                if (child.isManaged()) {
                    widest = Math.max(widest, need(child));
                }
            }
            return widest + flow.snappedLeftInset() + flow.snappedRightInset();
        }
        return node.prefWidth(-1);
    }

    /**
     * A free-text column that shows its values as plain text shows them wrapped between words instead, in rows
     * that grow to hold every line. A column with a cell of its own keeps it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void wrapFreeText(TableColumnBase<?, ?> column) {
        if (column instanceof TableColumn tableColumn && tableColumn.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY) {
            tableColumn.setCellFactory(c -> new WrappingCell<>());
        }
    }

    /** Text wrapped between words to its column's width; the row is as tall as its lines. */
    public static class WrappingCell<S, T> extends TableCell<S, T> {
        public WrappingCell() {
            setWrapText(true);
            // The row asks for its height before this cell is laid out at the column's new width.
            tableColumnProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    now.widthProperty().addListener((o, was, width) -> requestLayout());
                }
            });
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
            setGraphic(null);
        }

        @Override
        protected double computePrefHeight(double width) {
            double wrap = width >= 0 ? width : getTableColumn() != null ? getTableColumn().getWidth() : getWidth();
            return super.computePrefHeight(wrap > 0 ? wrap : -1);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
