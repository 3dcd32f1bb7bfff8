package app.redline.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseConfigurationTest {

    @TempDir Path dataDir;

    @Test
    void keepsDataInItsDirectoryAcrossRestarts() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        try (var postgres = configuration.embeddedPostgres(dataDir);
             var dataSource = (HikariDataSource) configuration.dataSource(postgres)) {
            new JdbcTemplate(dataSource).execute("create table kept (word text); insert into kept values ('survives')");
        }
        try (var postgres = configuration.embeddedPostgres(dataDir);
             var dataSource = (HikariDataSource) configuration.dataSource(postgres)) {
            assertThat(new JdbcTemplate(dataSource).queryForObject("select word from kept", String.class))
                    .isEqualTo("survives");
        }
    }
}
