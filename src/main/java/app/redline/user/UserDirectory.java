package app.redline.user;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * User names, for anyone signed in: choosing assignees and mentioning someone need no user administration rights,
 * and names are all it reveals about the accounts.
 */
@Service
public class UserDirectory {

    private final NamedParameterJdbcTemplate jdbc;

    UserDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled users holding the role, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<String> usernamesWithRole(Role role) {
        return jdbc.queryForList("""
                select u.username from app_user u join user_role r on r.user_id = u.id
                where r.role = :role and u.enabled order by u.username""",
                new MapSqlParameterSource("role", role.name()), String.class);
    }

    /** Those of {@code usernames} that belong to enabled accounts. */
    @PreAuthorize("isAuthenticated()")
    public Set<String> enabledAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.queryForList("select username from app_user where enabled and username in (:names)",
                new MapSqlParameterSource("names", usernames), String.class));
    }
}
