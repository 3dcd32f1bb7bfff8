package app.redline.api;

import app.redline.base.UserMessageException;
import app.redline.delivery.DocumentProgress;
import app.redline.delivery.SignOffService;
import app.redline.document.DocumentService;
import app.redline.document.DocumentSummary;
import app.redline.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/documents")
class ProjectDocumentsController {

    static final int MAX_SIZE = 200;
    /** Far beyond any real project; page × size stays far from overflowing. */
    static final int MAX_PAGE = 1_000_000;

    private final ProjectService projects;
    private final DocumentService documents;
    private final SignOffService signOffs;

    ProjectDocumentsController(ProjectService projects, DocumentService documents, SignOffService signOffs) {
        this.projects = projects;
        this.documents = documents;
        this.signOffs = signOffs;
    }

    record DocumentPage(long projectId, boolean archived, int page, int size, int totalDocuments, boolean hasNext,
                        List<DocumentItem> items) {}

    @Operation(summary = "A page of the project's documents, newest first, each with its progress; archived=true lists "
            + "the archived ones instead (administrators)")
    @GetMapping
    DocumentPage page(@PathVariable long projectId,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size,
                      @RequestParam(defaultValue = "false") boolean archived) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw UserMessageException.invalid("page is 0 to " + MAX_PAGE + "; size is 1 to " + MAX_SIZE + ".");
        }
        projects.get(projectId); // an unknown project is a 404, not an empty list
        int total = documents.count(projectId, archived);
        long offset = (long) page * size;
        List<DocumentSummary> listed = offset >= total ? List.of() : documents.page(projectId, archived, offset, size);
        Map<Long, DocumentProgress> progress = signOffs.progress(listed.stream().map(DocumentSummary::id).toList());
        return new DocumentPage(projectId, archived, page, size, total, offset + listed.size() < total,
                listed.stream().map(document -> DocumentItem.of(document, progress.get(document.id()))).toList());
    }
}
