package app.redline.checks.qa;

import app.redline.checks.qa.NumberMention.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates, digit numbers ("6.3", "10 million", "14th", "5%", "1000万") and number words in a text. */
final class NumberExtractor {

    private static final Pattern DIGITS = Pattern.compile("(?<!\\d)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
            + "(?:(st|nd|rd|th)(?!\\p{L})"
            + "|\\s?(hundred|thousand|million|billion|trillion|mn|bn|tn)(?!\\p{L})"
            + "|(万亿|亿|万|千)"
            + "|\\p{L}{1,3}(?!\\p{L}))?" // a unit such as "10m" or "5G" belongs to the span, not to the value
            + "(\\s?(?:%|percent(?!\\p{L})|per cent(?!\\p{L})))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern PERCENT_AFTER = Pattern.compile("\\s?(?:%|percent(?!\\p{L})|per cent(?!\\p{L}))");
    // Longer digit runs are ids or noise, and parsing them would cost time for nothing.
    private static final int MAX_DIGITS = 40;

    private NumberExtractor() {}

    static List<NumberMention> extract(String text) {
        List<NumberMention> mentions = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return mentions;
        }
        String ascii = withAsciiDigits(text);
        BitSet taken = new BitSet(ascii.length());
        DateFinder.find(ascii, taken, mentions);
        findDigitNumbers(ascii, taken, mentions);
        findWordNumbers(ascii, taken, mentions);
        mentions.sort(Comparator.comparingInt(NumberMention::start));
        return mentions;
    }

    private static void findDigitNumbers(String text, BitSet taken, List<NumberMention> out) {
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            if (DateFinder.isTaken(taken, m.start(), m.end()) || m.group(1).length() > MAX_DIGITS) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            String scaleWord = m.group(4) != null ? m.group(4) : m.group(5);
            if (scaleWord != null) {
                value = value.multiply(scaleOf(scaleWord));
            }
            Shape shape = m.group(6) != null ? Shape.PERCENT : m.group(3) != null ? Shape.ORDINAL : Shape.CARDINAL;
            taken.set(m.start(), m.end());
            out.add(NumberMention.number(m.start(), m.end(), m.group(), shape, value, true));
        }
    }

    private static BigDecimal scaleOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "hundred" -> BigDecimal.valueOf(100);
            case "mn" -> BigDecimal.valueOf(1_000_000);
            case "bn" -> BigDecimal.valueOf(1_000_000_000);
            case "tn" -> BigDecimal.valueOf(1_000_000_000_000L);
            case "千" -> BigDecimal.valueOf(1_000);
            case "万" -> BigDecimal.valueOf(10_000);
            case "亿" -> BigDecimal.valueOf(100_000_000);
            case "万亿" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> NumberWords.scaleOf(word);
        };
    }

    /** Number words are parsed within runs of words joined by spaces or hyphens ("twenty-first", "ten million"). */
    private static void findWordNumbers(String text, BitSet taken, List<NumberMention> out) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            boolean free = !DateFinder.isTaken(taken, m.start(), m.end());
            if (!spans.isEmpty() && (!free || !joins(text, spans.getLast()[1], m.start()))) {
                parseRun(text, words, spans, out);
            }
            if (free) {
                words.add(m.group().toLowerCase(Locale.ROOT));
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        parseRun(text, words, spans, out);
    }

    private static void parseRun(String text, List<String> words, List<int[]> spans, List<NumberMention> out) {
        for (int i = 0; i < words.size(); i++) {
            NumberWords.Parsed parsed = NumberWords.mayStartNumber(words.get(i)) ? NumberWords.parse(words, i) : null;
            if (parsed == null) {
                continue;
            }
            int start = spans.get(i)[0];
            int end = spans.get(i + parsed.wordCount() - 1)[1];
            Shape shape = parsed.ordinal() ? Shape.ORDINAL : Shape.CARDINAL;
            Matcher percent = PERCENT_AFTER.matcher(text).region(end, text.length());
            if (!parsed.ordinal() && percent.lookingAt()) {
                shape = Shape.PERCENT;
                end = percent.end();
            }
            // Small number words are idiomatic too often ("one of", "first, we must") to demand them.
            boolean significant = parsed.hasScale() || parsed.value().compareTo(BigDecimal.valueOf(12)) > 0;
            out.add(NumberMention.number(start, end, text.substring(start, end), shape, parsed.value(), significant));
            i += parsed.wordCount() - 1;
        }
        words.clear();
        spans.clear();
    }

    private static boolean joins(String text, int from, int to) {
        if (to - from == 1 && (text.charAt(from) == '-' || text.charAt(from) == '\u2010')) {
            return true;
        }
        return to > from && text.substring(from, to).isBlank();
    }

    /** Full-width digits and signs become ASCII, one char for one, so spans stay valid. */
    private static String withAsciiDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF10' && c <= '\uFF19') {
                chars[i] = (char) ('0' + (c - '\uFF10'));
            } else if (c == '\uFF05') {
                chars[i] = '%';
            } else if (c == '\uFF0E') {
                chars[i] = '.';
            }
        }
        return new String(chars);
    }
}
