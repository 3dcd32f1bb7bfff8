package app.redline.checks;

import app.redline.glossary.ConceptData;
import app.redline.glossary.TermData;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    private final AhoCorasickDoubleArrayTrie<List<Entry>> words;
    private final AhoCorasickDoubleArrayTrie<List<Entry>> substrings;
    private final AhoCorasickDoubleArrayTrie<List<Entry>> overflowWords;

    private TermTrie(WordCodes wordCodes, AhoCorasickDoubleArrayTrie<List<Entry>> words,
                     AhoCorasickDoubleArrayTrie<List<Entry>> substrings, AhoCorasickDoubleArrayTrie<List<Entry>> overflowWords) {
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
            addWordMatches(text, hits);
        }
        addCharMatches(substrings, false, text, hits);
        addCharMatches(overflowWords, true, text, hits);
        hits.sort(BY_POSITION);
        return hits;
    }

    /** Words become one char each (a word in no term gets a code no key holds), so a match is a run of whole words. */
    private void addWordMatches(String text, List<TermHit> hits) {
        WordCodes.Encoded encoded = wordCodes.encode(text);
        char[] codes = encoded.count() == encoded.codes().length ? encoded.codes()
                : Arrays.copyOf(encoded.codes(), encoded.count());
        words.parseText(codes, (first, end, entries) ->
                add(hits, text, encoded.starts()[first], encoded.ends()[end - 1], entries));
    }

    /** Text read as the keys were made: normalised and lower-cased char by char, so offsets stay the text's. */
    private static void addCharMatches(AhoCorasickDoubleArrayTrie<List<Entry>> trie, boolean wholeWords, String text,
                                       List<TermHit> hits) {
        if (trie == null) {
            return;
        }
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(MatchText.normalise(text.charAt(i)));
        }
        trie.parseText(folded, (start, end, entries) -> {
            if (!wholeWords || WordCodes.onWordBoundaries(text, start, end)) {
                add(hits, text, start, end, entries);
            }
        });
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
            return new TermTrie(wordCodes.build(), automaton(wordKeys), automaton(substringKeys), automaton(overflowKeys));
        }

        /** Char keys come lower-cased from {@link MatchText#key}, as the text is read; word codes are taken as they are. */
        private static AhoCorasickDoubleArrayTrie<List<Entry>> automaton(Map<String, List<Entry>> keys) {
            if (keys.isEmpty()) {
                return null;
            }
            var frozen = new TreeMap<String, List<Entry>>();
            keys.forEach((key, entries) -> frozen.put(key, List.copyOf(entries)));
            var trie = new AhoCorasickDoubleArrayTrie<List<Entry>>();
            trie.build(frozen);
            return trie;
        }
    }
}
