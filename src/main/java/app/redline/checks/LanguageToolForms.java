package app.redline.checks;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The forms of one word in one word class, from LanguageTool: its tagger gives the lemma, its synthesizer every
 * form with a tag of that class ("team" as a noun: team, teams). LanguageTool 6.8's tagger and synthesizer lock
 * their own dictionary lookups, but a Language creates them lazily and unguarded, so calls are serialised here;
 * they only run while an index is built, and results are cached per word.
 */
final class LanguageToolForms {

    enum WordClass { NOUN, VERB }

    /** Tag patterns of the word classes per language (each tagger has its own tag set), and where nouns head a term. */
    record Tags(String languageCode, String noun, String verb, boolean nounFirst) {

        String pattern(WordClass wordClass) {
            return wordClass == WordClass.NOUN ? noun : verb;
        }
    }

    private static final Map<String, Tags> SUPPORTED = Map.of(
            "en", new Tags("en-US", "NN.*", "VB.*", false),
            "de", new Tags("de-DE", "SUB:.*", "VER:.*", false),
            "fr", new Tags("fr", "N .*", "V .*", true),
            "es", new Tags("es", "NC.*", "V.*", true));

    private static final System.Logger LOG = System.getLogger(LanguageToolForms.class.getName());

    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
    private final Map<String, Language> languages = new ConcurrentHashMap<>();

    static Tags tags(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        return SUPPORTED.get(dash < 0 ? tag : tag.substring(0, dash));
    }

    /** All forms of the word in the class, the word's own among them; empty if LanguageTool does not know it. */
    List<String> forms(Tags tags, String word, WordClass wordClass) {
        String key = tags.languageCode() + '\u0000' + wordClass + '\u0000' + word;
        List<String> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        List<String> forms = lookUp(tags, word, wordClass);
        cache.put(key, forms);
        return forms;
    }

    private synchronized List<String> lookUp(Tags tags, String word, WordClass wordClass) {
        try {
            Language language = languages.computeIfAbsent(tags.languageCode(), Languages::getLanguageForShortCode);
            String pattern = tags.pattern(wordClass);
            Set<String> forms = new LinkedHashSet<>();
            for (AnalyzedToken reading : readings(language, word)) {
                if (reading.getLemma() != null && reading.getPOSTag() != null && reading.getPOSTag().matches(pattern)) {
                    forms.addAll(Arrays.asList(language.getSynthesizer().synthesize(reading, pattern, true)));
                }
            }
            forms.removeIf(form -> form.isBlank() || form.indexOf(' ') >= 0);
            return List.copyOf(forms);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "No inflected forms of \"" + word + "\": " + e);
            return List.of();
        }
    }

    /** Lower-cased as a fallback: English tags "Team" only as the sentence-initial "team". */
    private static AnalyzedTokenReadings readings(Language language, String word) throws IOException {
        AnalyzedTokenReadings readings = language.getTagger().tag(List.of(word)).getFirst();
        if (!readings.isTagged() && !word.equals(word.toLowerCase(Locale.ROOT))) {
            readings = language.getTagger().tag(List.of(word.toLowerCase(Locale.ROOT))).getFirst();
        }
        return readings;
    }
}
