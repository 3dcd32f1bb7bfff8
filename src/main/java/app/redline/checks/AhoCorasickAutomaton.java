package app.redline.checks;

import java.util.Arrays;
import java.util.Map;

/**
 * An Aho-Corasick automaton over chars: every occurrence of every key in one pass, overlapping ones included. The
 * caller feeds it one char at a time (word codes or folded text) and asks which keys end there. States are ints and
 * all transitions sit in one open-addressing table, so a step neither boxes a char nor looks into a map per state,
 * as the general-purpose trie library this replaces did for most of the glossary checks' time. Immutable once
 * built, so threads share it.
 */
final class AhoCorasickAutomaton<T> {

    static final int START = 0;
    private static final long EMPTY_SLOT = -1;

    /** Called back with each key found: its span {@code [start, end)} in the chars fed, and the key's payload. */
    interface Matches<T> {
        void found(int start, int end, T payload);
    }

    private final long[] edges; // (state << 16 | char) per slot, or EMPTY_SLOT
    private final int[] targets;
    private final int shift;
    private final int[] fail;
    private final int[] keyEndingAt; // the key the state spells, or -1
    private final int[] nextKeyState; // the nearest state down the fail links that spells a key, or -1
    private final int[] keyLengths;
    private final T[] payloads;

    /** The keys must be non-empty. */
    @SuppressWarnings("unchecked")
    AhoCorasickAutomaton(Map<String, T> payloadsByKey) {
        String[] keys = payloadsByKey.keySet().toArray(String[]::new);
        int maxStates = 1 + Arrays.stream(keys).mapToInt(String::length).sum();
        int size = Integer.highestOneBit(Math.max(16, maxStates * 2 - 1)) << 1; // never more than half full
        edges = new long[size];
        Arrays.fill(edges, EMPTY_SLOT);
        targets = new int[size];
        shift = Long.numberOfLeadingZeros(size - 1);
        keyLengths = Arrays.stream(keys).mapToInt(String::length).toArray();
        payloads = (T[]) Arrays.stream(keys).map(payloadsByKey::get).toArray();
        int[] keyEnds = new int[maxStates];
        int[] parents = new int[maxStates];
        char[] entryChars = new char[maxStates];
        int states = addKeys(keys, keyEnds, parents, entryChars);
        keyEndingAt = Arrays.copyOf(keyEnds, states);
        fail = new int[states];
        nextKeyState = new int[states];
        link(states, parents, entryChars);
    }

    /** Adds the keys a char at a time, every key's first char first, so that states are numbered shallow to deep. */
    private int addKeys(String[] keys, int[] keyEnds, int[] parents, char[] entryChars) {
        Arrays.fill(keyEnds, -1);
        int[] reached = new int[keys.length];
        int longest = Arrays.stream(keyLengths).max().orElse(0);
        int states = 1;
        for (int depth = 0; depth < longest; depth++) {
            for (int key = 0; key < keys.length; key++) {
                if (depth >= keys[key].length()) {
                    continue;
                }
                char c = keys[key].charAt(depth);
                int next = next(reached[key], c);
                if (next < 0) {
                    next = states++;
                    addEdge(reached[key], c, next);
                    parents[next] = reached[key];
                    entryChars[next] = c;
                }
                reached[key] = next;
                if (depth == keys[key].length() - 1) {
                    keyEnds[next] = key;
                }
            }
        }
        return states;
    }

    /**
     * Fail links, shallow states first: a state's fail link is the longest proper suffix of its spelling that is
     * also a state, so a mismatch keeps what still fits.
     */
    private void link(int states, int[] parents, char[] entryChars) {
        nextKeyState[START] = -1;
        for (int state = 1; state < states; state++) {
            int parent = parents[state];
            int link = START;
            if (parent != START) {
                int suffix = fail[parent];
                while (suffix != START && next(suffix, entryChars[state]) < 0) {
                    suffix = fail[suffix];
                }
                link = Math.max(START, next(suffix, entryChars[state]));
            }
            fail[state] = link;
            nextKeyState[state] = keyEndingAt[link] >= 0 ? link : nextKeyState[link];
        }
    }

    /** The state after reading {@code c} in {@code state}, falling back along the fail links. */
    int step(int state, char c) {
        while (true) {
            int next = next(state, c);
            if (next >= 0) {
                return next;
            }
            if (state == START) {
                return START;
            }
            state = fail[state];
        }
    }

    /** Reports every key that ends with the char just read, at {@code position}, which led to {@code state}. */
    void keysEndingAt(int state, int position, Matches<T> matches) {
        int end = position + 1;
        for (int s = keyEndingAt[state] >= 0 ? state : nextKeyState[state]; s >= 0; s = nextKeyState[s]) {
            int key = keyEndingAt[s];
            matches.found(end - keyLengths[key], end, payloads[key]);
        }
    }

    private int next(int state, char c) {
        long edge = (long) state << 16 | c;
        for (int slot = slot(edge); edges[slot] != EMPTY_SLOT; slot = (slot + 1) & (edges.length - 1)) {
            if (edges[slot] == edge) {
                return targets[slot];
            }
        }
        return -1;
    }

    private void addEdge(int state, char c, int target) {
        long edge = (long) state << 16 | c;
        int slot = slot(edge);
        while (edges[slot] != EMPTY_SLOT) {
            slot = (slot + 1) & (edges.length - 1);
        }
        edges[slot] = edge;
        targets[slot] = target;
    }

    /** Fibonacci hashing: the product's top bits spread neighbouring states and chars over the table. */
    private int slot(long edge) {
        return (int) (edge * 0x9E3779B97F4A7C15L >>> shift);
    }
}
