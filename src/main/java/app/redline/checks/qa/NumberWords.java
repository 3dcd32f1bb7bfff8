package app.redline.checks.qa;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses English number words ("ten million", "twenty-first", "one hundred and five") into values. */
final class NumberWords {

    record Parsed(BigDecimal value, int wordCount, boolean ordinal, boolean hasScale) {}

    private enum Kind { UNIT, TEEN, TENS, HUNDRED, SCALE }

    private record Word(Kind kind, long value, boolean ordinal) {}

    private static final Map<String, Word> WORDS = new HashMap<>();

    static {
        String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        String[] unitOrdinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen"};
        String[] teenOrdinals = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] tensOrdinals = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                "eightieth", "ninetieth"};
        for (int i = 0; i < units.length; i++) {
            WORDS.put(units[i], new Word(Kind.UNIT, i + 1, false));
            WORDS.put(unitOrdinals[i], new Word(Kind.UNIT, i + 1, true));
        }
        for (int i = 0; i < teens.length; i++) {
            WORDS.put(teens[i], new Word(Kind.TEEN, i + 10, false));
            WORDS.put(teenOrdinals[i], new Word(Kind.TEEN, i + 10, true));
        }
        for (int i = 0; i < tens.length; i++) {
            WORDS.put(tens[i], new Word(Kind.TENS, (i + 2) * 10L, false));
            WORDS.put(tensOrdinals[i], new Word(Kind.TENS, (i + 2) * 10L, true));
        }
        WORDS.put("hundred", new Word(Kind.HUNDRED, 100, false));
        WORDS.put("hundredth", new Word(Kind.HUNDRED, 100, true));
        String[] scales = {"thousand", "million", "billion", "trillion"};
        long scale = 1_000;
        for (String name : scales) {
            WORDS.put(name, new Word(Kind.SCALE, scale, false));
            WORDS.put(name + "th", new Word(Kind.SCALE, scale, true));
            scale *= 1_000;
        }
    }

    private NumberWords() {}

    /** Whether a number may start with this word; "a" may ("a million"). */
    static boolean mayStartNumber(String lowerCaseWord) {
        return WORDS.containsKey(lowerCaseWord) || lowerCaseWord.equals("a");
    }

    /** The multiplier of "thousand" … "trillion" (also after digits: "10 million"), else null. */
    static BigDecimal scaleOf(String word) {
        Word w = WORDS.get(word.toLowerCase(Locale.ROOT));
        return w != null && w.kind() == Kind.SCALE && !w.ordinal() ? BigDecimal.valueOf(w.value()) : null;
    }

    /** Reads the longest well-formed number starting at {@code from}; words must be lower case. Null if none. */
    static Parsed parse(List<String> words, int from) {
        if (from < 0 || from >= words.size()) {
            return null;
        }
        long total = 0;
        long current = 0;
        long lastScale = Long.MAX_VALUE;
        Kind last = null;
        boolean ordinal = false;
        boolean hasScale = false;
        int consumed = from;
        int i = from;
        if (words.get(from).equals("a")) {
            if (!followedByMultiplier(words, from)) {
                return null;
            }
            current = 1; // "a million" is "one million"
            last = Kind.UNIT;
            i++;
        }
        while (i < words.size() && !ordinal) {
            String token = words.get(i);
            boolean afterMultiplier = last == Kind.HUNDRED || last == Kind.SCALE;
            if (token.equals("and") && afterMultiplier && followedBySmallNumber(words, i)) {
                i++; // "one hundred and five": "and" only counts when a number follows
                continue;
            }
            Word word = WORDS.get(token);
            if (word == null || !canFollow(word, last, current, lastScale)) {
                break;
            }
            switch (word.kind()) {
                case UNIT, TEEN, TENS -> current += word.value();
                case HUNDRED -> current *= 100;
                case SCALE -> {
                    total += current * word.value();
                    current = 0;
                    lastScale = word.value();
                    hasScale = true;
                }
            }
            hasScale |= word.kind() == Kind.HUNDRED;
            last = word.kind();
            ordinal = word.ordinal();
            consumed = ++i;
        }
        if (consumed == from) {
            return null;
        }
        return new Parsed(BigDecimal.valueOf(total + current), consumed - from, ordinal, hasScale);
    }

    private static boolean canFollow(Word word, Kind last, long current, long lastScale) {
        return switch (word.kind()) {
            case UNIT -> last == null || last == Kind.TENS || last == Kind.HUNDRED || last == Kind.SCALE;
            case TEEN, TENS -> last == null || last == Kind.HUNDRED || last == Kind.SCALE;
            case HUNDRED -> (last == Kind.UNIT || last == Kind.TEEN || last == Kind.TENS) && current < 100;
            case SCALE -> last != null && last != Kind.SCALE && current > 0 && word.value() < lastScale;
        };
    }

    private static boolean followedByMultiplier(List<String> words, int index) {
        Word next = index + 1 < words.size() ? WORDS.get(words.get(index + 1)) : null;
        return next != null && (next.kind() == Kind.HUNDRED || next.kind() == Kind.SCALE);
    }

    private static boolean followedBySmallNumber(List<String> words, int andIndex) {
        if (andIndex + 1 >= words.size()) {
            return false;
        }
        Word next = WORDS.get(words.get(andIndex + 1));
        return next != null && next.kind() != Kind.HUNDRED && next.kind() != Kind.SCALE;
    }
}
