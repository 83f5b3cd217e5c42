package org.casefile.importing;

import java.util.Locale;

/** A media type from a file name's extension, for attachments whose type the export does not state. */
final class MediaGuess {
    private MediaGuess() {
    }

    static String of(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "heic" -> "image/heic";
            case "mp4" -> "video/mp4";
            case "3gp" -> "video/3gpp";
            case "mov" -> "video/quicktime";
            case "opus" -> "audio/ogg";
            case "m4a" -> "audio/mp4";
            case "mp3" -> "audio/mpeg";
            case "pdf" -> "application/pdf";
            case "txt" -> "text/plain";
            case "vcf" -> "text/vcard";
            default -> "application/octet-stream";
        };
    }
}
