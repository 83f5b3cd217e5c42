package org.casefile.bundle;

import java.util.List;

/**
 * A piece of a section as plain records (heading, paragraph, label-value pairs, a table), so features that
 * supply sections — risk, referrals, orders — need not know PDFBox. The renderer lays them out.
 */
public sealed interface Block {
    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** Label and value pairs, one a line. */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    record Fact(String label, String value) {
    }

    /**
     * A table that flows across pages with its header repeated.
     *
     * @param widths each column's share of the width (any positive numbers)
     */
    record Table(List<String> headers, List<Float> widths, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
