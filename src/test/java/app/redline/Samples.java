package app.redline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The two real machine-translated readouts, from {@code src/test/resources/samples} (the repository, not its surroundings). */
public final class Samples {

    public static final String CHANGCHUN = "changchun-standing-committee.mt.txt";
    public static final String FUXIN = "fuxin-government-meeting.mt.txt";

    private Samples() {}

    public static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name + " in src/test/resources/samples");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
