package org.casefile.search;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The searchable form of names, references and phone numbers: lower case, accents folded (so "Lucja" finds
 * "Łucja"), phone numbers as bare digits (so "07700 900 123" finds "07700900123").
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss").replace("ı", "i")
                .replace("æ", "ae").replace("œ", "oe").replace("þ", "th");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("")
                .replaceAll("\\s+", " ").strip();
    }

    public static String digits(String phone) {
        return phone == null ? "" : NOT_DIGIT.matcher(phone).replaceAll("");
    }

    /** The key stored with a record: its words folded, its phone numbers as digits, separated by '|'. */
    public static String key(Collection<String> words, Collection<String> phones) {
        StringBuilder key = new StringBuilder("|");
        for (String w : words) {
            String f = fold(w);
            if (!f.isEmpty()) {
                key.append(f).append('|');
            }
        }
        for (String p : phones) {
            String d = digits(p);
            if (!d.isEmpty()) {
                key.append(d).append('|');
            }
        }
        return key.length() > 3900 ? key.substring(0, 3900) : key.toString();
    }
}
