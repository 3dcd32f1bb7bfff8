package app.redline.checks.languagetool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * English sentences from real machine-translated readouts, varied by a lead-in and an ending, for checking after
 * start: LanguageTool's code runs several times faster once the JIT has compiled it, and a thousand checks or so
 * get it there. Not used for findings.
 */
final class WarmUpTexts {

    private static final String RESOURCE = "/languagetool/warm-up-en.txt";
    private static final String[] LEAD_INS = {"", "On Monday, ", "In addition, ", "At the meeting, ", "This year, ",
        "Meanwhile, ", "As required, ", "In 2023, "};
    private static final String[] ENDINGS = {"", " this year", " across the city", " as soon as possible",
        " step by step"};

    private WarmUpTexts() {}

    static List<String> english(int count) {
        List<String> sentences = sentences();
        var texts = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            String sentence = sentences.get(i % sentences.size());
            String body = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
            int variant = i / sentences.size();
            texts.add(LEAD_INS[variant % LEAD_INS.length] + body + ENDINGS[(variant / LEAD_INS.length) % ENDINGS.length] + ".");
        }
        return texts;
    }

    private static List<String> sentences() {
        try (InputStream in = WarmUpTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
