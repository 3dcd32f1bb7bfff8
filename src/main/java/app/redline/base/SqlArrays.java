package app.redline.base;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Id lists for SQL as one array literal ({@code = any(cast(:ids as bigint[]))}): one bind parameter however many
 * ids, where an expanded {@code in (...)} would hit the driver's limit on parameters and plan each length anew.
 */
public final class SqlArrays {

    private SqlArrays() {}

    public static String bigints(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    public static String ints(Collection<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
