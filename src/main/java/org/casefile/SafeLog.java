package org.casefile;

/**
 * Describes a failure for the log without its messages: exception messages from drivers and libraries can echo
 * values (names, addresses) that must never reach a log file. Class names and stack frames are enough to debug.
 */
public final class SafeLog {
    private SafeLog() {
    }

    public static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        Throwable t = failure;
        int depth = 0;
        while (t != null && depth++ < 8) {
            out.append(depth == 1 ? "" : "\nCaused by: ").append(t.getClass().getName());
            if (t instanceof UserFacingException safe) {
                out.append(" [").append(safe.key()).append(']');
            } else if (t instanceof LinkageError || t instanceof ReflectiveOperationException) {
                // Class and method names only: safe, and needed to mend a broken installation.
                out.append(" [").append(t.getMessage()).append(']');
            } else if (t instanceof java.sql.SQLException sql) {
                out.append(" [SQL error ").append(sql.getErrorCode()).append(", state ").append(sql.getSQLState()).append(']');
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return out.toString();
    }
}
