package app.redline.checks;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The glossary's terms in one input's texts, each text matched once however many checks ask: the glossary checks
 * all need the clean text's hits, and matching is most of their work. Computed on first use; safe to share between
 * threads (two threads asking at once may both match, and get equal hits).
 */
public final class TermHits {

    private final GlossaryIndex glossary;
    private final String readout;
    private final String source;
    private final String cleanText;
    private volatile List<TermHit> inCleanText;
    private volatile List<TermHit> inReadout;
    private volatile List<TermHit> inSource;

    TermHits(GlossaryIndex glossary, String readout, String source, String cleanText) {
        this.glossary = glossary;
        this.readout = readout;
        this.source = source;
        this.cleanText = cleanText;
    }

    /** Target terms of every status in the clean text, as {@link GlossaryIndex#inTarget} finds them; unmodifiable. */
    public List<TermHit> inCleanText() {
        List<TermHit> hits = inCleanText;
        if (hits == null) {
            hits = inCleanText = glossary == null ? List.of() : Collections.unmodifiableList(glossary.inTarget(cleanText));
        }
        return hits;
    }

    /** Target terms of every status in the readout, as {@link GlossaryIndex#inTarget} finds them; unmodifiable. */
    public List<TermHit> inReadout() {
        List<TermHit> hits = inReadout;
        if (hits == null) {
            hits = inReadout = glossary == null ? List.of() : Collections.unmodifiableList(glossary.inTarget(readout));
        }
        return hits;
    }

    /** Source terms in the source text, as {@link GlossaryIndex#inSource} finds them; unmodifiable. */
    public List<TermHit> inSource() {
        List<TermHit> hits = inSource;
        if (hits == null) {
            hits = inSource = glossary == null ? List.of() : Collections.unmodifiableList(glossary.inSource(source));
        }
        return hits;
    }

    /** Whether these are the hits of that glossary in those texts. */
    boolean isFor(GlossaryIndex glossary, String readout, String source, String cleanText) {
        return this.glossary == glossary && Objects.equals(this.readout, readout) && Objects.equals(this.source, source)
                && Objects.equals(this.cleanText, cleanText);
    }

    /** Equal when found in the same texts with the same glossary: the hits follow from those, found or not yet. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TermHits hits && hits.isFor(glossary, readout, source, cleanText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(glossary, readout, source, cleanText);
    }
}
