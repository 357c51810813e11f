package org.learningsets.ejb.platform;

/**
 * Text from outside the code (exception messages, configuration values, addresses from an imported file) made safe
 * for one log line: a line break in it could otherwise forge a log entry (OWASP ASVS 7.3.1, CWE-117). Breaks are
 * written as the two characters {@code \n}, so nothing is lost.
 */
public final class LogText {

    private LogText() {}

    public static String oneLine(Object value) {
        String text = String.valueOf(value);
        return text.replace("\r", "\\r")
                .replace("\n", "\\n")
                .replace("\u0085", "\\u0085")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    /** The innermost cause of a failure (the one a log line should name), stopping at a cause that is itself. */
    public static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
