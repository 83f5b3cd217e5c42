package org.casefile.bundle;

/** Hears how far a bundle has got, and is asked whether the person has cancelled. */
public interface BundleProgress {
    /** {@code done} of {@code total} steps. */
    void update(long done, long total);

    boolean cancelled();

    BundleProgress NONE = new BundleProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
