package org.casefile.ui;

import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.skin.VirtualFlow;
import javafx.util.Callback;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;

/**
 * Table column headers that wrap instead of being cut short. {@link Views#load} applies it to every table of a
 * screen; casefile.css styles the header's label ({@code wrapping-header}, {@code column-header-text}).
 */
public final class TableHeaders {
    /** Casefile's normal text size (the 100 % of the text size setting). */
    private static final double NORMAL_TEXT_PX = 14;
    /** Room beyond a header's longest word, in em: bold glyphs may lean past the measured word at large sizes. */
    private static final double WORD_SLACK_EM = 0.3;
    /** The sort arrow and its gap, beside a sorting column's header text. */
    private static final double SORT_ARROW = 20;
    /** A table property: a refit is already on its way (and whether it resets the widths). */
    private static final String REFIT = "casefile.refitColumns";
    /** A table property: its headers are wrapped and its values watched already. */
    private static final String WRAPPED = "casefile.headersWrapped";
    /** A column property: how to fit its minimum width again. */
    private static final String FIT = "casefile.fitColumn";
    /** A table property: the column resize policy it was designed with. */
    private static final String POLICY = "casefile.designedPolicy";
    /** In a table that scrolls sideways, free text is this many em wide (or its designed width, if less). */
    private static final double FREE_TEXT_EM = 14;

    private TableHeaders() {
    }

    /**
     * Column headers wrap onto more lines instead of being cut short ("Dat…" at 200 % text), and a column is never
     * narrower than the longest word of its header (with room for the sort arrow while it sorts the table).
     * JavaFX sizes a header's height from its label's one-line height, so the header shows a wrapping label of its
     * own as its graphic; the column's text stays the same (screen readers and sorting use it). A column is also
     * never narrower than the values it shows ({@link ColumnValues}). A table whose columns cannot all fit then
     * scrolls sideways.
     *
     * <p>A table is wrapped once: a view that loads another in its controller (Settings loads Accounts, the audit
     * log and the retention review) reaches the inner view's tables a second time. Wrapping again would take the
     * header label for a graphic of the controller's and fit the column to its values alone, narrower than its
     * header's longest word ("Usernam / e" at 200 %).
     */
    public static void wrap(TableView<?> table) {
        if (table.getProperties().putIfAbsent(WRAPPED, Boolean.TRUE) != null) {
            return;
        }
        table.getColumns().forEach(column -> wrapHeader(table, column));
        ColumnValues.watch(table);
        // A wider or narrower window may let the columns share the width again, or no longer.
        table.widthProperty().addListener((obs, old, now) -> refitSoon(table, false));
    }

    private static void wrapHeader(TableView<?> table, TableColumnBase<?, ?> column) {
        if (!column.getColumns().isEmpty()) {
            column.getColumns().forEach(c -> wrapHeader(table, c));
            return;
        }
        double ownMin = column.getMinWidth();
        if (column.getStyleClass().contains(ColumnValues.FREE_TEXT)) {
            ColumnValues.wrapFreeText(column);
        }
        if (column.getGraphic() != null || column.getText() == null || column.getText().isBlank()) {
            // No header of ours to fit: the column's own minimum and its values decide.
            Consumer<Boolean> fit = textChanged -> {
                double min = Math.max(ownMin, ColumnValues.need(column));
                if (min != column.getMinWidth()) {
                    column.setMinWidth(min);
                    refitSoon(table, textChanged);
                }
            };
            column.getProperties().put(FIT, fit);
            return;
        }
        HeaderLabel label = new HeaderLabel(column);
        label.textProperty().bind(column.textProperty());
        Consumer<Boolean> fit = textChanged -> {
            // A minimum written in the FXML keeps a value whole at normal text size; at larger sizes it no longer
            // does (the value has grown too), and the header's words and the values measured in the rows decide.
            double words = Wrapping.longestWord(label.getText(), label.getFont()) + label.getPadding().getLeft()
                    + label.getPadding().getRight() + label.headerInsets()
                    + Math.max(2, label.getFont().getSize() * WORD_SLACK_EM);
            double min = Math.max(label.getFont().getSize() > NORMAL_TEXT_PX ? 0 : ownMin,
                    words + (table.getSortOrder().contains(column) ? SORT_ARROW : 0));
            min = Math.max(min, ColumnValues.need(column));
            if (min != column.getMinWidth()) {
                column.setMinWidth(min);
                refitSoon(table, textChanged);
            }
        };
        column.getProperties().put(FIT, fit);
        label.fontProperty().addListener((obs, old, now) -> {
            // The values grew or shrank with the text: measure them again from nothing.
            ColumnValues.forget(table);
            fit.accept(true);
        });
        label.paddingProperty().addListener((obs, old, now) -> fit.accept(true));
        label.textProperty().addListener((obs, old, now) -> fit.accept(true));
        table.getSortOrder().addListener((ListChangeListener<Object>) change -> fit.accept(false));
        fit.accept(false);
        column.setGraphic(label);
        column.getStyleClass().add("wrapping-header");
    }

