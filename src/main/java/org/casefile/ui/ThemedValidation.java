package org.casefile.ui;

import javafx.scene.control.Tooltip;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * ControlsFX validation that follows the theme. Its stock decoration gives each tooltip fixed light colours in
 * an inline style (dark yellow on pale yellow for warnings, about 2:1), which no stylesheet can override; here
 * the tooltip carries a style class instead and controlsfx-bridge.css colours it from the theme's tokens.
 */
public final class ThemedValidation extends GraphicValidationDecoration {
    private ThemedValidation() {
    }

    /** A ValidationSupport whose messages are drawn in the current theme's colours. */
    public static ValidationSupport support() {
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new ThemedValidation());
        return support;
    }

    @Override
    protected Tooltip createTooltip(ValidationMessage message) {
        Tooltip tooltip = new Tooltip(message.getText());
        tooltip.getStyleClass().add(message.getSeverity() == Severity.ERROR ? "validation-error" : "validation-warning");
        return tooltip;
    }
}
