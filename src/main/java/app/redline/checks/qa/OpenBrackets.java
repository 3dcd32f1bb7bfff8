package app.redline.checks.qa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Brackets opened so far, in nesting order, with a count per kind so "is a ( open?" costs nothing on long texts. */
final class OpenBrackets {

    static final String OPENERS = "([{«";
    static final String CLOSERS = ")]}»";

    private final String text;
    private final Deque<Integer> stack = new ArrayDeque<>();
    private final int[] openPerKind = new int[OPENERS.length()];

    OpenBrackets(String text) {
        this.text = text;
    }

    void open(int at) {
        stack.push(at);
        openPerKind[OPENERS.indexOf(text.charAt(at))]++;
    }

    boolean isOpen(char closer) {
        return openPerKind[CLOSERS.indexOf(closer)] > 0;
    }

    /**
     * Closes the innermost bracket of the kind {@code at} closes, which must be open. Returns the brackets opened
     * inside it and left unclosed ("(a [b)" leaves the "[").
     */
    List<Integer> close(int at) {
        int kind = CLOSERS.indexOf(text.charAt(at));
        List<Integer> leftOpen = new ArrayList<>();
        while (true) {
            int opener = stack.pop();
            int openerKind = OPENERS.indexOf(text.charAt(opener));
            openPerKind[openerKind]--;
            if (openerKind == kind) {
                return leftOpen;
            }
            leftOpen.add(opener);
        }
    }

    Iterable<Integer> stillOpen() {
        return stack;
    }
}
