package app.redline.delivery;

import app.redline.base.UserMessageException;
import app.redline.document.DocumentService;
import app.redline.security.CurrentUser;
import app.redline.user.Role;
import app.redline.user.UserDirectory;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Translators and reviewers assigned per document. Assigned reviewers are the only ones who approve or reject
 * the document's segments, and their queue shows it; assigned translators find it under "My documents".
 * Editing is not restricted: any translator may still help on any document. Who may change the assignees:
 * administrators always, a reviewer only while assigned to review the document (see {@link #refusalToAssign}).
 */
@Service
public class AssignmentService {

    public static final int MAX_ASSIGNEES = 50;

    private final DocumentAssignments assignments;
    private final DocumentService documents;
    private final UserDirectory users;
    private final TransactionTemplate transaction;

    AssignmentService(DocumentAssignments assignments, DocumentService documents, UserDirectory users,
                      PlatformTransactionManager transactionManager) {
        this.assignments = assignments;
        this.documents = documents;
        this.users = users;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @PreAuthorize("isAuthenticated()")
    public Assignees assignees(long documentId) {
        documents.header(documentId);
        return assignments.forDocument(documentId);
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, Assignees> assignees(Collection<Long> documentIds) {
        return assignments.forDocuments(documentIds);
    }

    /** Documents the signed-in user is assigned to in the role. */
    @PreAuthorize("isAuthenticated()")
    public Set<Long> myDocuments(Role role) {
        return Set.copyOf(assignments.documentsOf(CurrentUser.username(), role));
    }

    /** Who may be assigned in the role: enabled users holding it. */
    @PreAuthorize("isAuthenticated()")
    public List<String> candidates(Role role) {
        return users.usernamesWithRole(role);
    }

    /**
     * Replaces the document's assignees; each change is appended to the trail. Administrators assign any document;
     * a reviewer only one they are assigned to review, so a reviewer refused a document cannot make it theirs by
     * replacing its reviewers. Translators do not assign themselves or others.
     *
     * @throws AccessDeniedException with the reason, when the signed-in user may not change these assignees
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    public Assignees assign(long documentId, Collection<String> translators, Collection<String> reviewers) {
        documents.header(documentId);
        Set<String> wantedTranslators = holders(Role.TRANSLATOR, translators);
        Set<String> wantedReviewers = holders(Role.REVIEWER, reviewers);
        String actor = CurrentUser.username();
        Instant now = Instant.now();
        return transaction.execute(status -> {
            assignments.lock(documentId);
            Assignees current = assignments.forDocument(documentId);
            // Decided under the lock, on the assignees as they are now, so a concurrent change cannot slip past it.
            refusalToAssign(current).ifPresent(reason -> {
                throw new AccessDeniedException(reason);
            });
            apply(documentId, Role.TRANSLATOR, current.translators(), wantedTranslators, actor, now);
            apply(documentId, Role.REVIEWER, current.reviewers(), wantedReviewers, actor, now);
            return assignments.forDocument(documentId);
        });
    }

    /**
     * Why the signed-in user may not change these assignees, or empty when they may: what the Sign-off view shows
     * beside a disabled "Assign…", and what {@link #assign} refuses with.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> refusalToAssign(Assignees current) {
        if (CurrentUser.hasRole(Role.Names.ADMIN)) {
            return Optional.empty();
        }
        if (!CurrentUser.hasRole(Role.Names.REVIEWER)) {
            return Optional.of("Only administrators and the document's assigned reviewers change who works on it.");
        }
        if (current.reviewers().isEmpty()) {
            return Optional.of("This document has no assigned reviewer, so only an administrator assigns it.");
        }
        if (!current.reviewers().contains(CurrentUser.username())) {
            return Optional.of("Only an administrator or the document's assigned reviewers ("
                    + String.join(", ", current.reviewers()) + ") change who works on it.");
        }
        return Optional.empty();
    }

    /** The document's assignment trail, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AssignmentChange> changes(long documentId) {
        return assignments.changes(documentId);
    }

    private void apply(long documentId, Role role, List<String> current, Set<String> wanted, String actor, Instant at) {
        for (String gone : current) {
            if (!wanted.contains(gone)) {
                assignments.unassign(documentId, gone, role, actor, at);
            }
        }
        for (String added : wanted) {
            if (!current.contains(added)) {
                assignments.assign(documentId, added, role, actor, at);
            }
        }
    }

    /** The names, checked against who holds the role, so nobody is assigned work they cannot do. */
    private Set<String> holders(Role role, Collection<String> names) {
        Set<String> wanted = new TreeSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name != null && !name.isBlank()) {
                wanted.add(name.strip());
            }
        }
        if (wanted.size() > MAX_ASSIGNEES) {
            throw UserMessageException.invalid("At most " + MAX_ASSIGNEES + " " + role.label().toLowerCase()
                    + "s can be assigned to a document.");
        }
        Set<String> lacking = new TreeSet<>(wanted);
        lacking.removeAll(users.usernamesWithRole(role));
        if (!lacking.isEmpty()) {
            throw UserMessageException.invalid("Not a " + role.label().toLowerCase() + " (or disabled): "
                    + String.join(", ", lacking) + ".");
        }
        return wanted;
    }
}
