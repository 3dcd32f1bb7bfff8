package app.redline.checks.qa;

import java.text.Normalizer;
import java.util.Map;

/** Which characters are Chinese script or CJK punctuation, and their ASCII stand-ins. */
final class CjkChars {

    private static final Map<Character, String> PUNCTUATION = Map.ofEntries(
            Map.entry('。', "."), Map.entry('、', ","), Map.entry('「', "“"), Map.entry('」', "”"),
            Map.entry('『', "‘"), Map.entry('』', "’"), Map.entry('《', "“"), Map.entry('》', "”"),
            Map.entry('〈', "‘"), Map.entry('〉', "’"), Map.entry('【', "["), Map.entry('】', "]"),
            Map.entry('〔', "["), Map.entry('〕', "]"), Map.entry('\u3000', " "), Map.entry('～', "~"));

    private CjkChars() {}

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean isCjk(int cp) {
        return isHan(cp)
                || (cp >= 0x3000 && cp <= 0x303F)  // CJK symbols and punctuation: 、。「」
                || (cp >= 0xFF01 && cp <= 0xFF64)  // full-width forms: ，！（）：；？
                || (cp >= 0xFE10 && cp <= 0xFE1F)  // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE4F)  // CJK compatibility forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6); // full-width ￥ ￡
    }

    /** The run in ASCII punctuation, or null when some character has no obvious counterpart. */
    static String toAsciiPunctuation(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            String mapped = PUNCTUATION.get(c);
            if (mapped == null && c >= 0xFF01 && c <= 0xFF5E) {
                mapped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC); // ，→,  ：→:
            }
            if (mapped == null && !isCjk(c)) {
                mapped = String.valueOf(c); // a joiner such as a space or a curly quote
            }
            if (mapped == null) {
                return null;
            }
            out.append(mapped);
        }
        return out.toString();
    }
}
