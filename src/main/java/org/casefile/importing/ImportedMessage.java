package org.casefile.importing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One entry read from a file, exactly as written.
 *
 * @param position  where it came from: the line number (chat, mbox, CSV) or the entry's number (XML, email)
 * @param at        when it was sent or happened
 * @param sender    the name shown for whoever sent it; empty for system lines
 * @param address   the sender's phone number or email address, when the file has one
 * @param outgoing  sent by the phone's or mailbox's owner (the client), when the file says so
 * @param text      the words, with line breaks kept
 * @param headers   for email: the headers kept with the message (From, To, Date, Subject, Message-ID…);
 *                  for a diary: where and witnesses
 */
public record ImportedMessage(int position, LocalDateTime at, String sender, String address, MessageKind kind,
                              boolean outgoing, String text, List<Attachment> attachments,
                              Map<String, String> headers) {
    public ImportedMessage {
        sender = sender == null ? "" : sender;
        address = address == null ? "" : address;
        text = text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        headers = headers == null || headers.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }

    /** Who sent it, as best the file says: the name, else the number or address. */
    public String who() {
        return sender.isEmpty() ? address : sender;
    }
}
