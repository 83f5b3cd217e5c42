package org.casefile.importing;

import org.casefile.UserFacingException;

/**
 * Why a file cannot be imported, as one sentence naming where (a line, a message) and what was expected. It never
 * quotes the file's content: message text, names and numbers stay out of logs and exception messages. Every
 * parser throws only this (or returns), so nothing is imported from a file that failed part way.
 */
public final class ImportProblem extends UserFacingException {
    public ImportProblem(String key, Object... args) {
        super(key, args);
    }

    public ImportProblem(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
