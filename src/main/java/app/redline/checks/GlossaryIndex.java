package app.redline.checks;

import app.redline.glossary.ConceptData;
import app.redline.glossary.EffectiveGlossary;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's effective glossary compiled for matching: built once per glossary revision and language pair, then
 * shared by all checks and threads (immutable). Matching is case-insensitive and treats ’ as '; inflected forms
 * of INFLECTED terms are matched too. Hits come by position and may overlap; the checks decide which wins.
 */
public final class GlossaryIndex {

    public static final GlossaryIndex EMPTY = new GlossaryIndex("", "", "", TermTrie.EMPTY, TermTrie.EMPTY,
            TermTrie.EMPTY, Set.of(), Map.of());

    /** A concept's approved target terms and its source terms, preferred first. */
    record ConceptTerms(List<TermData> approved, List<TermData> source) {}

    private final String revisionKey;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final TermTrie targetTerms;
    private final TermTrie sourceTerms;
    private final TermTrie mtRenderings;
    private final Set<String> acceptedWords;
    private final Map<ConceptData, ConceptTerms> termsByConcept;

    GlossaryIndex(String revisionKey, String sourceLanguage, String targetLanguage, TermTrie targetTerms,
                  TermTrie sourceTerms, TermTrie mtRenderings, Set<String> acceptedWords,
                  Map<ConceptData, ConceptTerms> termsByConcept) {
        this.revisionKey = revisionKey == null ? "" : revisionKey;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.targetTerms = targetTerms;
        this.sourceTerms = sourceTerms;
        this.mtRenderings = mtRenderings;
        this.acceptedWords = Set.copyOf(acceptedWords);
        this.termsByConcept = termsByConcept; // identity map, never changed after the build
    }

    /** Compiles the glossary; LanguageTool inflects INFLECTED terms (loading it the first time takes a second). */
    public static GlossaryIndex of(EffectiveGlossary glossary, String sourceLanguage, String targetLanguage) {
        if (glossary == null) {
            return EMPTY;
        }
        EffectiveGlossary usable = glossary.concepts() != null ? glossary
                : new EffectiveGlossary(glossary.revisionKey(), List.of()); // keeps the key, so callers' caches hold
        return new GlossaryIndexBuilder(sourceLanguage, targetLanguage, TermInflector.shared()).build(usable);
    }

    /** The effective glossary's revision key this index was built from ("" for {@link #EMPTY}). */
    public String revisionKey() {
        return revisionKey;
    }

    public String sourceLanguage() {
        return sourceLanguage;
    }

    public String targetLanguage() {
        return targetLanguage;
    }

    public boolean isEmpty() {
        return targetTerms.isEmpty() && sourceTerms.isEmpty();
    }

    /** Target-language terms of every status in a target text (the clean text or the readout), whole words. */
    public List<TermHit> inTarget(String text) {
        return targetTerms.find(text);
    }

    /** Source-language terms in a source text: anywhere for Chinese and Japanese, else whole words. */
    public List<TermHit> inSource(String text) {
        return sourceTerms.find(text);
    }

    /** Known MT renderings (forbidden and deprecated target terms) in a readout. */
    public List<TermHit> inReadout(String text) {
        return mtRenderings.find(text);
    }

    /** Words of preferred and admitted target terms, proper names among them, for a spell-checker to accept. */
    public Set<String> acceptedWords() {
        return acceptedWords;
    }

    /** The concept's preferred and admitted target terms, preferred first: the replacements to offer. */
    public List<TermData> approvedTerms(ConceptData concept) {
        ConceptTerms terms = termsByConcept.get(concept);
        return terms != null ? terms.approved() : sorted(concept.termsIn(targetLanguage).stream()
                .filter(term -> term.status() != null && term.status().approved()).toList());
    }

    /** The concept's source-language terms, preferred first. */
    public List<TermData> sourceTerms(ConceptData concept) {
        ConceptTerms terms = termsByConcept.get(concept);
        return terms != null ? terms.source() : sorted(concept.termsIn(sourceLanguage));
    }

    private static List<TermData> sorted(List<TermData> terms) {
        return terms.stream().sorted(Comparator.comparing(term -> term.status() != TermStatus.PREFERRED)).toList();
    }
}
