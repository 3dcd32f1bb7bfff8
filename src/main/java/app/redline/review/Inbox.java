package app.redline.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What concerns a user, newest first: comments mentioning them, rejections of revisions they wrote, and comments
 * others added after theirs on the same segment. A comment that both mentions and replies is listed once, as a
 * mention; nobody's own comments or rejections are listed to them.
 */
@Repository
class Inbox {

    /** Everything that concerns a user, one row per item: mentions, replies on threads they joined, rejections. */
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
                    union all
                    select 'REJECTION', e.document_id, e.segment_id, e.actor, e.reason, e.created_at, e.id
                    from review_event e
                    join revision r on r.segment_id = e.segment_id and r.revision_no = e.revision_no
                    where e.action = 'REJECT' and r.author = :me and e.actor <> :me
                ) item
                """;

    private final NamedParameterJdbcTemplate jdbc;

    Inbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<InboxItem> of(String username, int limit) {
        return jdbc.query("""
                select item.kind, item.document_id, d.title, item.segment_id, s.position, item.from_user, item.text,
                       item.created_at, item.created_at > coalesce(mark.read_up_to, '-infinity') as unread
                from """ + ITEMS + """
                join segment s on s.id = item.segment_id
                join document d on d.id = item.document_id
                left join inbox_read_mark mark on mark.username = :me
                order by item.created_at desc, item.tiebreak desc
                limit :limit""",
                new MapSqlParameterSource("me", username).addValue("limit", limit),
                (rs, row) -> new InboxItem(InboxItem.Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getLong(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getBoolean(9)));
    }

    /** How many items arrived after the user's read mark: a count, for the menu, without reading the items. */
    int unreadCount(String username) {
        Integer count = jdbc.queryForObject("select count(*) from " + ITEMS + """
                left join inbox_read_mark mark on mark.username = :me
                where item.created_at > coalesce(mark.read_up_to, '-infinity')""",
                new MapSqlParameterSource("me", username), Integer.class);
        return count == null ? 0 : count;
    }

    /** Marks everything up to {@code upTo} read; a mark never moves back (two tabs, an old page). */
    void markRead(String username, Instant upTo) {
        jdbc.update("""
                insert into inbox_read_mark (username, read_up_to) values (:me, :upTo)
                on conflict (username) do update set read_up_to = greatest(inbox_read_mark.read_up_to, excluded.read_up_to)""",
                new MapSqlParameterSource("me", username).addValue("upTo", Timestamp.from(upTo)));
    }
}
