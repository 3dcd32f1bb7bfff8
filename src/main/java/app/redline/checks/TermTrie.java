package app.redline.checks;

import app.redline.glossary.ConceptData;
import app.redline.glossary.TermData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Aho-Corasick automata over many terms at once: one over whole words (by {@link WordCodes}), one over chars for
 * terms matched anywhere (Chinese and Japanese have no word boundaries), and a whole-word char automaton for
 * terms left over should the word codes run out. All ignore case; callers check case themselves. Immutable once
 * built, and safe to share between threads: matching only reads the automata.
 */
final class TermTrie {

    static final TermTrie EMPTY = new Builder().build();

    private static final Comparator<TermHit> BY_POSITION =
            Comparator.comparingInt(TermHit::start).thenComparing(Comparator.comparingInt(TermHit::end).reversed());

    /** A trie keeps one payload per key, so all terms sharing a key (across concepts too) share one payload. */
    record Entry(TermData term, ConceptData concept) {}

    private final WordCodes wordCodes;
    private final PayloadTrie<List<Entry>> words;
    private final PayloadTrie<List<Entry>> substrings;
    private final PayloadTrie<List<Entry>> overflowWords;

    private TermTrie(WordCodes wordCodes, PayloadTrie<List<Entry>> words, PayloadTrie<List<Entry>> substrings,
                     PayloadTrie<List<Entry>> overflowWords) {
        this.wordCodes = wordCodes;
        this.words = words;
        this.substrings = substrings;
        this.overflowWords = overflowWords;
    }

    boolean isEmpty() {
        return words == null && substrings == null && overflowWords == null;
    }

    /** Every term found, by position, longer first where two start together; overlaps are left to the caller. */
    List<TermHit> find(String text) {
        if (text == null || text.isEmpty() || isEmpty()) {
            return List.of();
        }
        List<TermHit> hits = new ArrayList<>();
        if (words != null) {
            WordCodes.Encoded encoded = wordCodes.encode(text);
            for (PayloadEmit<List<Entry>> emit : words.parseText(encoded.codes())) {
                add(hits, text, encoded.starts()[emit.getStart()], encoded.ends()[emit.getEnd()], emit.getPayload());
            }
        }
        if (substrings != null || overflowWords != null) {
            String normalised = MatchText.normalise(text);
            addCharMatches(substrings, false, text, normalised, hits);
            addCharMatches(overflowWords, true, text, normalised, hits);
        }
        hits.sort(BY_POSITION);
        return hits;
    }

    private static void addCharMatches(PayloadTrie<List<Entry>> trie, boolean wholeWords, String text,
                                       String normalised, List<TermHit> hits) {
        if (trie != null) {
            for (PayloadEmit<List<Entry>> emit : trie.parseText(normalised)) {
                if (!wholeWords || WordCodes.onWordBoundaries(text, emit.getStart(), emit.getEnd() + 1)) {
                    add(hits, text, emit.getStart(), emit.getEnd() + 1, emit.getPayload());
                }
            }
        }
    }

    private static void add(List<TermHit> hits, String text, int start, int end, List<Entry> entries) {
        String matched = text.substring(start, end);
        for (Entry entry : entries) {
            hits.add(new TermHit(start, end, matched, entry.term(), entry.concept()));
        }
    }

    static final class Builder {

        private final WordCodes.Builder wordCodes;
        private final Map<String, List<Entry>> wordKeys = new HashMap<>();
        private final Map<String, List<Entry>> substringKeys = new HashMap<>();
        private final Map<String, List<Entry>> overflowKeys = new HashMap<>();

        Builder() {
            this(new WordCodes.Builder());
        }

        Builder(WordCodes.Builder wordCodes) {
            this.wordCodes = wordCodes;
        }

        /** Adds one written form of a term; a term's inflected forms are added one by one. */
        Builder add(String form, boolean anywhere, TermData term, ConceptData concept) {
            String key = MatchText.key(form);
            if (key.isEmpty()) {
                return this;
            }
            if (anywhere) {
                addEntry(substringKeys, key, term, concept);
                return this;
            }
            String encoded = wordCodes.encode(key);
            if (encoded != null) {
                addEntry(wordKeys, encoded, term, concept);
            } else {
                addEntry(overflowKeys, key, term, concept);
            }
            return this;
        }

        private static void addEntry(Map<String, List<Entry>> keys, String key, TermData term, ConceptData concept) {
            List<Entry> entries = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (entries.stream().noneMatch(entry -> entry.term() == term)) { // forms differing only in case
                entries.add(new Entry(term, concept));
            }
        }

        TermTrie build() {
            return new TermTrie(wordCodes.build(), trie(wordKeys, Matching.CODES), trie(substringKeys, Matching.ANYWHERE),
                    trie(overflowKeys, Matching.WHOLE_WORDS));
        }

        /** Word codes are not letters: lower-casing them would merge words. Whole words are checked as found. */
        private enum Matching { CODES, ANYWHERE, WHOLE_WORDS }

        private static PayloadTrie<List<Entry>> trie(Map<String, List<Entry>> keys, Matching matching) {
            if (keys.isEmpty()) {
                return null;
            }
            PayloadTrie.PayloadTrieBuilder<List<Entry>> builder = PayloadTrie.builder();
            if (matching != Matching.CODES) {
                builder.ignoreCase();
            }
            keys.forEach((key, entries) -> builder.addKeyword(key, List.copyOf(entries)));
            return builder.build();
        }
    }
}
