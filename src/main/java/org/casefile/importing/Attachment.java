package org.casefile.importing;

/**
 * A file a message names or carries. {@code bytes} is null when the file is named but was not in the export
 * (a .txt without its media, or "media omitted").
 */
public record Attachment(String name, String mediaType, byte[] bytes) {
    public Attachment {
        name = name == null ? "" : name;
        mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
    }

    public boolean present() {
        return bytes != null;
    }
}
