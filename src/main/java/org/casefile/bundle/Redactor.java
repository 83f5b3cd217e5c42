package org.casefile.bundle;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the words a redaction profile names out of text before it is drawn, and finds them in text read back
 * from a finished bundle. Matching ignores case and how words are spaced; a phone number matches whatever
 * spaces, dashes or brackets sit between its digits, and with +44 in place of its leading 0.
 */
public final class Redactor {
    public static final String MARK = "[redacted]";
    private static final Pattern DIGITS = Pattern.compile("[0-9+()\\s-]{6,}");

    private final List<String> terms;
    private final List<Pattern> patterns;

    private Redactor(List<String> terms) {
        this.terms = List.copyOf(terms);
        this.patterns = this.terms.stream().map(Redactor::patternFor).toList();
    }

    public static Redactor of(List<String> terms) {
        Set<String> kept = new LinkedHashSet<>();
        for (String t : terms) {
            String s = t == null ? "" : t.strip();
            // Very short terms would blank out ordinary words; the profile never yields them on purpose.
            if (s.length() >= 3) {
                kept.add(s);
            }
        }
        return new Redactor(new ArrayList<>(kept));
    }

    public static final Redactor NONE = new Redactor(List.of());

    public List<String> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The text with every term replaced by {@link #MARK}. */
    public String apply(String text) {
        if (text == null || text.isEmpty() || patterns.isEmpty()) {
            return text == null ? "" : text;
        }
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(MARK));
        }
        return out;
    }

    /** The terms found in {@code text} (folded for comparison), in profile order. */
    public List<String> findIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        String folded = fold(text);
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(text).find() || patterns.get(i).matcher(folded).find()) {
                found.add(terms.get(i));
            }
        }
        return found;
    }

    /** Where each term occurs in {@code text}: start and end offsets. */
    public List<int[]> spansIn(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Pattern patternFor(String term) {
        String digits = term.replaceAll("\\D", "");
        if (DIGITS.matcher(term).matches() && digits.length() >= 6) {
            String national = digits.startsWith("44") ? "0" + digits.substring(2) : digits;
            String separator = "[\\s().-]*";
            String prefix = "";
            if (national.startsWith("0")) {
                prefix = "(?:0|\\+\\s*44" + separator + "(?:\\(0\\)" + separator + ")?)" + separator;
                national = national.substring(1);
            }
            StringBuilder re = new StringBuilder("(?<!\\d)").append(prefix);
            for (int i = 0; i < national.length(); i++) {
                re.append(i > 0 ? separator : "").append(national.charAt(i));
            }
            return Pattern.compile(re.append("(?!\\d)").toString());
        }
        String[] words = Normalizer.normalize(term, Normalizer.Form.NFKC).split("\\s+");
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("\\s+");
            }
            re.append(Pattern.quote(words[i]));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
