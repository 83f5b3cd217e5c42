package org.casefile.backup;

/**
 * What a backup tells the window as it goes, and how the window stops it. A stopped backup leaves nothing in
 * the backup folder (its partial files are removed, as after any failure) and the store is untouched.
 */
public interface BackupProgress {
    BackupProgress NONE = new BackupProgress() {
        @Override
        public void at(double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** How far the backup has got, from 0 to 1. */
    void at(double fraction);

    /** Asked between steps and while the copy is written; true stops the backup. */
    boolean cancelled();
}
