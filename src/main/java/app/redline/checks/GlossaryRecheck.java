package app.redline.checks;

import app.redline.document.DocumentService;
import app.redline.document.DocumentSummary;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.glossary.EffectiveGlossary;
import app.redline.glossary.GlossaryChanged;
import app.redline.glossary.GlossaryRevisions;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.security.SystemUser;
import app.redline.user.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a glossary change, marks the segments whose texts mention a changed term (as it was or as it is) for
 * re-check and re-checks those with a stored result in the background; the stored results of all other segments
 * stay valid. Works in small batches, so a translator's live checks never wait behind a whole project.
 */
@Component
class GlossaryRecheck {

    private static final Logger log = LoggerFactory.getLogger(GlossaryRecheck.class);
    private static final int PAGE = 1_000;
    private static final int BATCH = 16;

    private final ProjectService projects;
    private final DocumentService documents;
    private final SegmentService segments;
    private final CheckService checks;
    private final CheckResults results;
    // One change at a time, in the order they were committed: each moves revisions on from where the last left them.
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("glossary-recheck").daemon().factory());

    GlossaryRecheck(ProjectService projects, DocumentService documents, SegmentService segments, CheckService checks,
                    CheckResults results) {
        this.projects = projects;
        this.documents = documents;
        this.segments = segments;
        this.checks = checks;
        this.results = results;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void glossaryChanged(GlossaryChanged change) {
        background.submit(() -> SystemUser.runAs(SystemUser.NAME, () -> recheck(change), Role.ADMIN));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Returns how many segments were re-checked. */
    int recheck(GlossaryChanged change) {
        try {
            List<ProjectInfo> affectedProjects = change.projectId() == null ? projects.list()
                    : List.of(projects.get(change.projectId()));
            Set<Long> affected = new HashSet<>();
            List<Marked> marked = new ArrayList<>();
            for (ProjectInfo project : affectedProjects) {
                mark(project, change, affected, marked);
            }
            if (change.projectId() == null) {
                results.moveGlobalRevision(change.revisionBefore(), change.revisionAfter(), affected);
            }
            recheckInBatches(marked);
            log.info("Glossary {} changed (revision {} → {}): {} checked segment(s) mention a changed term, re-checked",
                    change.glossaryId(), change.revisionBefore(), change.revisionAfter(), marked.size());
            return marked.size();
        } catch (RuntimeException failure) {
            // The stored results of this change stay stale; reports re-check them when they are next read.
            log.warn("Re-checking after glossary {} changed failed", change.glossaryId(), failure);
            return 0;
        }
    }

    /**
     * Finds the project's checked segments that mention a changed term; moves the others' results on. Reads a
     * page of segments at a time and keeps only ids and the mentioning segments, so a large project fits.
     */
    private void mark(ProjectInfo project, GlossaryChanged change, Set<Long> affected, List<Marked> marked) {
        GlossaryIndex changedTerms = GlossaryIndex.of(new EffectiveGlossary("", change.touched()),
                project.sourceLanguage(), project.targetLanguage());
        Set<Long> stored = new HashSet<>();
        for (DocumentSummary document : documents.listByProject(project.id())) {
            forEachPage(document.id(), page -> {
                // Only stored results need renewing: a segment never checked is checked when someone first looks.
                Set<Long> storedOnPage = results.storedAmong(page.stream().map(SegmentSnapshot::id).toList());
                stored.addAll(storedOnPage);
                for (SegmentSnapshot segment : page) {
                    if (storedOnPage.contains(segment.id()) && segment.translatable() && mentions(changedTerms, segment)) {
                        affected.add(segment.id());
                        marked.add(new Marked(project.id(), segment));
                    }
                }
            });
        }
        if (change.projectId() != null && !stored.isEmpty()) {
            results.moveProjectRevision(change.revisionBefore(), change.revisionAfter(), stored, affected);
        }
    }

    private record Marked(long projectId, SegmentSnapshot segment) {}

    private void forEachPage(long documentId, Consumer<List<SegmentSnapshot>> action) {
        for (int offset = 0; ; offset += PAGE) {
            List<SegmentSnapshot> page = segments.page(documentId, SegmentFilter.ALL, offset, PAGE);
            action.accept(page);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** Could the change matter to this segment? Any changed term, in any status, in any of its texts. */
    private static boolean mentions(GlossaryIndex changedTerms, SegmentSnapshot segment) {
        return !changedTerms.inTarget(segment.readout()).isEmpty()
                || !changedTerms.inTarget(segment.cleanText()).isEmpty()
                || segment.sourceText() != null && !changedTerms.inSource(segment.sourceText()).isEmpty();
    }

    private void recheckInBatches(List<Marked> marked) {
        for (int from = 0; from < marked.size(); from += BATCH) {
            List<Marked> batch = marked.subList(from, Math.min(marked.size(), from + BATCH));
            // Read before checking: a result is never stored as newer than the glossary it was checked against.
            List<GlossaryRevisions> revisions = batch.stream().map(item -> checks.revisions(item.projectId())).toList();
            List<CompletableFuture<List<Issue>>> pending = batch.stream()
                    .map(item -> checks.checkLater(item.projectId(), item.segment().readout(), item.segment().sourceText(),
                            item.segment().cleanText()))
                    .toList();
            List<CheckResults.Fresh> fresh = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                SegmentSnapshot segment = batch.get(i).segment();
                long projectId = batch.get(i).projectId();
                List<Issue> issues = pending.get(i).join();
                if (issues.stream().noneMatch(issue -> CheckRunner.CHECK_FAILED.equals(issue.ruleId()))) {
                    fresh.add(new CheckResults.Fresh(segment.id(), checks.textKey(projectId, segment.readout(),
                            segment.sourceText(), segment.cleanText()), revisions.get(i), issues));
                }
            }
            results.store(fresh);
        }
    }
}
