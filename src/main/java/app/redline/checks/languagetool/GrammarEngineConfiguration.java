package app.redline.checks.languagetool;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** In-process LanguageTool unless {@code redline.languagetool.url} names a LanguageTool server to check with. */
@Configuration(proxyBeanMethods = false)
class GrammarEngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GrammarEngineConfiguration.class);
    static final int FAILURES_BEFORE_OPEN = 3;
    static final Duration COOL_DOWN = Duration.ofSeconds(30);
    static final int REMEMBERED_TEXTS = 50_000;

    @Bean
    GrammarEngine grammarEngine(@Value("${redline.languagetool.url}") String url,
                                @Value("${redline.languagetool.timeout}") Duration timeout,
                                @Value("${redline.languagetool.warm-up-checks:0}") int warmUpChecks) {
        return new CachedGrammarEngine(engine(url, timeout, warmUpChecks), REMEMBERED_TEXTS);
    }

    private static GrammarEngine engine(String url, Duration timeout, int warmUpChecks) {
        if (url == null || url.isBlank()) {
            log.info("Grammar checks: LanguageTool in-process");
            return new LanguageToolEngine(Math.clamp(warmUpChecks, 0, 10_000));
        }
        URI server = URI.create(url.strip());
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
            throw new IllegalArgumentException("redline.languagetool.url must be an http(s) URL, not '" + url + "'.");
        }
        log.info("Grammar checks: LanguageTool server at {} (timeout {} ms, fail fast for {} s after {} failures)",
                server, timeout.toMillis(), COOL_DOWN.toSeconds(), FAILURES_BEFORE_OPEN);
        return new RemoteLanguageTool(server, timeout,
                new CircuitBreaker("LanguageTool at " + server, FAILURES_BEFORE_OPEN, COOL_DOWN, Clock.systemUTC()));
    }
}
