package app.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module (src/test/resources/table-owners.properties), and only the owner's SQL names
 * it: other modules ask the owner's services or hear its events, so a module can change its tables alone.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/app/redline");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    /** Where SQL (and JPQL) names a table: after from, join, into, update. */
    private static final Pattern TABLE_REFERENCE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+(\\w+)");

    private final Map<String, String> ownerOf = owners();

    @Test
    void everyTableHasExactlyOneOwningModule() {
        assertThat(new TreeSet<>(ownerOf.keySet()))
                .as("tables with an owner in table-owners.properties, against the tables the migrations create")
                .isEqualTo(migratedTables());
    }

    @Test
    void noModulesSqlNamesAnotherModulesTable() throws IOException {
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String module = moduleOf(file);
                for (String literal : stringLiterals(Files.readString(file))) {
                    Matcher reference = TABLE_REFERENCE.matcher(literal);
                    while (reference.find()) {
                        String table = reference.group(1).toLowerCase();
                        String owner = ownerOf.get(table);
                        if (owner != null && !owner.equals(module)) {
                            trespasses.add(SOURCES.relativize(file) + " (" + module + ") names " + table + " of " + owner);
                        }
                    }
                }
            }
        }
        assertThat(trespasses).as("SQL naming another module's table").isEmpty();
    }

    @Test
    void theScannerFindsTablesInStringsAndTextBlocksButNotInComments() {
        String source = """
                // select * from segment
                /* join review_event */
                String a = "select s.id from segment s where s.status = 'x'";
                String b = \"""
                        insert into review_event (id)
                        values (1)\""";
                char quote = '"';
                """;

        List<String> literals = stringLiterals(source);

        assertThat(literals).hasSize(2);
        assertThat(literals.stream().flatMap(literal -> TABLE_REFERENCE.matcher(literal).results().map(found -> found.group(1))))
                .containsExactly("segment", "review_event");
    }

    /** The module a main source file belongs to: the first package below app.redline (none for the root). */
    private static String moduleOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    /** The contents of a source's string literals and text blocks, comments and char literals left out. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? source.length() : end;
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                literals.add(source.substring(i + 1, Math.min(end, source.length())));
                i = end + 1;
            } else if (source.charAt(i) == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static Set<String> migratedTables() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            Set<String> tables = new TreeSet<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".sql")).toList()) {
                CREATE_TABLE.matcher(Files.readString(file)).results().map(found -> found.group(1).toLowerCase())
                        .forEach(tables::add);
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Table → owning module; a table listed twice fails here. */
    private static Map<String, String> owners() {
        var properties = new Properties();
        try (InputStream in = TableOwnershipTest.class.getResourceAsStream("/table-owners.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> owners = new TreeMap<>();
        for (String module : properties.stringPropertyNames()) {
            for (String table : Arrays.stream(properties.getProperty(module).split(",")).map(String::strip)
                    .filter(name -> !name.isEmpty()).collect(Collectors.toList())) {
                String earlier = owners.put(table, module);
                assertThat(earlier).as("owner of " + table + " besides " + module).isNull();
            }
        }
        return owners;
    }
}
