package org.casefile.ui;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The parts of a client's overview that other features supply (incidents, evidence, pattern, chronology), so the
 * client screens need not know those features. The window's composition root provides it.
 */
public interface CasePanels {
    /** The content of one tab of the overview; null when the feature has no such tab. */
    Node tab(String tab, long clientId);

    /**
     * As above, with one record of the tab (a referral, an order) chosen as it opens, as when a due item on the
     * dashboard is opened; null chooses as usual.
     */
    default Node tab(String tab, long clientId, Long recordId) {
        return tab(tab, clientId);
    }

    /**
     * A strip under the client's name saying what the log suggests (escalation signals), or null when there is
     * nothing to add. {@code showTab} switches the overview to a tab.
     */
    Node header(long clientId, Consumer<String> showTab);

    /** Nothing to add: for screens tested on their own. */
    CasePanels NONE = new CasePanels() {
        @Override
        public Node tab(String tab, long clientId) {
            return null;
        }

        @Override
        public Node header(long clientId, Consumer<String> showTab) {
            return null;
        }
    };
}
