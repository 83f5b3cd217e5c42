package org.casefile.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs that once made a parser throw something other than a clear sentence; each must now behave. */
class ImportCorpusTest {
    static Stream<Path> corpus() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/importing/corpus"))) {
            return files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void replay(Path input) throws Exception {
        assertThat(ImportFuzzTest.misbehaviour(Files.readAllBytes(input))).as(input.getFileName().toString()).isNull();
    }
}
