package app.redline.quality;

import app.redline.base.UserMessageException;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Records the active editing time the editor measured up to a save; appended, summed by the quality reports. */
@Service
public class EditingTimeService {

    /** More than a working day on one save is a clock gone wrong, not editing. */
    public static final Duration MAX_PER_SAVE = Duration.ofHours(12);

    private final SegmentService segments;
    private final NamedParameterJdbcTemplate jdbc;

    EditingTimeService(SegmentService segments, NamedParameterJdbcTemplate jdbc) {
        this.segments = segments;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER')")
    public void record(long segmentId, Duration active) {
        if (active == null || active.toMillis() < 1 || active.compareTo(MAX_PER_SAVE) > 0) {
            throw UserMessageException.invalid("Editing time per save is more than 0 and at most " + MAX_PER_SAVE.toHours()
                    + " hours; " + active + " is not.");
        }
        SegmentSnapshot segment = segments.get(segmentId);
        jdbc.update("""
                insert into editing_time (segment_id, document_id, editor, active_ms, recorded_at)
                values (:segment, :document, :editor, :ms, :at)""",
                new MapSqlParameterSource("segment", segmentId).addValue("document", segment.documentId())
                        .addValue("editor", CurrentUser.username()).addValue("ms", active.toMillis())
                        .addValue("at", Timestamp.from(Instant.now())));
    }
}
