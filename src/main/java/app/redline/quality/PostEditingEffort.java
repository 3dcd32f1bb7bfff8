package app.redline.quality;

/** A document's post-editing effort over its edited segments: word edits, reference tokens, active editing time. */
public record PostEditingEffort(int editedSegments, long edits, long referenceTokens, long activeMillis) {

    /** TER-style rate over the document: all edits per all reference tokens; null when nothing was edited. */
    public Double editRate() {
        return referenceTokens == 0 ? null : (double) edits / referenceTokens;
    }
}
