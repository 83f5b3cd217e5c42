package org.casefile.importing;

import java.util.regex.Pattern;

/** The readable text of an HTML email body, for messages that carry no plain-text part. */
final class HtmlText {
    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/tr|/h\\d)\\b[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]{0,2000}>");

    private HtmlText() {
    }

    static String of(String html) {
        String s = DROPPED.matcher(html).replaceAll(" ");
        s = BREAKS.matcher(s).replaceAll("\n");
        s = TAGS.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return s.replaceAll("[ \t]+", " ").replaceAll("\n\\s*\n+", "\n\n").strip();
    }
}
