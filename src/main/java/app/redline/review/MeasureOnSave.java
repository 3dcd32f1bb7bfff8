package app.redline.review;

import app.redline.document.SegmentChanged;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final RevisionMeasures measures;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("revision-measures").daemon().factory());

    MeasureOnSave(NamedParameterJdbcTemplate jdbc, RevisionMeasures measures) {
        this.jdbc = jdbc;
        this.measures = measures;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void segmentChanged(SegmentChanged change) {
        background.submit(() -> measureNewestRevision(change.segmentId()));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    void measureNewestRevision(long segmentId) {
        try {
            List<RevisionMeasures.Measured> unmeasured = jdbc.query("""
                    select r.revision_no, r.text, s.readout, p.target_language
                    from segment s
                    join document d on d.id = s.document_id
                    join project p on p.id = d.project_id
                    join lateral (select revision_no, text from revision where segment_id = s.id
                                  order by revision_no desc limit 1) r on true
                    where s.id = :segment and not exists (select 1 from revision_measure m
                        where m.segment_id = s.id and m.revision_no = r.revision_no)""",
                    new MapSqlParameterSource("segment", segmentId),
                    (rs, row) -> new RevisionMeasures.Measured(segmentId, rs.getInt(1), RevisionMeasures.measure(
                            new WordTokens(rs.getString(4)), rs.getString(3), rs.getString(2))));
            measures.store(unmeasured);
        } catch (RuntimeException e) {
            log.debug("Could not measure the newest revision of segment {}; the next quality report will", segmentId, e);
        }
    }
}
