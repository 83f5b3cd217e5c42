package org.casefile.store;

import org.casefile.Entities;
import org.junit.jupiter.api.Test;

class WarmUpTest {
    @Test
    void theWarmUpWalksTheOpenPathWithoutAStore() {
        // Fails if the in-memory walk cannot migrate or validate: then the real unlock would pay full price.
        Store.warmUp(Entities.all());
        KeyRing.warmUp();
    }
}
