package app.redline.quality;

/**
 * Post-editing effort on one edited segment: word edits from the readout to the current clean text, over the clean
 * text's tokens (words and punctuation marks), and the active editing time recorded for it.
 */
public record SegmentEffort(long segmentId, int position, int edits, int referenceTokens, long activeMillis) {

    /** TER-style rate: edits per reference token; null for an empty clean text. */
    public Double editRate() {
        return WordEdits.rate(edits, referenceTokens);
    }
}
