package app.redline.document;

import java.time.Instant;

/**
 * A document with its progress: the share of translatable segments edited at least once.
 * Page furniture marked "do not translate" stays out of the counts.
 *
 * @param archivedAt when an administrator archived it; null while it is active
 */
public record DocumentSummary(
        long id,
        long projectId,
        String title,
        String originalFileName,
        String importedBy,
        Instant importedAt,
        int segmentCount,
        int translatableCount,
        int editedCount,
        Instant archivedAt,
        String archivedBy) {

    public double progress() {
        return translatableCount == 0 ? 1.0 : (double) editedCount / translatableCount;
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
