package app.redline.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** The headers of the documents that exist among the ids, by id. */
    public Map<Long, DocumentHeader> headers(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return queries.headers(Set.copyOf(documentIds), null).stream()
                .collect(Collectors.toMap(DocumentHeader::id, Function.identity()));
    }

    /** The headers of a project's documents; of every document when {@code projectId} is null. */
    public List<DocumentHeader> headersOf(Long projectId) {
        return queries.headers(null, projectId);
    }

    public DocumentHeader header(long documentId) {
        return queries.header(documentId).orElseThrow(() -> new DocumentNotFoundException("document", documentId));
    }
}
