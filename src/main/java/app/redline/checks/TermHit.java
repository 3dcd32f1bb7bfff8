package app.redline.checks;

import app.redline.glossary.ConceptData;
import app.redline.glossary.TermData;

/**
 * A glossary term found in a text: the span {@code [start, end)} and the text there as written ({@code matched},
 * which may be an inflected form or differ in case and apostrophes), the term it matched and the term's concept.
 */
public record TermHit(int start, int end, String matched, TermData term, ConceptData concept) {

    public int length() {
        return end - start;
    }

    public boolean approved() {
        return term.status().approved();
    }

    public boolean overlaps(TermHit other) {
        return start < other.end && other.start < end;
    }
}
