package org.casefile.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.casefile.importing.ImportInput;
import org.casefile.importing.ImportOptions;
import org.casefile.importing.Importers;
import org.casefile.importing.ParsedFile;
import org.casefile.importing.PartyIdentifiers;
import org.casefile.importing.Proposal;
import org.casefile.importing.Proposer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A WhatsApp export of {@code -Dbench.messages} (default 100,000) made-up messages, iOS layout with seconds,
 * direction marks and a multi-line message every so often: how long parsing (and proposing) takes and the peak
 * heap it needs. Goal: under 2 s and under 256 MB. Prints; asserts nothing. Run with
 * {@code mvn -Pbench test -Dtest=ImportBenchmarkTest}.
 */
@Tag("benchmark")
class ImportBenchmarkTest {
    private static final String[] WORDS = {"where", "are", "you", "answer", "me", "now", "I", "saw", "your", "car",
            "outside", "again", "please", "stop", "why", "won't", "you", "talk", "to", "me", "tonight", "okay"};

    @Test
    void aHundredThousandMessageChat() throws Exception {
        int count = Integer.getInteger("bench.messages", 100_000);
        Path file = Files.createTempFile("casefile-bench-chat", ".txt");
        try {
            write(file, count);
            System.out.printf("%nWhatsApp export: %,d messages, %.1f MB%n", count, Files.size(file) / 1e6);
            System.out.println("| run | messages | parse | propose | peak heap | held after GC | max heap |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (int run = 1; run <= 5; run++) {
                System.gc();
                List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP).toList();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
                long t0 = System.nanoTime();
                ParsedFile parsed = Importers.parse(ImportInput.of(file), ImportOptions.defaults());
                long t1 = System.nanoTime();
                List<Proposal> proposals = Proposer.propose(parsed, List.of(PartyIdentifiers.of(1, "Dan Ashworth",
                        List.of("Dan Ashworth"), List.of("07700 900123"), List.of())), Proposer.DEFAULT_GAP,
                        List.of(), LocalDate.of(2030, 1, 1));
                long t2 = System.nanoTime();
                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.gc();
                long retained = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum() - before;
                System.out.printf("| run %d | %,d messages | parse %.0f ms | propose %.0f ms (%,d proposals) "
                                + "| peak heap %.0f MB | held after GC %.0f MB | max heap %.0f MB |%n", run,
                        parsed.messages().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, proposals.size(), peak / 1e6,
                        retained / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void write(Path file, int count) throws Exception {
        Random r = new Random(5);
        LocalDateTime at = LocalDateTime.of(2024, 1, 1, 8, 0);
        StringBuilder b = new StringBuilder(count * 70);
        for (int i = 0; i < count; i++) {
            at = at.plusSeconds(30 + r.nextInt(600));
            String who = r.nextInt(3) == 0 ? "Lucja" : "Dan Ashworth";
            b.append('\u200E').append(String.format("[%02d/%02d/%04d, %02d:%02d:%02d] ", at.getDayOfMonth(),
                    at.getMonthValue(), at.getYear(), at.getHour(), at.getMinute(), at.getSecond()));
            b.append(who).append(": ");
            int words = 3 + r.nextInt(12);
            for (int w = 0; w < words; w++) {
                b.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            if (r.nextInt(20) == 0) {
                b.append("\nand another line");
            }
            b.append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
        Duration.ZERO.toString();
    }
}
