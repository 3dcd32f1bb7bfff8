package app.redline;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What PostgreSQL did to answer a query: its scans of one table, from EXPLAIN (ANALYZE, FORMAT JSON). */
public final class QueryPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QueryPlans() {}

    /** Runs the query and returns the plan nodes that read {@code table}. */
    public static List<JsonNode> scansOf(NamedParameterJdbcTemplate jdbc, String table, String sql, MapSqlParameterSource params) {
        String plan = jdbc.queryForObject("explain (analyze, format json) " + sql, params, String.class);
        return scansOf(table, JSON.readTree(plan));
    }

    /** Rows all those scans looked at (returned or filtered out), over all their loops. */
    public static double rowsRead(List<JsonNode> scans) {
        return scans.stream().mapToDouble(scan -> (scan.get("Actual Rows").asDouble()
                        + scan.path("Rows Removed by Filter").asDouble(0)) * scan.get("Actual Loops").asDouble())
                .sum();
    }

    private static List<JsonNode> scansOf(String table, JsonNode node) {
        var scans = new ArrayList<JsonNode>();
        if (node.isArray()) {
            node.forEach(child -> scans.addAll(scansOf(table, child)));
        } else if (node.isObject()) {
            if (node.has("Relation Name") && node.get("Relation Name").asString().equals(table)) {
                scans.add(node);
            }
            for (String children : new String[] {"Plan", "Plans"}) {
                if (node.has(children)) {
                    scans.addAll(scansOf(table, node.get(children)));
                }
            }
        }
        return scans;
    }
}
