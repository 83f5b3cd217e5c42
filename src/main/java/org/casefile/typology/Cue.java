package org.casefile.typology;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One idea in words (pleading to reconcile, talk of destiny, a grievance…) as many phrasings. Text is folded
 * before matching: lower case, accents and apostrophes dropped ("can't" reads "cant", "you'll" reads "youll"),
 * every other punctuation mark read as a space, so "Meant-to-be!!" matches "meant to be". Each phrasing is a
 * regular expression fragment matched between word boundaries; inflections are spelt out in the fragment.
 */
record Cue(String name, Pattern pattern) {

    static Cue of(String name, String... phrasings) {
        return new Cue(name, Pattern.compile("\\b(?:" + String.join("|", phrasings) + ")\\b"));
    }

    /** The folded form the phrasings are written against. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['\u2018\u2019\u02bc`]", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The distinct phrases this cue matches in {@code text}, in the order found. */
    List<String> find(String text) {
        Matcher m = pattern.matcher(fold(text));
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(m.group());
        }
        return new ArrayList<>(found);
    }

    boolean in(String text) {
        return pattern.matcher(fold(text)).find();
    }
}
