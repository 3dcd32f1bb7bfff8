package app.redline.user;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who holds a role, by user name, for anyone signed in: choosing assignees needs no user administration rights,
 * and names are all it reveals.
 */
@Service
public class UserDirectory {

    private final JdbcTemplate jdbc;

    UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled users holding the role, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<String> usernamesWithRole(Role role) {
        return jdbc.queryForList("""
                select u.username from app_user u join user_role r on r.user_id = u.id
                where r.role = ? and u.enabled order by u.username""", String.class, role.name());
    }
}
