package app.redline.checks;

import app.redline.base.UserMessageException;
import app.redline.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Per-project switches for checks and rules; administrators change them, checks read them (cached). */
@Service
public class CheckSettingsService {

    private static final Pattern ENTRY = Pattern.compile("[A-Za-z0-9_./-]{1,128}");

    private final JdbcTemplate jdbc;
    private final Map<Long, CheckSettings> cache = new ConcurrentHashMap<>();

    CheckSettingsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("isAuthenticated()")
    public CheckSettings forProject(long projectId) {
        return cache.computeIfAbsent(projectId, id -> jdbc.query(
                "select disabled from check_settings where project_id = ?",
                rs -> rs.next() ? new CheckSettings(new TreeSet<>(Arrays.asList((String[]) rs.getArray(1).getArray())))
                        : CheckSettings.ALL_ON, id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CheckSettings save(long projectId, Collection<String> disabled) {
        var entries = new TreeSet<String>();
        for (String entry : disabled) {
            String value = entry == null ? "" : entry.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (!ENTRY.matcher(value).matches()) {
                throw UserMessageException.invalid("\"" + value + "\" is not a check, rule or category id "
                        + "(letters, digits, _ . / - only).");
            }
            entries.add(value);
        }
        if (entries.size() > 500) {
            throw UserMessageException.invalid("At most 500 switched-off checks, rules and categories per project.");
        }
        jdbc.update("""
                insert into check_settings (project_id, disabled, updated_by, updated_at) values (?, ?, ?, ?)
                on conflict (project_id) do update set disabled = excluded.disabled, updated_by = excluded.updated_by,
                       updated_at = excluded.updated_at""",
                ps -> {
                    ps.setLong(1, projectId);
                    ps.setArray(2, ps.getConnection().createArrayOf("text", entries.toArray()));
                    ps.setString(3, CurrentUser.username());
                    ps.setTimestamp(4, Timestamp.from(Instant.now()));
                });
        CheckSettings settings = new CheckSettings(entries);
        cache.put(projectId, settings);
        return settings;
    }

    /** Common LanguageTool categories, offered in the settings screen. */
    public static List<String> languageToolCategories() {
        return List.of("TYPOS", "GRAMMAR", "CASING", "PUNCTUATION", "TYPOGRAPHY", "STYLE", "REDUNDANCY", "CONFUSED_WORDS",
                "COLLOCATIONS", "SEMANTICS", "MISC");
    }
}
