package org.casefile.importing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for matching: lower case, accents dropped, every run of anything but letters and digits one space.
 * Plain ASCII (nearly every message) takes a single pass without the Unicode normaliser.
 */
final class Fold {
    private Fold() {
    }

    static String of(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return slow(s);
            }
            if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
                space = false;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') {
            b.setLength(end - 1);
        }
        return b.toString();
    }

    private static String slow(String s) {
        String n = Normalizer.normalize(s.replace('\u2019', '\''), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