    /** Fits the column's minimum again (its header's words, its values) after its values were measured. */
    @SuppressWarnings("unchecked")
    static void refitColumn(TableColumnBase<?, ?> column) {
        Object fit = column.getProperties().get(FIT);
        if (fit instanceof Consumer<?> consumer) {
            ((Consumer<Boolean>) consumer).accept(false);
        }
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
        Callback designed = (Callback) table.getProperties().computeIfAbsent(POLICY,
                k -> table.getColumnResizePolicy());
        if (table.getWidth() <= 0 || designed == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return;
        }
        share(table, designed);
        relayHeaders(table);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void share(TableView table, Callback designed) {
        double needed = 0;
        for (Object leaf : table.getVisibleLeafColumns()) {
            needed += ((TableColumnBase<?, ?>) leaf).getMinWidth();
        }
        if (needed > room(table) + 0.5) {
            // The columns' minimums do not fit: a constrained table would squeeze them (and shows no scroll bar),
            // so the table scrolls sideways, each column at its minimum and free text a little wider.
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            for (Object leaf : table.getVisibleLeafColumns()) {
                TableColumn<?, ?> column = (TableColumn<?, ?>) leaf;
                double width = column.getMinWidth();
                if (column.getStyleClass().contains(ColumnValues.FREE_TEXT)) {
                    width = Math.max(width, Math.min(column.getPrefWidth(), FREE_TEXT_EM * fontSize(column)));
                }
                table.resizeColumn(column, width - column.getWidth());
            }
        } else {
            if (table.getColumnResizePolicy() != designed) {
                table.setColumnResizePolicy(designed);
            }
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures(table, null, 0.0));
            for (Object leaf : table.getVisibleLeafColumns()) {
                TableColumnBase<?, ?> column = (TableColumnBase<?, ?>) leaf;
                if (column.getWidth() < column.getMinWidth() - 0.5) {
                    // The policy shared the width but squeezed a column below its minimum (it does when the
                    // minimums only just fit): scroll sideways instead.
                    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
                    for (Object other : table.getVisibleLeafColumns()) {
                        TableColumnBase<?, ?> c = (TableColumnBase<?, ?>) other;
                        if (c.getWidth() < c.getMinWidth()) {
                            table.resizeColumn((TableColumn) c, c.getMinWidth() - c.getWidth());
                        }
                    }
                    break;
                }
            }
        }
    }

    /**
     * Headers laid out again at their columns' new widths: a header resized outside the table's layout pass may
     * otherwise keep wrapping its text at the old width.
     */
    private static void relayHeaders(TableView<?> table) {
        for (Node header : table.lookupAll(".column-header")) {
            if (header instanceof javafx.scene.Parent parent) {
                parent.requestLayout();
                parent.getChildrenUnmodifiable().forEach(child -> {
                    if (child instanceof Label label && label.getGraphic() instanceof HeaderLabel text) {
                        label.requestLayout();
                        text.requestLayout();
                    }
                });
            }
        }
    }

    /** The width the table's columns share: inside its border, beside its vertical scroll bar when it shows. */
    private static double room(TableView<?> table) {
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.VERTICAL
                    && scrollBar.isVisible() && scrollBar.getParent() instanceof VirtualFlow<?> flow
                    && flow.getParent() == table) {
                room -= scrollBar.getWidth();
            }
        }
        return room;
    }

    private static double fontSize(TableColumnBase<?, ?> column) {
        return column.getGraphic() instanceof Label label ? label.getFont().getSize() : NORMAL_TEXT_PX;
    }

    /** A header's text, wrapped to the column's width; its preferred height counts every line. */
    private static final class HeaderLabel extends Label {
        private final TableColumnBase<?, ?> column;

        HeaderLabel(TableColumnBase<?, ?> column) {
            this.column = column;
            setWrapText(true);
            getStyleClass().add("column-header-text");
            // The header asks for its height before it lays this label out at the column's new width.
            // A column resized during the table's layout would not lay its header out again: ask once more after.
            column.widthProperty().addListener((obs, old, now) -> {
                requestLayout();
                Platform.runLater(this::requestLayout);
            });
            widthProperty().addListener((obs, old, now) -> {
                if (getParent() != null) {
                    getParent().requestLayout();
                }
            });
        }

        @Override
        protected double computePrefHeight(double width) {
            // Its own width may still be the one before the column was resized; the column's is the new one.
            double wrap = width >= 0 ? width : column.getWidth() - headerInsets();
            return super.computePrefHeight(Math.max(wrap, 1));
        }

        /** The room the column's header takes around this label (its padding and the header label's). */
        double headerInsets() {
            double insets = 0;
            for (Node n = getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.layout.Region region) {
                    insets += region.snappedLeftInset() + region.snappedRightInset();
                }
                if (n.getStyleClass().contains("column-header")) {
                    return insets;
                }
            }
            return 0;
        }
    }
}
