package org.casefile.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Every parser, fed random bytes and damaged copies of the samples, either reads the file or refuses it with an
 * {@link ImportProblem}; no other exception ever escapes. Inputs that once broke this are kept in
 * src/test/resources/importing/corpus and replayed by {@link ImportCorpusTest}.
 */
class ImportFuzzTest {
    static final List<String> SAMPLES = List.of("whatsapp-android-24h.txt", "whatsapp-ios.txt",
            "whatsapp-android-12h-us.txt", "whatsapp-android.zip", "whatsapp-ios.zip", "sms-backup.xml", "calls.xml",
            "email-multipart.eml", "mailbox.mbox", "diary.csv");
    static final ImportOptions SMALL = ImportOptions.defaults().withZone(ZoneId.of("Europe/London"))
            .withLimits(new ImportLimits(8L * 1024 * 1024, 10_000, 100_000, 16L * 1024 * 1024, 200, 100));

    /** Parses as every format and as detected; returns the first exception that is not ours. */
    static Throwable misbehaviour(byte[] bytes) {
        java.util.List<ImportFormat> formats = new java.util.ArrayList<>(List.of(ImportFormat.values()));
        formats.add(null);
        for (ImportFormat f : formats) {
            try {
                ParsedFile parsed = Importers.parse(ImportInput.of("fuzz", bytes), SMALL.withFormat(f));
                // What was read must also propose without failing.
                Proposer.propose(parsed, List.of(PartyIdentifiers.of(1, "P", List.of("Dan Ashworth"),
                        List.of("07700 900123"), List.of())), Proposer.DEFAULT_GAP, List.of(),
                        java.time.LocalDate.of(2030, 1, 1)).forEach(p -> Transcript.draft(p, parsed.format(), "JS/1"));
            } catch (ImportProblem expected) {
                // A clear sentence: fine.
            } catch (Throwable t) {
                return t;
            }
        }
        return null;
    }

    static void check(byte[] bytes) {
        Throwable t = misbehaviour(bytes);
        if (t != null) {
            throw new AssertionError("a parser threw " + t.getClass().getName(), t);
        }
    }

    @Property(tries = 300)
    void randomBytes(@ForAll @Size(max = 2000) byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 400)
    void damagedSamples(@ForAll("samples") String sample, @ForAll long seed, @ForAll("edits") int edits)
            throws Exception {
        byte[] original = Files.readAllBytes(Path.of("src/test/resources/importing", sample));
        check(mutate(original, new Random(seed), edits));
    }

    @Property(tries = 300)
    void chatLikeText(@ForAll("chatLines") List<String> lines) {
        check(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> samples() {
        return Arbitraries.of(SAMPLES);
    }

    @Provide
    Arbitrary<Integer> edits() {
        return Arbitraries.integers().between(1, 12);
    }

    @Provide
    Arbitrary<List<String>> chatLines() {
        Arbitrary<String> date = Arbitraries.strings().withChars("0123456789/.-").ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> time = Arbitraries.strings().withChars("0123456789:. APMapm\u202f").ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<String> text = Arbitraries.strings().withChars("ab :<>\u200e\u200f[]-,").ofMaxLength(20);
        Arbitrary<String> line = net.jqwik.api.Combinators.combine(date, time, text, Arbitraries.of("[", "", "\u200e["),
                Arbitraries.of("] ", " - ", ", ", "]")).as((d, t, x, open, close) -> open + d + ", " + t + close + x);
        return line.list().ofMaxSize(15);
    }

    /** Flips, deletes, duplicates and truncates bytes: the damage a copy, a cable or a careless edit does. */
    static byte[] mutate(byte[] in, Random r, int edits) {
        byte[] b = in.clone();
        for (int i = 0; i < edits && b.length > 0; i++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(5)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b = java.util.Arrays.copyOf(b, at);
                case 2 -> {
                    byte[] out = new byte[b.length - 1];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + 1, out, at, b.length - at - 1);
                    b = out;
                }
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(64));
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at + len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
                default -> b[at] = (byte) "\n\r<>\"=:-/[]".charAt(r.nextInt(11));
            }
        }
        return b;
    }
}
