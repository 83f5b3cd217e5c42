package org.casefile;

/**
 * A failure a person can act on. Its message is one sentence from the resource bundle saying what happened and
 * what to do; it never carries case data, so it is safe to show and to log.
 */
public class UserFacingException extends RuntimeException {
    private final String key;

    public UserFacingException(String key, Object... args) {
        this(null, key, args);
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(Messages.get(key, args), cause);
        this.key = key;
    }

    /** The resource key of the message, for tests and for choosing what the screen offers next. */
    public String key() {
        return key;
    }
}
