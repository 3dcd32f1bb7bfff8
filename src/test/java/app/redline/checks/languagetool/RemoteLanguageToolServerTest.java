package app.redline.checks.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.CheckInput;
import app.redline.checks.GlossaryIndex;
import app.redline.checks.Issue;
import app.redline.checks.StarterGlossary;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.languagetool.server.HTTPServer;
import org.languagetool.server.HTTPServerConfig;

/**
 * The remote engine against a real LanguageTool HTTP server (languagetool-server, started in this JVM): the check
 * gives the same issues as with the in-process engine, spans after emoji and Chinese characters included.
 */
class RemoteLanguageToolServerTest {

    private static final String ENGLISH = "en-US";
    private static HTTPServer server;
    private static LanguageToolCheck remote;
    private static final LanguageToolCheck IN_PROCESS = new LanguageToolCheck(new LanguageToolEngine());

    @BeforeAll
    static void startLanguageToolServer() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            Assumptions.abort("No free local port for a LanguageTool server: " + e);
            return;
        }
        try {
            server = new HTTPServer(new HTTPServerConfig(port, false));
            server.run();
        } catch (RuntimeException | LinkageError e) {
            Assumptions.abort("The LanguageTool HTTP server could not start in this JVM on port " + port + ": " + e);
        }
        // A generous timeout: the server loads each language on its first request, which takes seconds.
        remote = new LanguageToolCheck(new RemoteLanguageTool(URI.create("http://localhost:" + port),
                Duration.ofSeconds(120), new CircuitBreaker("test server", 3, Duration.ofSeconds(30), Clock.systemUTC())));
    }

    @AfterAll
    static void stopLanguageToolServer() {
        if (server != null) {
            server.stop();
        }
    }

    static Stream<Arguments> samples() {
        List<Arguments> samples = new ArrayList<>(List.of(
                english("We must give full play to the two overall situation."),
                english("Meeting communicate learning xi jinping, general secretary of the 2022 world economic BBS video "
                        + "conference’s important speech spirit, emphasize always mind “two overall situation”."),
                english("This sentense has a mistake."),
                english("He said “北京” and then he go home with with friends."),
                english("😀 Emoji first, then teh error... It's 'fine'."),
                // Zhijun and Changchun are misspelt to the dictionary, but approved glossary terms: dropped both ways.
                english("Zhang Zhijun presided over a meeting of the Standing Committee of the CPC Changchun Municipal "
                        + "Committee."),
                // One language beyond English (each costs seconds to load): French typography, fr-FR checked as fr.
                Arguments.of("fr-FR", "Il a dit que les enfant sont parti.")));
        demoParagraphs().forEach(paragraph -> samples.add(english(paragraph)));
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("samples")
    void theServerGivesTheSameIssuesAsTheInProcessEngine(String language, String text) {
        CheckInput input = new CheckInput(text, null, text, "zh-CN", language,
                language.equals(ENGLISH) ? StarterGlossary.index() : GlossaryIndex.EMPTY);

        List<Issue> remoteIssues = remote.check(input);

        assertThat(remoteIssues).isEqualTo(IN_PROCESS.check(input));
    }

    @Test
    void spansAfterAnEmojiOrChineseCharactersPointAtTheSameText() {
        String emoji = "😀 Emoji first, then teh error.";
        String chinese = "He said “北京” and then he go home.";

        assertThat(spans(emoji, remote)).contains("teh").isEqualTo(spans(emoji, IN_PROCESS));
        assertThat(spans(chinese, remote)).contains("go").isEqualTo(spans(chinese, IN_PROCESS));
    }

    @Test
    void messagesUseTheLanguagesQuotesBothWays() {
        CheckInput french = new CheckInput("", null, "Il a dit que les enfant sont parti.", "zh-CN", "fr-FR",
                GlossaryIndex.EMPTY);

        // French quotes with narrow no-break spaces inside, as LanguageTool's typography sets them.
        assertThat(remote.check(french))
                .anySatisfy(issue -> assertThat(issue.message()).containsPattern("«\\p{Zs}enfant\\p{Zs}»"))
                .isEqualTo(IN_PROCESS.check(french));
    }

    @Test
    void theComparisonIsNotVacuous() {
        List<Issue> issues = samples().map(sample -> sample.get()).filter(args -> args[0].equals(ENGLISH))
                .flatMap(args -> remote.check(new CheckInput((String) args[1], null, (String) args[1], "zh-CN", ENGLISH,
                        GlossaryIndex.EMPTY)).stream())
                .toList();

        assertThat(issues).hasSizeGreaterThan(20);
        assertThat(issues).extracting(Issue::ruleId).contains("TYPOS/MORFOLOGIK_RULE_EN_US", "GRAMMAR/HE_VERB_AGR",
                "MISC/ENGLISH_WORD_REPEAT_RULE", "CASING/EN_SPECIFIC_CASE");
    }

    private static List<String> spans(String text, LanguageToolCheck check) {
        return check.check(new CheckInput(text, null, text, "zh-CN", ENGLISH, GlossaryIndex.EMPTY)).stream()
                .map(issue -> text.substring(issue.start(), issue.end())).toList();
    }

    private static Arguments english(String text) {
        return Arguments.of(ENGLISH, text);
    }

    private static List<String> demoParagraphs() {
        try (InputStream in = RemoteLanguageToolServerTest.class
                .getResourceAsStream("/demo/changchun-standing-committee.mt.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
