package app.redline.document.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.tokenizers.Tokenizer;

/** Word-level differences between two texts, tokenised by LanguageTool's word tokenizer for the language. */
public final class WordDiff {

    public enum Kind { SAME, DELETED, INSERTED }

    public record Part(Kind kind, String text) {}

    private static final Map<String, Tokenizer> TOKENIZERS = new ConcurrentHashMap<>();

    private WordDiff() {}

    public static List<Part> between(String before, String after, String languageTag) {
        Tokenizer tokenizer = TOKENIZERS.computeIfAbsent(languageTag, WordDiff::tokenizerFor);
        List<String> from = tokenizer.tokenize(before == null ? "" : before);
        List<String> to = tokenizer.tokenize(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            append(parts, Kind.SAME, from.subList(position, delta.getSource().getPosition()));
            append(parts, Kind.DELETED, delta.getSource().getLines());
            append(parts, Kind.INSERTED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        append(parts, Kind.SAME, from.subList(position, from.size()));
        return parts;
    }

    private static void append(List<Part> parts, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            parts.set(parts.size() - 1, new Part(kind, parts.getLast().text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }

    private static Tokenizer tokenizerFor(String languageTag) {
        Language language;
        try {
            language = Languages.getLanguageForShortCode(languageTag);
        } catch (IllegalArgumentException unknown) {
            language = Languages.getLanguageForShortCode("en-US");
        }
        return language.getWordTokenizer();
    }
}
