package app.redline.document.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Post-processes LanguageTool's sentence boundaries for one line of MT output: adds cuts where MT glued
// sentences together ("way.We", "reached 6.3.The") and the language's SRX rules do not see it, and removes
// cuts that would break a name, an abbreviation, a quotation, a URL or an e-mail address.
final class SentenceCuts {

    // A sentence end glued to the next sentence: .!? (plus closing quotes/brackets) right before an upper-case
    // letter, cut after the punctuation. The character before it (lower-case letter, digit, %, closing quote
    // or bracket) is checked in code: as a look-behind it made this regex several times slower.
    private static final Pattern GLUED_SENTENCE_END = Pattern.compile("[.!?]+[”’»)\\]]*(?=\\p{Lu})");

    // Always followed by a name; English SRX cuts "Mr.Li" when MT drops the space.
    private static final Set<String> TITLES = Set.of(
            "Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "Prof.", "St.", "Gen.", "Col.", "Capt.", "Lt.", "Sgt.",
            "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Mme.", "Mlle.", "Sr.", "Sra.", "Srta.", "Dra.");

    // Never end a sentence. "a.m."/"p.m." is a judgment call: "at 9 a.m. Beijing time" is common in readouts,
    // and a missed cut costs the translator less than a sentence torn in half.
    private static final Set<String> NON_FINAL_ABBREVIATIONS = Set.of(
            "e.g.", "i.e.", "a.m.", "p.m.", "cf.", "viz.", "vs.", "z.b.", "d.h.", "u.a.", "bzw.", "vgl.", "ggf.",
            "evtl.", "p.ej.", "p.ex.");

    private static final Set<String> NUMBERING = Set.of("No.", "Nos.", "Nr.", "Art.", "Vol.", "p.", "pp.", "Fig.", "núm.");

    private static final String NO_CUT_AFTER = ",;:，；：、";
    private static final String OPENING_MARKS = "([{“‘\"«„";

    private SentenceCuts() {
    }

    static List<String> split(String line, List<String> tokenizerPieces) {
        TreeSet<Integer> cuts = new TreeSet<>();
        addTokenizerCuts(line, tokenizerPieces, cuts);
        Matcher glue = GLUED_SENTENCE_END.matcher(line);
        while (glue.find()) {
            if (glue.start() > 0 && endsSentenceWhenGlued(line.charAt(glue.start() - 1))) {
                cuts.add(glue.end());
            }
        }
        cuts.removeIf(cut -> cut <= 0 || cut >= line.length());

        List<String> segments = new ArrayList<>();
        if (cuts.isEmpty()) {
            addTrimmed(line, segments);
            return segments;
        }
        ProtectedSpans protectedSpans = ProtectedSpans.in(line);
        int start = 0;
        for (int cut : cuts) {
            if (!mustNotCut(line, cut, protectedSpans)) {
                addTrimmed(line.substring(start, cut), segments);
                start = cut;
            }
        }
        addTrimmed(line.substring(start), segments);
        return segments;
    }

    private static boolean endsSentenceWhenGlued(char c) {
        return Character.isLowerCase(c) || Character.isDigit(c) || "%”’\"“»)]".indexOf(c) >= 0;
    }

    private static void addTokenizerCuts(String line, List<String> pieces, TreeSet<Integer> cuts) {
        if (String.join("", pieces).equals(line)) {
            int offset = 0;
            for (String piece : pieces) {
                offset += piece.length();
                cuts.add(offset);
            }
            return;
        }
        // Defensive: a tokenizer that trims or rewrites its pieces; locate them instead of adding lengths.
        int cursor = 0;
        for (String piece : pieces) {
            String core = piece.strip();
            int found = core.isEmpty() ? -1 : line.indexOf(core, cursor);
            if (found >= 0) {
                cuts.add(found);
                cursor = found + core.length();
            }
        }
    }

    // Works on offsets rather than substrings: a long line can have thousands of cuts.
    private static boolean mustNotCut(String line, int cut, ProtectedSpans protectedSpans) {
        if (protectedSpans.covers(cut)) {
            return true;
        }
        int beforeEnd = cut;
        while (beforeEnd > 0 && Character.isWhitespace(line.charAt(beforeEnd - 1))) {
            beforeEnd--;
        }
        int afterStart = cut;
        while (afterStart < line.length() && Character.isWhitespace(line.charAt(afterStart))) {
            afterStart++;
        }
        if (beforeEnd == 0 || afterStart == line.length()) {
            return false;
        }
        if (NO_CUT_AFTER.indexOf(line.charAt(beforeEnd - 1)) >= 0) {
            return true;
        }
        char next = line.charAt(afterStart);
        // Sentences start with a capital in all supported languages; Spanish SRX cuts after any closing quote.
        if (Character.isLowerCase(next)) {
            return true;
        }
        String word = lastWord(line, beforeEnd);
        return (TITLES.contains(word) && Character.isUpperCase(next))
                || NON_FINAL_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                || (NUMBERING.contains(word) && Character.isDigit(next))
                || (word.equals("Co.") && (line.startsWith("Ltd", afterStart) || line.startsWith("Limited", afterStart)));
    }

    private static String lastWord(String line, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        while (start < end - 1 && OPENING_MARKS.indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        return line.substring(start, end);
    }

    private static void addTrimmed(String piece, List<String> segments) {
        String trimmed = trim(piece);
        if (!trimmed.isEmpty()) {
            segments.add(trimmed);
        }
    }

    // String.strip() keeps the no-break spaces that copy-pasted web pages are full of.
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
