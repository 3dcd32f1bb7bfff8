package app.redline.checks;

import app.redline.glossary.ConceptData;
import app.redline.glossary.EffectiveGlossary;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Compiles an effective glossary into a {@link GlossaryIndex}: three tries, the accepted words, terms per concept. */
final class GlossaryIndexBuilder {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}'’-]+");

    private final String sourceLanguage;
    private final String targetLanguage;
    private final TermInflector inflector;
    private final TermTrie.Builder target = new TermTrie.Builder();
    private final TermTrie.Builder source = new TermTrie.Builder();
    private final TermTrie.Builder mtRenderings = new TermTrie.Builder();
    private final Set<String> acceptedWords = new HashSet<>();
    private final Map<ConceptData, GlossaryIndex.ConceptTerms> termsByConcept = new IdentityHashMap<>();

    GlossaryIndexBuilder(String sourceLanguage, String targetLanguage, TermInflector inflector) {
        this.sourceLanguage = sourceLanguage == null ? "" : sourceLanguage;
        this.targetLanguage = targetLanguage == null ? "" : targetLanguage;
        this.inflector = inflector;
    }

    GlossaryIndex build(EffectiveGlossary glossary) {
        for (ConceptData concept : glossary.concepts()) {
            add(concept);
        }
        return new GlossaryIndex(glossary.revisionKey(), sourceLanguage, targetLanguage, target.build(), source.build(),
                mtRenderings.build(), acceptedWords, termsByConcept);
    }

    private void add(ConceptData concept) {
        if (concept.terms() == null) {
            return;
        }
        List<TermData> approved = new ArrayList<>();
        List<TermData> sources = new ArrayList<>();
        for (TermData term : withDefaults(concept.termsIn(targetLanguage))) {
            List<String> forms = forms(term);
            boolean anywhere = matchesAnywhere(term);
            forms.forEach(form -> target.add(form, anywhere, term, concept));
            if (term.status().approved()) {
                approved.add(term);
                forms.forEach(this::acceptWordsOf);
            } else {
                forms.forEach(form -> mtRenderings.add(form, anywhere, term, concept));
            }
        }
        for (TermData term : withDefaults(concept.termsIn(sourceLanguage))) {
            boolean anywhere = matchesAnywhere(term);
            forms(term).forEach(form -> source.add(form, anywhere, term, concept));
            sources.add(term);
        }
        approved.sort(Comparator.comparing(term -> term.status() != TermStatus.PREFERRED));
        sources.sort(Comparator.comparing(term -> term.status() != TermStatus.PREFERRED));
        termsByConcept.put(concept, new GlossaryIndex.ConceptTerms(List.copyOf(approved), List.copyOf(sources)));
    }

    private List<String> forms(TermData term) {
        List<String> forms = new ArrayList<>();
        forms.add(term.text());
        if (term.matchMode() == MatchMode.INFLECTED) {
            forms.addAll(inflector.inflectedForms(term));
        }
        return forms;
    }

    /** Whole-word matching finds nothing in Chinese or Japanese, whatever the term says. */
    private static boolean matchesAnywhere(TermData term) {
        return term.matchMode() == MatchMode.SUBSTRING || MatchMode.defaultFor(term.language()) == MatchMode.SUBSTRING;
    }

    /** Status and match mode as TermData.normalised() defaults them; blank terms dropped. */
    private static List<TermData> withDefaults(List<TermData> terms) {
        List<TermData> usable = new ArrayList<>(terms.size());
        for (TermData term : terms) {
            if (term.text() == null || term.text().isBlank()) {
                continue;
            }
            if (term.status() == null || term.matchMode() == null) {
                term = new TermData(term.id(), term.language(), term.text(),
                        term.status() == null ? TermStatus.ADMITTED : term.status(), term.caseSensitive(),
                        term.matchMode() == null ? MatchMode.defaultFor(term.language()) : term.matchMode(),
                        term.partOfSpeech(), term.note(), term.authority());
            }
            usable.add(term);
        }
        return usable;
    }

    /** Words of approved terms, for a spell-checker: "people-centered" and its parts, "people's" and "people". */
    private void acceptWordsOf(String term) {
        for (String token : WORD_SEPARATORS.split(term)) {
            String word = stripQuotesAndHyphens(token);
            if (word.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            acceptedWords.add(word);
            for (String part : word.split("['’-]")) {
                if (part.length() > 1) {
                    acceptedWords.add(part);
                }
            }
        }
    }

    private static String stripQuotesAndHyphens(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && "'’-".indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "'’-".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }
}
