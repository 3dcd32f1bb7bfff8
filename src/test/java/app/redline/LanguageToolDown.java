package app.redline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A second application context, shared by the classes that carry this annotation, whose grammar checks go to a
 * LanguageTool server that is not there (nothing listens on port 1 of the loopback address): every grammar check
 * fails as it does when the server is down, and the circuit breaker opens. Same database and demo data as
 * {@link IntegrationTest}, whose context stays untouched.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(OneSecurityContextStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "redline.languagetool.url=http://127.0.0.1:1",
        "redline.languagetool.timeout=1s"})
public @interface LanguageToolDown {}
