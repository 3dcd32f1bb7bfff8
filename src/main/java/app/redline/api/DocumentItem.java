package app.redline.api;

import app.redline.delivery.DocumentProgress;
import app.redline.document.DocumentSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A document as the lists show it: the Documents screen's edit progress and the Sign-off screen's review progress. */
record DocumentItem(long id, long projectId, String title, String originalFileName, String importedBy,
                    Instant importedAt, int segmentCount,
                    @Schema(description = "Translatable segments edited at least once (the Documents screen's bar)")
                    int editedSegments,
                    @Schema(description = "Translatable segments by status and the document's state, as on Sign-off")
                    DocumentStatusController.StatusItem progress,
                    @Schema(description = "Archived documents are left out of lists and take no edits; still readable by id")
                    boolean archived, Instant archivedAt, String archivedBy) {

    static DocumentItem of(DocumentSummary document, DocumentProgress progress) {
        return new DocumentItem(document.id(), document.projectId(), document.title(), document.originalFileName(),
                document.importedBy(), document.importedAt(), document.segmentCount(), document.editedCount(),
                DocumentStatusController.StatusItem.of(progress), document.archived(), document.archivedAt(),
                document.archivedBy());
    }
}
