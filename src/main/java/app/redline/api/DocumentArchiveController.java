package app.redline.api;

import app.redline.delivery.SignOffService;
import app.redline.document.ArchiveChange;
import app.redline.document.DocumentService;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One document by id, archived or not, and archiving: the document leaves the lists, its history stays. */
@RestController
@RequestMapping("/api/v1/documents/{documentId}")
class DocumentArchiveController {

    private final DocumentService documents;
    private final SignOffService signOffs;

    DocumentArchiveController(DocumentService documents, SignOffService signOffs) {
        this.documents = documents;
        this.signOffs = signOffs;
    }

    record DocumentDetail(DocumentItem document, List<ArchiveChange> archiveChanges) {}

    @Operation(summary = "One document with its progress, archived ones included, and who archived or restored it when")
    @GetMapping
    DocumentDetail get(@PathVariable long documentId) {
        return new DocumentDetail(item(documentId), documents.archiveChanges(documentId));
    }

    @Operation(summary = "Archive the document (administrators): it leaves the lists, the review queue and sign-off and "
            + "takes no edits (409); its segments, revisions and audit stay readable by id. Repeating it changes nothing")
    @PostMapping("/archive")
    DocumentItem archive(@PathVariable long documentId) {
        documents.archive(documentId);
        return item(documentId);
    }

    @Operation(summary = "Restore an archived document (administrators); restoring an active one changes nothing")
    @PostMapping("/restore")
    DocumentItem restore(@PathVariable long documentId) {
        documents.restore(documentId);
        return item(documentId);
    }

    private DocumentItem item(long documentId) {
        return DocumentItem.of(documents.summary(documentId), signOffs.progress(documentId));
    }
}
