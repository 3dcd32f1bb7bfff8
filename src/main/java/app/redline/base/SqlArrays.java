package app.redline.base;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Id lists in SQL. {@link #inline} writes the ids into the statement as one array constant: PostgreSQL then plans
 * each call with the ids it has (a hashed lookup for {@code = any(...)}, index keys for a primary key), where a
 * bound array parameter may get a generic plan that compares every row with every id. Ids are numbers, so nothing
 * a user typed reaches the SQL text.
 */
public final class SqlArrays {

    private SqlArrays() {}

    /** Replaces {@code cast(:name as bigint[])} in the statement with the ids as an array constant. */
    public static String inline(String sql, String name, Collection<Long> ids) {
        String placeholder = "cast(:" + name + " as bigint[])";
        if (!sql.contains(placeholder)) {
            throw new IllegalArgumentException("The statement has no " + placeholder);
        }
        return sql.replace(placeholder, "cast('" + bigints(ids) + "' as bigint[])");
    }

    /** The ids as a PostgreSQL array literal, e.g. {1,2,3}. */
    public static String bigints(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** The numbers as a PostgreSQL array literal. */
    public static String ints(Collection<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
