package org.casefile.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/** Shared table behaviour for the record lists. */
public final class Tables {
    private Tables() {
    }

    /** Enter on the selected row, or a double click on a row, opens it. Empty rows do nothing. */
    public static <T> void opensRows(TableView<T> table, Consumer<T> open) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                e.consume();
            }
        });
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() != 2) {
                return;
            }
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != table; n = n.getParent()) {
                if (n instanceof TableRow<?> row) {
                    if (!row.isEmpty() && row.getItem() != null) {
                        open.accept(table.getItems().get(row.getIndex()));
                    }
                    return;
                }
            }
        });
    }
}
