package app.redline.checks.qa;

/** ’ doubles as the apostrophe ("Don’t", "people’s", "residents’"), so it only sometimes closes a quote. */
final class Apostrophes {

    private Apostrophes() {}

    /** "Don’t", "people’s", "residents’ willingness", "1990s’": an apostrophe, not a closing quote. */
    static boolean isApostrophe(String text, int at) {
        return at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
    }

    /** "‘90s", or a ‘ typed for an apostrophe inside a word: a ‘ that opens nothing. */
    static boolean isElision(String text, int at) {
        boolean letterBefore = at > 0 && Character.isLetter(text.charAt(at - 1));
        boolean next = at + 1 < text.length();
        return (next && Character.isDigit(text.charAt(at + 1)))
                || (letterBefore && next && Character.isLetter(text.charAt(at + 1)));
    }
}
