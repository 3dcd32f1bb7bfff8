package app.redline.delivery;

import app.redline.document.SegmentStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A document's translatable segments counted by status (do-not-translate segments stay out), and whether its
 * latest sign-off still holds.
 *
 * @param signedOff a sign-off exists and no segment changed after it
 */
public record DocumentProgress(long documentId, Map<SegmentStatus, Integer> counts, boolean signedOff) {

    public DocumentProgress {
        var all = new EnumMap<SegmentStatus, Integer>(SegmentStatus.class);
        for (SegmentStatus status : SegmentStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public int count(SegmentStatus status) {
        return counts.get(status);
    }

    public int translatable() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int approved() {
        return count(SegmentStatus.APPROVED);
    }

    public DocumentState state() {
        if (count(SegmentStatus.NEW) + count(SegmentStatus.DRAFT) + count(SegmentStatus.REJECTED) > 0) {
            return DocumentState.IN_TRANSLATION;
        }
        if (count(SegmentStatus.SUBMITTED) > 0) {
            return DocumentState.IN_REVIEW;
        }
        return signedOff ? DocumentState.SIGNED_OFF : DocumentState.APPROVED;
    }

    /** For lists: "12/40 approved · in review". */
    public String summary() {
        return approved() + "/" + translatable() + " approved · " + state().label();
    }
}
