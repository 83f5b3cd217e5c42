package org.casefile.client;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.casefile.Messages;
import org.casefile.risk.RiskLevel;

/** A risk level as a coloured chip, so high risk stands out in a long list. */
public final class RiskCell<S> extends TableCell<S, RiskLevel> {
    @Override
    protected void updateItem(RiskLevel level, boolean empty) {
        super.updateItem(level, empty);
        if (empty || level == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        setGraphic(chip(level));
        setText(null);
    }

    public static Label chip(RiskLevel level) {
        Label chip = new Label(Messages.get(level.labelKey()));
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chip.getStyleClass().addAll("chip", "risk-" + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return chip;
    }
}
