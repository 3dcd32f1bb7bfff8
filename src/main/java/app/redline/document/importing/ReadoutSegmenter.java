package app.redline.document.importing;

import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.tokenizers.SentenceTokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

// Splits a decoded readout into segments: paragraphs are blocks separated by blank lines, every line
// starts a new segment (readouts put one item per line), and lines are cut into sentences by
// LanguageTool's SRX tokenizer followed by SentenceCuts.
//
// Thread-safe. LanguageTool's SRXSentenceTokenizer is safe to share: tokenize() builds a fresh
// SrxTextIterator per call over an immutable, statically loaded SrxDocument whose rule cache is a
// ConcurrentHashMap; its only mutable field (the line-break mode) is never changed here, and lines are
// handed to it without line breaks anyway.
public final class ReadoutSegmenter {

    private static final String FALLBACK_LANGUAGE = "en-US";
    private static final int PARALLEL_THRESHOLD = 64 * 1024;

    private final Map<String, SentenceTokenizer> tokenizers = new ConcurrentHashMap<>();

    public List<SegmentDraft> split(String text, String languageTag) {
        Objects.requireNonNull(text, "text");
        SentenceTokenizer tokenizer = tokenizerFor(languageTag);
        List<NumberedLine> lines = numberedLines(text);
        // LanguageTool's SRX matching costs roughly 50-100 µs per sentence, so large readouts are split on
        // all cores; lines are independent and the ordered stream keeps the segment order.
        Stream<NumberedLine> stream = text.length() >= PARALLEL_THRESHOLD ? lines.parallelStream() : lines.stream();
        return stream.flatMap(line -> segmentsOf(line, tokenizer).stream()).toList();
    }

    private static List<SegmentDraft> segmentsOf(NumberedLine line, SentenceTokenizer tokenizer) {
        List<SegmentDraft> segments = new ArrayList<>();
        for (String sentence : SentenceCuts.split(line.text(), tokenizer.tokenize(line.text()))) {
            segments.add(new SegmentDraft(line.paragraph(), sentence, !PageFurniture.isFurniture(sentence)));
        }
        return segments;
    }

    private static List<NumberedLine> numberedLines(String text) {
        List<NumberedLine> lines = new ArrayList<>();
        int paragraph = -1;
        boolean afterBlankLine = true;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (isBlank(line)) {
                afterBlankLine = true;
                continue;
            }
            if (afterBlankLine) {
                paragraph++;
                afterBlankLine = false;
            }
            lines.add(new NumberedLine(paragraph, line));
        }
        return lines;
    }

    private record NumberedLine(int paragraph, String text) {
    }

    private SentenceTokenizer tokenizerFor(String languageTag) {
        Language language = resolve(languageTag);
        return tokenizers.computeIfAbsent(language.getShortCodeWithCountryAndVariant(),
                code -> language.getSentenceTokenizer());
    }

    // "fr-FR" and "es-ES" are known to LanguageTool only through their base language; anything it does
    // not know at all ("zh-CN", "", null) falls back to English, the language of most readouts.
    private static Language resolve(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip().replace('_', '-');
        if (!tag.isEmpty()) {
            try {
                return Languages.getLanguageForShortCode(tag);
            } catch (IllegalArgumentException unknownTag) {
                String base = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
                if (Languages.isLanguageSupported(base)) {
                    return Languages.getLanguageForShortCode(base);
                }
            }
        }
        return Languages.getLanguageForShortCode(FALLBACK_LANGUAGE);
    }

    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!SentenceCuts.isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
