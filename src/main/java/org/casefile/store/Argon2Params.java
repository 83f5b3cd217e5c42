package org.casefile.store;

/**
 * Cost of turning a password into a key-encryption key (Argon2id). Kept in each key ring entry so the cost can
 * rise later without locking anyone out.
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    /** 64 MiB, 3 passes: a few hundred milliseconds on a caseworker's laptop, costly for a guesser. */
    public static final Argon2Params DEFAULT = new Argon2Params(64 * 1024, 3, 1);

    public Argon2Params {
        if (memoryKiB < 8 * 1024 || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2 parameters below the floor");
        }
    }
}
