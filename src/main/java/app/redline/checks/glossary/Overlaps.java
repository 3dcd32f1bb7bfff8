package app.redline.checks.glossary;

import app.redline.checks.TermHit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of overlapping hits the text means: the longer one. "municipal committee" inside "Standing Committee of
 * the CPC Municipal Committee" is part of the approved name, not a rendering of its own.
 */
final class Overlaps {

    private Overlaps() {}

    /** Drops hits overlapped by a longer hit, and unapproved hits overlapped by an approved hit as long. */
    static List<TermHit> longestMatches(List<TermHit> hits) {
        if (hits.size() < 2) {
            return hits;
        }
        List<TermHit> kept = new ArrayList<>(hits.size());
        for (TermHit hit : hits) {
            if (!outweighed(hit, hits)) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private static boolean outweighed(TermHit hit, List<TermHit> hits) {
        for (TermHit other : hits) {
            if (other == hit || !other.overlaps(hit)) {
                continue;
            }
            if (other.length() > hit.length() || other.length() == hit.length() && other.approved() && !hit.approved()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the span lies inside a longer one of the given spans. */
    static boolean insideLonger(int start, int end, List<TermHit> spans) {
        for (TermHit span : spans) {
            if (span.start() <= start && end <= span.end() && span.length() > end - start) {
                return true;
            }
        }
        return false;
    }
}
