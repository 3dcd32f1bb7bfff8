package app.redline.checks.languagetool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachedGrammarEngineTest {

    private final List<String> asked = new ArrayList<>();
    private boolean down;

    private final GrammarEngine counting = new GrammarEngine() {
        @Override
        public List<GrammarMatch> check(String text, String languageTag) {
            asked.add(languageTag + ":" + text);
            if (down) {
                throw new GrammarChecksUnavailableException("down", null);
            }
            return List.of(new GrammarMatch(0, 2, "RULE", "GRAMMAR", "message", List.of("fix"), false, "grammar"));
        }

        @Override
        public void warm(String languageTag) {}
    };

    @Test
    void asksOncePerTextAndLanguage() {
        var engine = new CachedGrammarEngine(counting, 10);

        engine.check("Two overall situation.", "en-US");
        engine.check("Two overall situation.", "en-US");
        engine.check("Two overall situation.", "en-GB");

        assertThat(asked).containsExactly("en-US:Two overall situation.", "en-GB:Two overall situation.");
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacityAndNeverAFailure() {
        var engine = new CachedGrammarEngine(counting, 1);
        down = true;
        assertThatThrownBy(() -> engine.check("A.", "en-US")).isInstanceOf(GrammarChecksUnavailableException.class);
        down = false;

        engine.check("A.", "en-US");
        engine.check("B.", "en-US");
        engine.check("A.", "en-US");

        assertThat(asked).containsExactly("en-US:A.", "en-US:A.", "en-US:B.", "en-US:A.");
    }
}
