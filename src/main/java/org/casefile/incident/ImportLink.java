package org.casefile.incident;

/**
 * Where an imported incident came from: the exhibit holding the original file, and the first and last line (or
 * entry) of the messages it was made from.
 */
public record ImportLink(long exhibitId, int firstPosition, int lastPosition) {
}
