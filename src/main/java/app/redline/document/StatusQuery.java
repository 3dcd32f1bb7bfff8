package app.redline.document;

import java.util.Set;

/**
 * Which translatable segments of one status to list, the oldest change first (the review queue lists submitted
 * ones this way).
 *
 * @param excludedWorker  never a segment this user last changed or wrote the latest revision of (four eyes)
 * @param changedBy       only segments this user last changed; null: anyone's
 * @param onlyDocuments   only segments of these documents; null: of any document
 * @param exceptDocuments never segments of these documents
 */
public record StatusQuery(SegmentStatus status, String excludedWorker, String changedBy, Set<Long> onlyDocuments,
                          Set<Long> exceptDocuments) {

    public StatusQuery {
        onlyDocuments = onlyDocuments == null ? null : Set.copyOf(onlyDocuments);
        exceptDocuments = exceptDocuments == null ? Set.of() : Set.copyOf(exceptDocuments);
        changedBy = changedBy == null || changedBy.isBlank() ? null : changedBy.strip();
    }
}
