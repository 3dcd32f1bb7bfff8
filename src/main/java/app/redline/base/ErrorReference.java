package app.redline.base;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A short id for one unexpected failure: the user sees it instead of the exception, and the log line with the stack
 * trace carries it, so a support request that quotes it leads straight to the cause.
 */
public final class ErrorReference {

    /** No 0/O or 1/I/L, so it survives being read out over the phone. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;

    private ErrorReference() {}

    public static String next() {
        var random = ThreadLocalRandom.current();
        var id = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
