package org.casefile.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ImportParsersTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ImportOptions OPTIONS = ImportOptions.defaults().withZone(LONDON);

    static Path sample(String name) {
        return Path.of("src/test/resources/importing", name);
    }

    static ParsedFile parse(String name) {
        return Importers.parse(ImportInput.of(sample(name)), OPTIONS);
    }

    static ImportProblem problem(String name, ImportOptions options) {
        try {
            Importers.parse(ImportInput.of(sample(name)), options);
        } catch (ImportProblem p) {
            return p;
        }
        throw new AssertionError("expected a problem with " + name);
    }

    @Test
    void androidChatWith24HourClockDayFirstSystemLinesAndMultiLineMessages() {
        ParsedFile f = parse("whatsapp-android-24h.txt");
        assertThat(f.format()).isEqualTo(ImportFormat.WHATSAPP);
        assertThat(f.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(f.dateOrderCertain()).isTrue();
        List<ImportedMessage> m = f.messages();
        assertThat(m).hasSize(7);
        assertThat(m.get(0).kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.get(1).sender()).isEqualTo("Dan Ashworth");
        assertThat(m.get(1).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 21, 15));
        assertThat(m.get(2).text()).isEqualTo("I know you're home\nI can see the light on");
        assertThat(m.get(2).position()).isEqualTo(3);
        assertThat(m.get(3).position()).isEqualTo(5);
        assertThat(m.get(4).kind()).isEqualTo(MessageKind.MEDIA_OMITTED);
        assertThat(m.get(5).kind()).isEqualTo(MessageKind.DELETED);
        assertThat(f.senders()).containsExactly("Dan Ashworth", "Lucja");
        assertThat(f.first()).contains(LocalDateTime.of(2024, 3, 12, 21, 15));
        assertThat(f.last()).contains(LocalDateTime.of(2024, 3, 25, 18, 0));
    }

    @Test
    void twelveHourClockMonthFirstWithNarrowNoBreakSpaces() {
        ParsedFile f = parse("whatsapp-android-12h-us.txt");
        assertThat(f.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(f.messages()).extracting(ImportedMessage::at).containsExactly(
                LocalDateTime.of(2024, 3, 12, 21, 15), LocalDateTime.of(2024, 3, 12, 21, 17),
                LocalDateTime.of(2024, 3, 14, 0, 5), LocalDateTime.of(2024, 3, 14, 12, 30));
        assertThat(f.messages().getFirst().sender()).isEqualTo("+44 7700 900123");
    }

    @Test
    void iosBracketedWithSecondsDirectionMarksAttachmentsAndCalls() {
        ParsedFile f = parse("whatsapp-ios.txt");
        List<ImportedMessage> m = f.messages();
        assertThat(m).hasSize(8);
        assertThat(m.get(0).kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.get(1).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 21, 16, 5));
        assertThat(m.get(1).text()).isEqualTo("Where were you today");
        assertThat(m.get(2).kind()).isEqualTo(MessageKind.ATTACHMENT);
        assertThat(m.get(2).attachments()).extracting(Attachment::name)
                .containsExactly("00000003-PHOTO-2024-03-12-21-16-30.jpg");
        assertThat(m.get(2).attachments().getFirst().present()).isFalse();
        assertThat(m.get(3).kind()).isEqualTo(MessageKind.MEDIA_OMITTED);
        assertThat(m.get(4).kind()).isEqualTo(MessageKind.MISSED_CALL);
        assertThat(m.get(6).kind()).isEqualTo(MessageKind.DELETED);
        assertThat(m.get(7).text()).isEqualTo("I will find you\nwherever you go");
    }

    @Test
    void iosTwelveHourWithSecondsAroundMidnight() {
        ParsedFile f = parse("whatsapp-ios-12h.txt");
        assertThat(f.messages()).extracting(ImportedMessage::at).containsExactly(
                LocalDateTime.of(2024, 3, 12, 21, 15, 42), LocalDateTime.of(2024, 3, 12, 23, 59, 59),
                LocalDateTime.of(2024, 3, 13, 0, 0, 1));
    }

    @Test
    void ambiguousDatesAreReadInTheOrderThatKeepsTheChatInOrderAndCanBeOverridden() {
        ParsedFile f = parse("whatsapp-dots-ambiguous.txt");
        assertThat(f.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(f.dateOrderCertain()).isFalse();
        assertThat(f.last()).contains(LocalDateTime.of(2024, 4, 1, 9, 0));
        ParsedFile other = Importers.parse(ImportInput.of(sample("whatsapp-dots-ambiguous.txt")),
                OPTIONS.withDateOrder(DateOrder.MONTH_FIRST));
        assertThat(other.messages().getFirst().at()).isEqualTo(LocalDateTime.of(2024, 1, 3, 21, 15));
    }

    @Test
    void yearFirstWithDashes() {
        ParsedFile f = parse("whatsapp-dashes-yearfirst.txt");
        assertThat(f.messages()).extracting(ImportedMessage::at).containsExactly(
                LocalDateTime.of(2024, 3, 12, 21, 15), LocalDateTime.of(2024, 3, 13, 7, 0));
    }

    @Test
    void datesThatContradictEachOtherNameBothLines() {
        ImportProblem p = problem("whatsapp-mixed-orders.txt", OPTIONS);
        assertThat(p.key()).isEqualTo("import.whatsapp.mixedDateOrders");
        assertThat(p.getMessage()).contains("line 1 ", "line 2 ");
        assertThat(problem("whatsapp-mixed-orders.txt", OPTIONS.withDateOrder(DateOrder.DAY_FIRST)).getMessage())
                .contains("Line 2 ");
    }

    @Test
    void zipsMatchTheFilesTheChatNames() {
        ParsedFile android = parse("whatsapp-android.zip");
        ImportedMessage first = android.messages().getFirst();
        assertThat(first.kind()).isEqualTo(MessageKind.ATTACHMENT);
        assertThat(first.attachments().getFirst().name()).isEqualTo("IMG-20240312-WA0001.jpg");
        assertThat(first.attachments().getFirst().present()).isTrue();
        assertThat(first.attachments().getFirst().mediaType()).isEqualTo("image/jpeg");

        ParsedFile ios = parse("whatsapp-ios.zip");
        assertThat(ios.messages().get(2).attachments().getFirst().bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(ios.messages()).hasSize(8);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("_chat.txt"));
            zip.write("12/03/2024, 21:15 - A: b\n".getBytes());
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan(200_000);
        assertThatThrownBy(() -> Importers.parse(ImportInput.of("chat.zip", bytes.toByteArray()), OPTIONS))
                .isInstanceOf(ImportProblem.class).extracting(e -> ((ImportProblem) e).key()).isEqualTo("import.zip.bomb");
        ImportOptions small = OPTIONS.withLimits(new ImportLimits(1L << 30, 1000, 10_000, 10L * 1024 * 1024, 10, 100_000));
        assertThatThrownBy(() -> Importers.parse(ImportInput.of("chat.zip", bytes.toByteArray()), small))
                .extracting(e -> ((ImportProblem) e).key()).isEqualTo("import.zip.bomb");
    }

    @Test
    void tooManyZipEntriesAreRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 30; i++) {
                zip.putNextEntry(new ZipEntry("f" + i));
            }
        }
        ImportOptions small = OPTIONS.withLimits(new ImportLimits(1L << 30, 1000, 10_000, 1L << 30, 20, 100));
        assertThatThrownBy(() -> Importers.parse(ImportInput.of("chat.zip", bytes.toByteArray()), small))
                .extracting(e -> ((ImportProblem) e).key()).isEqualTo("import.zip.tooManyEntries");
    }

    @Test
    void smsBackupWithSmsAndMmsParts() {
        ParsedFile f = parse("sms-backup.xml");
        assertThat(f.format()).isEqualTo(ImportFormat.SMS_XML);
        List<ImportedMessage> m = f.messages();
        assertThat(m).hasSize(4);
        assertThat(m.get(0).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 21, 15));
        assertThat(m.get(0).address()).isEqualTo("+447700900123");
        assertThat(m.get(0).sender()).isEqualTo("Dan Ashworth");
        assertThat(m.get(1).text()).isEqualTo("I know where you work & I'll be waiting");
        assertThat(m.get(2).outgoing()).isTrue();
        ImportedMessage mms = m.get(3);
        assertThat(mms.text()).isEqualTo("Saw you at the shop");
        assertThat(mms.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("IMG_0001.jpg");
            assertThat(a.mediaType()).isEqualTo("image/jpeg");
            assertThat(a.bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
        });
    }

    @Test
    void callLogs() {
        ParsedFile f = parse("calls.xml");
        assertThat(f.messages()).extracting(ImportedMessage::kind).containsExactly(MessageKind.MISSED_CALL,
                MessageKind.MISSED_CALL, MessageKind.CALL);
        assertThat(f.messages().get(2).headers()).containsEntry("Duration", "45");
        assertThat(f.first()).contains(LocalDateTime.of(2024, 3, 12, 21, 20));
    }

    @Test
    void aTruncatedBackupNamesTheLine() {
        ImportProblem p = problem("sms-truncated.xml", OPTIONS);
        assertThat(p.key()).isEqualTo("import.sms.badXml");
        assertThat(p.getMessage()).containsPattern("line \\d+");
    }

    @Test
    void emailWithEncodedWordsQuotedPrintableAlternativesAndAnAttachment() {
        ParsedFile f = parse("email-multipart.eml");
        assertThat(f.format()).isEqualTo(ImportFormat.EML);
        ImportedMessage m = f.messages().getFirst();
        assertThat(m.sender()).isEqualTo("Dan Ashworth");
        assertThat(m.address()).isEqualTo("dan.ashworth@example.org");
        assertThat(m.headers().get("Subject")).isEqualTo("You\u2019ll see me soon \u00e9t\u00e9");
        assertThat(m.headers()).containsKeys("From", "To", "Date", "Message-ID");
        assertThat(m.at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 21, 15));
        assertThat(m.text()).isEqualTo("I saw you at the caf\u00e9 today. Don\u2019t pretend you didn\u2019t see me.");
        assertThat(m.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("letter to you.pdf");
            assertThat(new String(a.bytes())).startsWith("%PDF-1.4");
        });
    }

    @Test
    void htmlOnlyEmailIsReadAsText() {
        ImportedMessage m = parse("email-html-only.eml").messages().getFirst();
        assertThat(m.text()).isEqualTo("Answer me\nnow");
        assertThat(m.at()).isEqualTo(LocalDateTime.of(2024, 3, 14, 6, 0));
        assertThat(m.address()).isEqualTo("dan.ashworth@example.org");
    }

    @Test
    void mailboxSplitsMessagesAndUnescapesFromLines() {
        ParsedFile f = parse("mailbox.mbox");
        assertThat(f.format()).isEqualTo(ImportFormat.MBOX);
        assertThat(f.messages()).hasSize(3);
        assertThat(f.messages().get(0).text()).isEqualTo("Line one of the first.\nFrom here on I'm watching.");
        assertThat(f.messages().get(1).text()).isEqualTo("I know where you live.");
        assertThat(f.messages().get(1).position()).isEqualTo(10);
        assertThat(f.senders()).containsExactly("Dan Ashworth", "Newsletter");
    }

    @Test
    void csvDiaryGuessedColumns() {
        ParsedFile f = parse("diary.csv");
        assertThat(f.format()).isEqualTo(ImportFormat.CSV);
        List<ImportedMessage> m = f.messages();
        assertThat(m).hasSize(3);
        assertThat(m.get(0).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 21, 15));
        assertThat(m.get(0).headers()).containsEntry("Where", "Home").containsEntry("Witnesses", "Neighbour at number 4");
        assertThat(m.get(1).headers()).containsEntry("TimeKnown", "no");
        assertThat(m.get(2).at()).isEqualTo(LocalDateTime.of(2024, 3, 14, 19, 30));
        assertThat(m.get(2).text()).isEqualTo("Rang me 12 times, I didn't answer");
    }

    @Test
    void csvDiaryWithChosenColumnsAndSemicolons() {
        ImportOptions mapped = OPTIONS.withFormat(ImportFormat.CSV)
                .withCsvMapping(new CsvMapping("Dag", "Uur", "Gebeurtenis", "Plek", null));
        ParsedFile f = Importers.parse(ImportInput.of(sample("diary-semicolon.csv")), mapped);
        assertThat(f.messages()).hasSize(2);
        assertThat(f.messages().get(1).at()).isEqualTo(LocalDateTime.of(2024, 3, 20, 8, 0));
        assertThat(f.messages().get(1).headers()).containsEntry("Where", "Work");
        assertThat(problem("diary-semicolon.csv", OPTIONS.withFormat(ImportFormat.CSV)).key())
                .isEqualTo("import.csv.noDateColumn");
    }

    @Test
    void aDayThatDoesNotExistNamesItsLine() {
        ImportProblem p = problem("diary-bad-date.csv", OPTIONS);
        assertThat(p.key()).isEqualTo("import.csv.badDate");
        assertThat(p.getMessage()).startsWith("Line 3 ");
    }

    @Test
    void contentDecidesTheFormatAndAContradictedChoiceSaysWhatTheFileIs() {
        assertThat(parse("chat-with-wrong-extension.csv").format()).isEqualTo(ImportFormat.WHATSAPP);
        ImportProblem p = problem("sms-backup.xml", OPTIONS.withFormat(ImportFormat.WHATSAPP));
        assertThat(p.key()).isEqualTo("import.format.mismatch");
        assertThat(p.getMessage()).contains("an SMS backup", "--format sms-xml");
        assertThat(Importers.detect(ImportInput.of("x.txt", "just some words\n".getBytes()))).isNull();
        assertThatThrownBy(() -> Importers.parse(ImportInput.of("x.txt", "just some words\n".getBytes()), OPTIONS))
                .extracting(e -> ((ImportProblem) e).key()).isEqualTo("import.format.unknown");
    }

    @Test
    void invalidUtf8NamesTheLineAndNeverTheContent() {
        ImportProblem p = problem("not-utf8.txt", OPTIONS);
        assertThat(p.key()).isEqualTo("import.encoding");
        assertThat(p.getMessage()).startsWith("Line 2 ").doesNotContain("caf");
    }

    @Test
    void aChatThatDoesNotStartWithAMessageIsRefusedWithItsLine() {
        ImportOptions chat = OPTIONS.withFormat(ImportFormat.WHATSAPP);
        assertThatThrownBy(() -> Importers.parse(ImportInput.of("c.txt", "\nhello there\n".getBytes()), chat))
                .hasMessageStartingWith("Line 2 ");
    }

    @Test
    void aGiantLineIsRefusedNotHeld() {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        byte[] start = "12/03/2024, 21:15 - A: ".getBytes();
        System.arraycopy(start, 0, big, 0, start.length);
        ImportOptions limited = OPTIONS.withLimits(new ImportLimits(1L << 30, 1000, 1_000_000, 1L << 30, 10, 100));
        assertThatThrownBy(() -> Importers.parse(ImportInput.of("c.txt", big), limited))
                .extracting(e -> ((ImportProblem) e).key()).isEqualTo("import.lineTooLong");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() {
        ImportOptions limited = OPTIONS.withLimits(new ImportLimits(100, 1000, 1000, 1000, 10, 100));
        assertThat(problem("whatsapp-android-24h.txt", limited).key()).isEqualTo("import.tooLarge");
    }

    @Test
    void aTruncatedEmailIsRefusedNotReadInPart() throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(sample("email-multipart.eml"));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length * 2 / 3);
        assertThatThrownBy(() -> Importers.parse(ImportInput.of("cut.eml", cut), OPTIONS))
                .extracting(e -> ((ImportProblem) e).key()).isEqualTo("import.email.truncated");
        byte[] box = java.nio.file.Files.readAllBytes(sample("mailbox.mbox"));
        String withCut = new String(box, java.nio.charset.StandardCharsets.UTF_8) + "\nFrom x@example.org Fri Mar 15"
                + " 10:00:00 2024\nFrom: x@example.org\nDate: Fri, 15 Mar 2024 10:00:00 +0000\nContent-Type: "
                + "multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhalf a mess";
        ImportProblem p = (ImportProblem) org.assertj.core.api.Assertions.catchThrowable(() -> Importers.parse(
                ImportInput.of("box.mbox", withCut.getBytes(java.nio.charset.StandardCharsets.UTF_8)), OPTIONS));
        assertThat(p.key()).isEqualTo("import.email.truncated");
        assertThat(p.getMessage()).startsWith("The message on line 28 ");
    }

    @Test
    void aGigabyteFileIsRefusedWithoutBeingRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path huge = dir.resolve("chat.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.write("12/03/2024, 21:15 - A: b\n".getBytes());
            f.setLength(1L << 30);
        }
        long t = System.nanoTime();
        ImportProblem p = (ImportProblem) org.assertj.core.api.Assertions.catchThrowable(
                () -> Importers.parse(ImportInput.of(huge), OPTIONS));
        assertThat(p.key()).isEqualTo("import.tooLarge");
        assertThat(p.getMessage()).contains("512 MB");
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(5_000);
    }
}
