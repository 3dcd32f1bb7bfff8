package app.redline.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.redline.Application;
import app.redline.IntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo password at start: a warning on the default profile, a refusal to start on the production profile. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoPasswordGuardTest {

    @Autowired DemoPasswordGuard guard;
    @Autowired UserBootstrap bootstrap;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwordEncoder;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String username;
    @Value("${spring.datasource.password:}") String password;

    @Test
    void aStartLogsOneWarningNamingTheAccountsWithTheDemoPassword(CapturedOutput output) {
        String account = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        bootstrap.createDemoAccountIfAbsent(account, "Demo", EnumSet.of(Role.TRANSLATOR));

        guard.started();

        List<String> warnings = output.getOut().lines().filter(line -> line.contains("demo password")).toList();
        assertThat(warnings).singleElement().satisfies(line -> assertThat(line)
                .contains("WARN").contains(account).contains("fine for a local trial")
                .contains("production profile refuses to start"));
    }

    @Test
    void theProductionProfileRefusesToStartWhileAnEnabledAccountHasTheDemoPassword(CapturedOutput output) {
        String database = "redline_production_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("create database " + database);
        String databaseUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Flyway.configure().dataSource(databaseUrl, username, password).locations("classpath:db/migration").load().migrate();
        var dataSource = new SingleConnectionDataSource(databaseUrl, username, password, true);
        var production = new JdbcTemplate(dataSource);
        // As a database from before V14 has them: the demo data's admin, its password never changed, not known yet.
        addUser(production, "admin", UserBootstrap.DEMO_PASSWORD, true, null);
        addUser(production, "ops", "a long password of their own", true, false);
        addUser(production, "reviewer", UserBootstrap.DEMO_PASSWORD, false, null);
        dataSource.destroy();

        Throwable failure = startWithProductionProfile(databaseUrl);

        assertThat(failure).as("the production profile refused to start").isNotNull();
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOfSatisfying(
                DemoPasswordsInProductionException.class, refused -> {
                    assertThat(refused.accounts()).containsExactly("admin");
                    assertThat(refused.getMessage()).contains("production profile").contains("demo password")
                            .contains("admin").doesNotContain("ops").doesNotContain("reviewer");
                });
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("give admin a new password or disable the account");
        var check = new SingleConnectionDataSource(databaseUrl, username, password, true);
        assertThat(new JdbcTemplate(check).queryForList("select username from app_user where demo_password order by username",
                String.class)).as("settled once, and stored").containsExactly("admin", "reviewer");
        check.destroy();
        jdbc.execute("drop database " + database);
    }

    private void addUser(JdbcTemplate production, String name, String secret, boolean enabled, Boolean demo) {
        production.update("insert into app_user (username, display_name, password_hash, enabled, demo_password) "
                + "values (?, ?, ?, ?, ?)", name, name, passwordEncoder.encode(secret), enabled, demo);
    }

    /**
     * Its own application on its own database. It leaves the shared test context's logging alone, and gives back the
     * global security context strategy, which Vaadin's configuration in any Spring context replaces with its own.
     */
    private Throwable startWithProductionProfile(String databaseUrl) {
        String before = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        SecurityContextHolderStrategy security = SecurityContextHolder.getContextHolderStrategy();
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            return catchThrowable(() -> new SpringApplicationBuilder(Application.class)
                    .profiles("production")
                    .run("--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + username,
                            "--spring.datasource.password=" + password, "--server.port=0",
                            "--spring.main.register-shutdown-hook=false")
                    .close()); // had it started, it stops again, and the test fails above
        } finally {
            SecurityContextHolder.setContextHolderStrategy(security);
            if (before == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, before);
            }
        }
    }
}
