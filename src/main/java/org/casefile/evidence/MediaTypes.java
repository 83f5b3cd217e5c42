package org.casefile.evidence;

import java.util.Locale;

/** Names a file's type from its first bytes (and, for text formats, its name). The name alone is not trusted. */
final class MediaTypes {
    static final int HEAD = 16;

    private MediaTypes() {
    }

    static String sniff(byte[] head, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (starts(head, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(head, 'B', 'M')) {
            return "image/bmp";
        }
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 12) {
            String kind = new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            return switch (kind) {
                case "WEBP" -> "image/webp";
                case "WAVE" -> "audio/wav";
                case "AVI " -> "video/x-msvideo";
                default -> "application/octet-stream";
            };
        }
        if (starts(head, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        if (head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return name.endsWith(".m4a") ? "audio/mp4" : "video/mp4";
        }
        if (starts(head, 'I', 'D', '3') || starts(head, 0xFF, 0xFB) || starts(head, 0xFF, 0xF3)) {
            return "audio/mpeg";
        }
        if (starts(head, 'O', 'g', 'g', 'S')) {
            return "audio/ogg";
        }
        if (name.endsWith(".eml")) {
            return "message/rfc822";
        }
        if (name.endsWith(".txt") || name.endsWith(".csv") || name.endsWith(".mbox")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    private static boolean starts(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
