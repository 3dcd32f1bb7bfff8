package app.redline.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Per-project weights and threshold, appended: the latest row of a project holds, none means the defaults. */
@Repository
class QualitySettingsStore {

    private final NamedParameterJdbcTemplate jdbc;

    QualitySettingsStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    QualityWeights forProject(long projectId) {
        return jdbc.query("select * from quality_settings where project_id = :id order by id desc limit 1",
                new MapSqlParameterSource("id", projectId), QualitySettingsStore::map).stream().findFirst()
                .orElse(QualityWeights.DEFAULT);
    }

    /** Every project that has settings; the others use the defaults. */
    Map<Long, QualityWeights> all() {
        var all = new HashMap<Long, QualityWeights>();
        jdbc.query("select distinct on (project_id) * from quality_settings order by project_id, id desc",
                (ResultSet rs) -> {
                    all.put(rs.getLong("project_id"), map(rs, 0));
                });
        return all;
    }

    void append(long projectId, QualityWeights weights, String by, Instant at) {
        jdbc.update("""
                insert into quality_settings (project_id, minor_weight, major_weight, critical_weight, threshold,
                                              changed_by, changed_at)
                values (:project, :minor, :major, :critical, :threshold, :by, :at)""",
                new MapSqlParameterSource("project", projectId).addValue("minor", weights.minor())
                        .addValue("major", weights.major()).addValue("critical", weights.critical())
                        .addValue("threshold", weights.threshold()).addValue("by", by).addValue("at", Timestamp.from(at)));
    }

    private static QualityWeights map(ResultSet rs, int row) throws SQLException {
        return new QualityWeights(rs.getInt("minor_weight"), rs.getInt("major_weight"), rs.getInt("critical_weight"),
                rs.getBigDecimal("threshold"));
    }
}
