package app.redline;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One security context strategy for every Spring context of the test JVM. Vaadin gives each context its own
 * strategy (with its own thread-local) and makes it the global one; a second context (see {@link LanguageToolDown})
 * would then leave the first one's security checks unable to see who the tests signed in as.
 */
@TestConfiguration(proxyBeanMethods = false)
class OneSecurityContextStrategy {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy vaadinAwareSecurityContextHolderStrategy() {
        return SHARED;
    }
}
