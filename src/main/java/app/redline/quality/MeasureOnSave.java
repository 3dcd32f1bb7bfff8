package app.redline.quality;

import app.redline.document.DocumentService;
import app.redline.document.RevisionKey;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentChanged;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.security.SystemUser;
import app.redline.user.Role;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Measures a segment's newest revision (words, word edits from the readout) after it was saved, in the background,
 * so a document's first quality report reads numbers instead of tokenising and diffing thousands of revisions.
 * A revision missed here (a failure, a restart) is measured by the next report.
 */
@Component
class MeasureOnSave {

    private static final Logger log = LoggerFactory.getLogger(MeasureOnSave.class);

    private final SegmentService segments;
    private final DocumentService documents;
    private final ProjectService projects;
    private final QualityRecords records;
    private final RevisionMeasures measures;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("revision-measures").daemon().factory());

    MeasureOnSave(SegmentService segments, DocumentService documents, ProjectService projects, QualityRecords records,
                  RevisionMeasures measures) {
        this.segments = segments;
        this.documents = documents;
        this.projects = projects;
        this.records = records;
        this.measures = measures;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void segmentChanged(SegmentChanged change) {
        background.submit(() -> SystemUser.runAs(SystemUser.NAME, () -> measureNewestRevision(change.segmentId()),
                Role.ADMIN));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Reads through the owning modules' services, as the system: this runs on its own thread, for nobody. */
    Void measureNewestRevision(long segmentId) {
        try {
            RevisionSnapshot newest = segments.latestRevision(segmentId);
            if (records.measured(new RevisionKey(segmentId, newest.revisionNo()))) {
                return null;
            }
            SegmentSnapshot segment = segments.get(segmentId);
            String language = projects.get(documents.header(segment.documentId()).projectId()).targetLanguage();
            measures.store(List.of(new RevisionMeasures.Measured(segmentId, newest.revisionNo(),
                    RevisionMeasures.measure(new WordTokens(language), segment.readout(), newest.text()))));
        } catch (RuntimeException e) {
            log.debug("Could not measure the newest revision of segment {}; the next quality report will", segmentId, e);
        }
        return null;
    }
}
