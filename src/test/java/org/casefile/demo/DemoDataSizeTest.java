package org.casefile.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoDataSizeTest {
    @Test
    void heavyClientsAreExactlyAsManyAsAskedAndSpreadThroughTheStore() {
        DemoData.Size size = new DemoData.Size(10_000, 100, 10, 1000);
        List<Integer> heavy = IntStream.range(0, 10_000).filter(size::heavy).boxed().toList();
        assertThat(heavy).hasSize(10);
        for (int k = 1; k < heavy.size(); k++) {
            assertThat(heavy.get(k) - heavy.get(k - 1)).isEqualTo(1000);
        }
        assertThat(IntStream.range(0, 7).filter(new DemoData.Size(7, 5, 3, 50)::heavy).count()).isEqualTo(3);
        assertThat(IntStream.range(0, 20).filter(new DemoData.Size(20, 5, 20, 50)::heavy).count()).isEqualTo(20);
    }

    @Test
    void withoutIncidentsNoClientIsHeavy() {
        DemoData.Size size = new DemoData.Size(100, 0, 5, 1000);
        assertThat(IntStream.range(0, 100).filter(size::heavy).count()).isZero();
        assertThat(IntStream.range(0, 100).filter(DemoData.Size.of(100, 10)::heavy).count()).isZero();
    }

    @Test
    void impossibleSizesAreRefused() {
        assertThatThrownBy(() -> new DemoData.Size(5, 10, 6, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoData.Size(-1, 10, 0, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeavyHistoryHasExactlyTheCountAsked() {
        DemoIncidents demo = new DemoIncidents(new SyntheticPeople(3));
        assertThat(demo.historyOf(1042, DemoIncidentsTest.TODAY, 7L, true)).hasSize(1042);
    }
}
