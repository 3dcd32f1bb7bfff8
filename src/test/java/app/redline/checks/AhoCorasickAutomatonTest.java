package app.redline.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AhoCorasickAutomatonTest {

    @Test
    void findsEveryKeyOverlappingOnesAndSuffixesIncluded() {
        var automaton = automaton("he", "she", "his", "hers");

        assertThat(find(automaton, "ushers")).containsExactlyInAnyOrder("1-4 she", "2-4 he", "2-6 hers");
    }

    @Test
    void findsNothingInATextWithoutKeys() {
        assertThat(find(automaton("abc"), "abab ab")).isEmpty();
        assertThat(find(automaton("abc"), "")).isEmpty();
    }

    @Test
    void findsWhatSearchingForEachKeyFinds() {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Set<String> keys = new HashSet<>();
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                keys.add(randomText(random, 1 + random.nextInt(5)));
            }
            String text = randomText(random, random.nextInt(60));

            assertThat(find(automaton(keys.toArray(String[]::new)), text))
                    .containsExactlyInAnyOrderElementsOf(searchedOneByOne(keys, text));
        }
    }

    /** Three letters (one outside Latin-1) make many repeats, prefixes and suffixes. */
    private static String randomText(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("ab\u4E2D".charAt(random.nextInt(3)));
        }
        return text.toString();
    }

    private static List<String> searchedOneByOne(Set<String> keys, String text) {
        List<String> found = new ArrayList<>();
        for (String key : keys) {
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                found.add(at + "-" + (at + key.length()) + " " + key);
            }
        }
        return found;
    }

    private static AhoCorasickAutomaton<String> automaton(String... keys) {
        Map<String, String> payloads = new LinkedHashMap<>();
        for (String key : keys) {
            payloads.put(key, key);
        }
        return new AhoCorasickAutomaton<>(payloads);
    }

    private static List<String> find(AhoCorasickAutomaton<String> automaton, String text) {
        List<String> found = new ArrayList<>();
        int state = AhoCorasickAutomaton.START;
        for (int i = 0; i < text.length(); i++) {
            state = automaton.step(state, text.charAt(i));
            automaton.keysEndingAt(state, i, (start, end, key) -> found.add(start + "-" + end + " " + key));
        }
        return found;
    }
}
