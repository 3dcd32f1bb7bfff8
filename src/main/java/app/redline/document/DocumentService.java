package app.redline.document;

import app.redline.security.CurrentUser;
import java.time.Instant;
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
    private final DocumentArchive archive;

    DocumentService(DocumentQueries queries, DocumentArchive archive) {
        this.queries = queries;
        this.archive = archive;
    }

    /** The project's active documents, newest first: archived ones are left out. */
    public List<DocumentSummary> listByProject(long projectId) {
        return queries.byProject(projectId, false);
    }

    /** The project's archived documents, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<DocumentSummary> listArchived(long projectId) {
        return queries.byProject(projectId, true);
    }

    /** A page of the project's active (or, for administrators, archived) documents, newest first. */
    @PreAuthorize("!#archived or hasRole('ADMIN')")
    public List<DocumentSummary> page(long projectId, boolean archived, long offset, int limit) {
        return queries.page(projectId, archived, offset, limit);
    }

    @PreAuthorize("!#archived or hasRole('ADMIN')")
    public int count(long projectId, boolean archived) {
        return queries.count(projectId, archived);
    }

    /** A document by id with its counts, archived ones included. */
    public DocumentSummary summary(long documentId) {
        return queries.summary(documentId).orElseThrow(() -> new DocumentNotFoundException("document", documentId));
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

    /** Any document by id, archived ones included: their history stays readable. */
    public DocumentHeader header(long documentId) {
        return queries.header(documentId).orElseThrow(() -> new DocumentNotFoundException("document", documentId));
    }

    /** The document, unless it is archived: then a {@link DocumentArchivedException} saying who archived it when. */
    public DocumentHeader requireActive(long documentId) {
        DocumentHeader document = header(documentId);
        if (document.archived()) {
            throw new DocumentArchivedException(documentId, document.archivedBy(), document.archivedAt());
        }
        return document;
    }

    /**
     * Takes the document out of the lists, the review queue and sign-off, and refuses further edits; its segments,
     * revisions and review trail stay. Archiving an archived document changes nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DocumentHeader archive(long documentId) {
        header(documentId);
        archive.archive(documentId, CurrentUser.username(), Instant.now());
        return header(documentId);
    }

    /** Brings an archived document back; restoring an active one changes nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DocumentHeader restore(long documentId) {
        header(documentId);
        archive.restore(documentId, CurrentUser.username(), Instant.now());
        return header(documentId);
    }

    /** Who archived and restored the document and when, oldest first. */
    public List<ArchiveChange> archiveChanges(long documentId) {
        header(documentId);
        return archive.changes(documentId);
    }
}
