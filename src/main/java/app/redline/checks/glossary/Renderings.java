package app.redline.checks.glossary;

import app.redline.checks.GlossaryIndex;
import app.redline.glossary.ConceptData;
import app.redline.glossary.TermData;
import java.util.List;

/** What to offer instead of a wrong rendering, and how messages quote terms. */
final class Renderings {

    private Renderings() {}

    /** The concept's approved target terms, preferred first, capitalised where the match starts a sentence. */
    static List<String> replacements(GlossaryIndex glossary, ConceptData concept, String text, int start) {
        return glossary.approvedTerms(concept).stream()
                .map(term -> TermCasing.forPosition(term.text(), text, start))
                .distinct()
                .toList();
    }

    static String quoted(String term) {
        return "«" + term + "»";
    }

    static String sourceTerm(GlossaryIndex glossary, ConceptData concept) {
        List<TermData> terms = glossary.sourceTerms(concept);
        return terms.isEmpty() ? null : terms.getFirst().text();
    }
}
