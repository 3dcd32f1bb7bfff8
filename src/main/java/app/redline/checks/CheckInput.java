package app.redline.checks;

/**
 * What a check sees: plain values, no entities. {@code source} is the original (e.g. Chinese) text when the
 * segment carries one, else null; {@code glossary} is the project's effective glossary, compiled for matching;
 * {@code termHits} are its terms in these texts, matched on first use and shared by the checks of this input.
 */
public record CheckInput(String readout, String source, String cleanText, String sourceLanguage,
                         String targetLanguage, GlossaryIndex glossary, TermHits termHits) {

    /** Hits found in other texts or with another glossary (or none) are replaced: an input's hits are its own. */
    public CheckInput {
        if (termHits == null || !termHits.isFor(glossary, readout, source, cleanText)) {
            termHits = new TermHits(glossary, readout, source, cleanText);
        }
    }

    public CheckInput(String readout, String source, String cleanText, String sourceLanguage, String targetLanguage,
                      GlossaryIndex glossary) {
        this(readout, source, cleanText, sourceLanguage, targetLanguage, glossary, null);
    }
}
