package app.redline.checks.languagetool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the grammar matches of recent texts. They depend on the text and the language only (the glossary
 * filter and the project's settings apply afterwards), so a glossary change or a settings change re-checks a
 * segment without asking LanguageTool again.
 */
final class CachedGrammarEngine implements GrammarEngine {

    private record Key(String text, String languageTag) {}

    private final GrammarEngine engine;
    private final Map<Key, List<GrammarMatch>> recent;

    CachedGrammarEngine(GrammarEngine engine, int capacity) {
        this.engine = engine;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<GrammarMatch>> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public List<GrammarMatch> check(String text, String languageTag) {
        var key = new Key(text, languageTag);
        List<GrammarMatch> known = recent.get(key);
        if (known == null) {
            known = List.copyOf(engine.check(text, languageTag)); // a failure throws and is not remembered
            recent.put(key, known);
        }
        return known;
    }

    GrammarEngine uncached() {
        return engine;
    }

    @Override
    public void warm(String languageTag) {
        engine.warm(languageTag);
    }
}
