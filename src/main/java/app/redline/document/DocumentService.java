package app.redline.document;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DocumentService {

    private final DocumentQueries queries;

    DocumentService(DocumentQueries queries) {
        this.queries = queries;
    }

    public List<DocumentSummary> listByProject(long projectId) {
        return queries.byProject(projectId);
    }

    public DocumentHeader header(long documentId) {
        return queries.header(documentId).orElseThrow(() -> new DocumentNotFoundException("document", documentId));
    }
}
