package org.casefile.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.casefile.UserFacingException;
import org.casefile.typology.TypologyRules;

/**
 * The exchange-format import (what {@code casefile typology FILE} and the typology assistant read) either reads a
 * case file and classifies it, or refuses it with a sentence; no other exception ever escapes, whatever the bytes.
 * Inputs that once broke this go into src/test/resources/exchange/corpus and are replayed by {@link #corpus()}.
 */
class ExchangeFuzzTest {
    private static final Path VIGNETTES = Path.of("src/test/resources/typology/vignettes");
    private static final Path CORPUS = Path.of("src/test/resources/exchange/corpus");
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1",
            "1e999", "\"\\u0000\"", "\"2025-02-30\"", "\"STALKER\"", "99999999999999999999", "\"\"", "[[[[[[[[",
            "\"incidents\"", "\"perpetrators\"", "\"behaviours\"", "\"occurredOn\"", "\"relationship\"", "{}", "[]");

    /** Reads and classifies; returns what escaped, if it was not a sentence. */
    static Throwable misbehaviour(String text) {
        try {
            CaseExchange exchange = ExchangeJson.parse(text);
            TypologyRules.evaluate(ExchangeFacts.toFacts(exchange, null));
            for (var p : exchange.perpetrators()) {
                TypologyRules.evaluate(ExchangeFacts.toFacts(exchange, p.reference()));
            }
        } catch (UserFacingException expected) {
            // a clear sentence: fine
        } catch (Throwable t) {
            return t;
        }
        return null;
    }

    static void check(String text) {
        Throwable t = misbehaviour(text);
        if (t != null) {
            throw new AssertionError("the exchange import threw " + t.getClass().getName(), t);
        }
    }

    @Property(tries = 300)
    void randomText(@ForAll @Size(max = 3000) String text) {
        check(text);
    }

    @Property(tries = 500)
    void damagedCaseFiles(@ForAll("vignettes") String vignette, @ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int edits) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder(vignette);
        for (int i = 0; i < edits && !s.isEmpty(); i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 2 -> s.setLength(at); // cut short
                default -> { // swap a value for a token of another type
                    int colon = s.indexOf(":", at);
                    int end = colon < 0 ? -1 : indexOfAny(s, colon + 1);
                    if (end > colon + 1) {
                        s.replace(colon + 1, end, TOKENS.get(random.nextInt(TOKENS.size())));
                    }
                }
            }
        }
        check(s.toString());
    }

    @Example
    void deeplyNestedInputIsRefusedNotOverflowed() {
        check("{\"format\":\"casefile-case\",\"version\":1,\"client\":" + "[".repeat(200_000));
        check("{\"incidents\":" + "{\"a\":".repeat(100_000));
    }

    @Example
    void corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                check(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }

    @Provide
    Arbitrary<String> vignettes() {
        try (Stream<Path> files = Files.list(VIGNETTES)) {
            List<String> texts = files.sorted().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            return Arbitraries.of(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOfAny(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '}' || c == ']') {
                return i;
            }
        }
        return -1;
    }
}
