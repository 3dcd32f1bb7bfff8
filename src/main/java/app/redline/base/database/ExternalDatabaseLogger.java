package app.redline.base.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Says in the log which database an instance runs on when it is not the embedded one. */
@Component
class ExternalDatabaseLogger {

    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseLogger.class);
    private final Environment environment;

    ExternalDatabaseLogger(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logDatabase() {
        String url = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            log.info("Database: external PostgreSQL at {} (from spring.datasource.url / SPRING_DATASOURCE_URL)", url);
        }
    }
}
