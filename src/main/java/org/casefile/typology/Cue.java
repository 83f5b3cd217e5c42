package org.casefile.typology;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One idea in words (pleading to reconcile, talk of destiny, a grievance…) as many phrasings. Text is folded
 * before matching: lower case, accents and apostrophes dropped ("can't" reads "cant", "you'll" reads "youll"),
 * every other run of punctuation or space read as one space, so "Meant-to-be!!" matches "meant to be". Each
 * phrasing is a regular expression fragment matched between word boundaries; inflections are spelt out in the
 * fragment. What a cue reports is the original wording, as the person wrote it.
 */
record Cue(String name, Pattern pattern) {

    static Cue of(String name, String... phrasings) {
        return new Cue(name, Pattern.compile("\\b(?:" + String.join("|", phrasings) + ")\\b"));
    }

    /** Text in the form the phrasings are written against, with where each of its characters came from. */
    record Folded(String text, int[] origin) {
    }

    static Folded fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02bc' || c == '`') {
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            char b = base.isEmpty() ? ' ' : Character.toLowerCase(base.charAt(0));
            if (Character.isLetterOrDigit(b)) {
                origin[out.length()] = i;
                out.append(b);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                origin[out.length()] = i;
                out.append(' ');
            }
        }
        return new Folded(out.toString(), origin);
    }

    /** The distinct phrases this cue matches in {@code text}, in the original wording, in the order found. */
    List<String> find(String text) {
        Folded folded = fold(text);
        Matcher m = pattern.matcher(folded.text());
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(text.substring(folded.origin()[m.start()], folded.origin()[m.end() - 1] + 1));
        }
        return new ArrayList<>(found);
    }

    boolean in(String text) {
        return pattern.matcher(fold(text).text()).find();
    }
}
