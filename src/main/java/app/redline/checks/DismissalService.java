package app.redline.checks;

import app.redline.base.Sha256;
import app.redline.base.UserMessageException;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** False positives, dismissed per segment and per exact text: editing the text brings the finding back. */
@Service
public class DismissalService {

    private final JdbcTemplate jdbc;
    private final SegmentService segments;

    DismissalService(JdbcTemplate jdbc, SegmentService segments) {
        this.jdbc = jdbc;
        this.segments = segments;
    }

    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER')")
    public void dismiss(long segmentId, String cleanText, Issue issue, String reason) {
        if (reason == null || reason.isBlank()) {
            throw UserMessageException.invalid("Say why this is not a problem: reviewers read it.");
        }
        if (CheckRunner.couldNotRun(issue)) {
            // Dismissing it would open the review gate without the check ever having looked at the text.
            throw UserMessageException.invalid("A check that could not run is not a finding to dismiss: it runs again "
                    + "on the next check, or a reviewer goes ahead with a stated reason.");
        }
        SegmentSnapshot segment = segments.get(segmentId);
        String span = issue.end() <= cleanText.length() ? cleanText.substring(issue.start(), issue.end()) : "";
        jdbc.update("""
                insert into issue_dismissal (segment_id, document_id, text_hash, check_id, rule_id, span_start, span_end,
                                             span_text, message, reason, dismissed_by, dismissed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict on constraint issue_dismissal_unique do nothing""",
                segmentId, segment.documentId(), hash(cleanText), issue.checkId(), issue.ruleId(), issue.start(), issue.end(),
                truncate(span, 2000), truncate(issue.message(), 4000), truncate(reason.strip(), 2000),
                CurrentUser.username(), Timestamp.from(Instant.now()));
    }

    /** The issues still standing once this segment's dismissals for this text are taken out. */
    @PreAuthorize("isAuthenticated()")
    public List<Issue> withoutDismissed(long segmentId, String cleanText, List<Issue> issues) {
        Set<String> dismissed = jdbc.queryForList("""
                select check_id || '|' || rule_id || '|' || span_start || '|' || span_end from issue_dismissal
                where segment_id = ? and text_hash = ?""", String.class, segmentId, hash(cleanText))
                .stream().collect(Collectors.toSet());
        if (dismissed.isEmpty()) {
            return issues;
        }
        return issues.stream().filter(issue -> !dismissed.contains(key(issue))).toList();
    }

    /** The dismissals of many segments in one query (a document report, a page of the editor's grid). */
    @PreAuthorize("isAuthenticated()")
    public DismissedIssues forSegments(Collection<Long> segmentIds) {
        Map<String, Set<String>> found = new HashMap<>();
        if (!segmentIds.isEmpty()) {
            jdbc.query("""
                    select segment_id, text_hash, check_id || '|' || rule_id || '|' || span_start || '|' || span_end
                    from issue_dismissal where segment_id = any(?)""",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", segmentIds.toArray())),
                    rs -> {
                        found.computeIfAbsent(DismissedIssues.segmentAndText(rs.getLong(1), rs.getString(2)),
                                key -> new HashSet<>()).add(rs.getString(3));
                    });
        }
        return new DismissedIssues(found);
    }

    @PreAuthorize("isAuthenticated()")
    public List<Dismissal> forDocument(long documentId) {
        return jdbc.query("""
                select id, segment_id, check_id, rule_id, span_text, message, reason, dismissed_by, dismissed_at
                from issue_dismissal where document_id = ? order by dismissed_at desc""",
                (rs, row) -> new Dismissal(rs.getLong("id"), rs.getLong("segment_id"), rs.getString("check_id"),
                        rs.getString("rule_id"), rs.getString("span_text"), rs.getString("message"), rs.getString("reason"),
                        rs.getString("dismissed_by"), rs.getTimestamp("dismissed_at").toInstant()), documentId);
    }

    static String key(Issue issue) {
        return issue.checkId() + "|" + issue.ruleId() + "|" + issue.start() + "|" + issue.end();
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }

    static String hash(String text) {
        return Sha256.hex(text);
    }
}
