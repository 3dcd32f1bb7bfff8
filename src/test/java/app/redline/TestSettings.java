package app.redline;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every test context shares: no background LanguageTool warm-up competing with the tests for the CPU, and
 * comment rate limits that the suite's own posting never reaches (the rate-limit tests read these and fill them).
 */
public class TestSettings implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("testSettings",
                Map.of("redline.languagetool.warm-up-checks", "0",
                        "redline.comments.max-per-burst", "200",
                        "redline.comments.max-per-period", "400")));
    }
}
