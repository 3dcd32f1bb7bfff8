package app.redline.user;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Production has no demo users: the first administrator comes from REDLINE_ADMIN_USERNAME / _PASSWORD. */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserBootstrap bootstrap;
    private final String username;
    private final String password;
    private final boolean demoData;

    FirstAdministrator(UserBootstrap bootstrap,
                       @Value("${redline.admin.username:}") String username,
                       @Value("${redline.admin.password:}") String password,
                       @Value("${redline.demo-data.enabled:false}") boolean demoData) {
        this.bootstrap = bootstrap;
        this.username = username;
        this.password = password;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(username)) {
            if (!demoData && !bootstrap.hasAnyUser()) {
                log.warn("No users exist. Set REDLINE_ADMIN_USERNAME and REDLINE_ADMIN_PASSWORD to create the first administrator.");
            }
            return;
        }
        if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("REDLINE_ADMIN_PASSWORD must have at least "
                    + UserService.MIN_PASSWORD_LENGTH + " characters.");
        }
        if (bootstrap.createIfAbsent(username, "Administrator", password, EnumSet.of(Role.ADMIN))) {
            log.info("Created the first administrator '{}'.", username);
        }
    }
}
