package org.casefile.client;

/**
 * An existing record that may be the same person. A restricted record the person may not see is reported
 * without its name ({@code reference} and {@code name} empty), so the warning itself leaks nothing.
 */
public record PossibleDuplicate(long id, String reference, String name, String reasonKey) {
    public boolean hidden() {
        return reference.isEmpty();
    }
}
