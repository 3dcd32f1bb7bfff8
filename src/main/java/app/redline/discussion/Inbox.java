package app.redline.discussion;

import app.redline.document.DocumentHeader;
import app.redline.document.DocumentService;
import app.redline.document.SegmentLookup;
import app.redline.document.SegmentOutline;
import app.redline.review.ReviewEvent;
import app.redline.review.ReviewService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What concerns a user, newest first: comments mentioning them, rejections of revisions they wrote, and comments
 * others added after theirs on the same segment. A comment that both mentions and replies is listed once, as a
 * mention; nobody's own comments or rejections are listed to them. Comments are this module's; rejections come
 * from the review module, which records whose revision each one sent back.
 */
@Component
class Inbox {

    /** The comments that concern a user, one row per item: mentions and replies on threads they joined. */
    static final String ITEMS = """
                (
                    select 'MENTION' as kind, c.document_id, c.segment_id, c.author as from_user, c.body as text,
                           c.created_at, c.id as tiebreak
                    from segment_comment_mention m join segment_comment c on c.id = m.comment_id
                    where m.username = :me and c.author <> :me
                    union all
                    select 'REPLY', c.document_id, c.segment_id, c.author, c.body, c.created_at, c.id
                    -- From the threads the user joined (author index), never from every comment: a thread of
                    -- thousands the user never joined costs nothing.
                    from (select segment_id, min(id) as first_id from segment_comment
                          where author = :me group by segment_id) mine
                    join segment_comment c on c.segment_id = mine.segment_id and c.id > mine.first_id
                    where c.author <> :me
                      and not exists (select 1 from segment_comment_mention m
                                      where m.comment_id = c.id and m.username = :me)
                ) item
                """;

    /** An item before its segment's number and its document's title are known. */
    private record Row(InboxItem.Kind kind, long documentId, long segmentId, String from, String text, Instant at,
                       long tiebreak) {}

    private static final Comparator<Row> NEWEST_FIRST = Comparator.comparing(Row::at)
            .thenComparingLong(Row::tiebreak).reversed();

    private final NamedParameterJdbcTemplate jdbc;
    private final ReviewService review;
    private final SegmentLookup segments;
    private final DocumentService documents;

    Inbox(NamedParameterJdbcTemplate jdbc, ReviewService review, SegmentLookup segments, DocumentService documents) {
        this.jdbc = jdbc;
        this.review = review;
        this.segments = segments;
        this.documents = documents;
    }

    /** The signed-in user's newest items (the review module answers for the signed-in user only). */
    List<InboxItem> of(String username, int limit) {
        List<Row> comments = jdbc.query("select * from " + ITEMS + " order by item.created_at desc, item.tiebreak desc"
                        + " limit :limit", new MapSqlParameterSource("me", username).addValue("limit", limit),
                (rs, row) -> new Row(InboxItem.Kind.valueOf(rs.getString("kind")), rs.getLong("document_id"),
                        rs.getLong("segment_id"), rs.getString("from_user"), rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant(), rs.getLong("tiebreak")));
        Stream<Row> rejections = review.rejectionsOfMine(limit).stream().map(Inbox::rejection);
        List<Row> newest = Stream.concat(comments.stream(), rejections).sorted(NEWEST_FIRST).limit(limit).toList();
        Map<Long, Integer> positions = segments.outlines(newest.stream().map(Row::segmentId).toList()).stream()
                .collect(Collectors.toMap(SegmentOutline::id, SegmentOutline::position));
        Map<Long, DocumentHeader> titles = documents.headers(newest.stream().map(Row::documentId).toList());
        Instant readUpTo = readUpTo(username);
        return newest.stream()
                .filter(row -> positions.containsKey(row.segmentId()) && titles.containsKey(row.documentId()))
                .map(row -> new InboxItem(row.kind(), row.documentId(), titles.get(row.documentId()).title(),
                        row.segmentId(), positions.get(row.segmentId()), row.from(), row.text(), row.at(),
                        readUpTo == null || row.at().isAfter(readUpTo)))
                .toList();
    }

    /** How many items arrived after the user's read mark: counts, for the menu, without reading the items. */
    int unreadCount(String username) {
        Instant readUpTo = readUpTo(username);
        var parameters = new MapSqlParameterSource("me", username);
        String after = "";
        if (readUpTo != null) {
            after = " where item.created_at > :upTo";
            parameters.addValue("upTo", Timestamp.from(readUpTo));
        }
        Integer comments = jdbc.queryForObject("select count(*) from " + ITEMS + after, parameters, Integer.class);
        return (comments == null ? 0 : comments) + review.countRejectionsOfMine(readUpTo);
    }

    /** Marks everything up to {@code upTo} read; a mark never moves back (two tabs, an old page). */
    void markRead(String username, Instant upTo) {
        jdbc.update("""
                insert into inbox_read_mark (username, read_up_to) values (:me, :upTo)
                on conflict (username) do update set read_up_to = greatest(inbox_read_mark.read_up_to, excluded.read_up_to)""",
                new MapSqlParameterSource("me", username).addValue("upTo", Timestamp.from(upTo)));
    }

    private Instant readUpTo(String username) {
        return jdbc.query("select read_up_to from inbox_read_mark where username = :me",
                new MapSqlParameterSource("me", username), (rs, row) -> rs.getTimestamp(1).toInstant())
                .stream().findFirst().orElse(null);
    }

    private static Row rejection(ReviewEvent event) {
        return new Row(InboxItem.Kind.REJECTION, event.documentId(), event.segmentId(), event.actor(), event.reason(),
                event.createdAt(), event.id());
    }
}
