package app.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Users clone the repository alone: nothing that builds or tests it may read from beside it. CI runs with the
 * development machines' surroundings present, so only this test notices a path that leaves the repository.
 */
class RepositoryStandsAloneTest {

    // Split so that this file does not match itself.
    private static final Pattern OUTSIDE = Pattern.compile(
            "\\.\\./" + "shared|\"\\.\\./|'\\.\\./|/work" + "/|\\$\\{project\\.basedir\\}/\\.\\.");

    @Test
    void sourcesBuildAndCiReferToNothingOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src"), Path.of("pom.xml"), Path.of(".ci"), Path.of(".mvn"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(RepositoryStandsAloneTest::isText)
                        .forEach(file -> lines(file, found));
            }
        }
        assertThat(found).as("paths outside the repository").isEmpty();
    }

    private static void lines(Path file, List<String> found) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (OUTSIDE.matcher(lines.get(i)).find()) {
                    found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        } catch (MalformedInputException binary) {
            // not text
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(".jar") && !name.endsWith(".png") && !name.endsWith(".gz") && !name.endsWith(".bin");
    }
}
