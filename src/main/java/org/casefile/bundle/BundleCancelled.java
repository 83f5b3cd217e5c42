package org.casefile.bundle;

import org.casefile.UserFacingException;

/** The person cancelled the bundle; nothing was saved. */
public final class BundleCancelled extends UserFacingException {
    public BundleCancelled() {
        super("bundle.cancelled");
    }
}
