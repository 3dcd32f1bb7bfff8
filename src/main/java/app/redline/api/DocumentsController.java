package app.redline.api;

import app.redline.base.UserMessageException;
import app.redline.document.DocumentImportService;
import app.redline.document.DocumentService;
import app.redline.document.ImportProgress;
import app.redline.document.ImportResult;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
class DocumentsController {

    private final DocumentImportService importer;
    private final DocumentService documents;
    private final SegmentService segments;

    DocumentsController(DocumentImportService importer, DocumentService documents, SegmentService segments) {
        this.importer = importer;
        this.documents = documents;
        this.segments = segments;
    }

    record Imported(long documentId, String title, int segmentCount) {}

    record SegmentItem(long id, int position, String readout, String sourceText, String cleanText, String status,
                       boolean translatable, long version) {
        static SegmentItem of(SegmentSnapshot segment) {
            return new SegmentItem(segment.id(), segment.position(), segment.readout(), segment.sourceText(),
                    segment.cleanText(), segment.status().name(), segment.translatable(), segment.version());
        }
    }

    record SegmentPage(long documentId, int page, int size, int totalSegments, boolean hasNext, List<SegmentItem> items) {}

    @Operation(summary = "Import a plain-text readout (UTF-8) into a project; all-or-nothing")
    @PostMapping(path = "/projects/{projectId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Imported importReadout(@PathVariable long projectId, @RequestParam("file") MultipartFile file) throws IOException {
        ImportResult result = importer.importReadout(projectId, file.getOriginalFilename(), file.getBytes(), ImportProgress.NONE);
        return new Imported(result.documentId(), result.title(), result.segmentCount());
    }

    @Operation(summary = "A page of a document's segments in reading order")
    @GetMapping("/documents/{documentId}/segments")
    SegmentPage segments(@PathVariable long documentId,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw UserMessageException.invalid("page must be 0 or more and size between 1 and 1000.");
        }
        int total = documents.header(documentId).segmentCount();
        long offset = (long) page * size;
        List<SegmentItem> items = offset >= total ? List.of()
                : segments.page(documentId, SegmentFilter.ALL, (int) offset, size).stream().map(SegmentItem::of).toList();
        return new SegmentPage(documentId, page, size, total, offset + items.size() < total, items);
    }
}
