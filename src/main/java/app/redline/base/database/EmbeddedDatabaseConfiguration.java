package app.redline.base.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-configuration default: a real PostgreSQL started in-process, its data kept on disk so that work
 * survives restarts. Skipped entirely as soon as {@code spring.datasource.url} is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    /** While the database is down a request waits this long for a connection, then gets its 503. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    /** Closed by Spring after the beans that use it, i.e. after the web server drained and the pool closed. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${redline.embedded-database.data-dir}") Path dataDir) throws IOException {
        return EmbeddedDatabase.start(dataDir);
    }

    /** spring.datasource.hikari.* apply here too, as they do to an external database's pool. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.user());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(10);
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        return dataSource;
    }
}
