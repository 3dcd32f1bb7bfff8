package app.redline.user;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo accounts share a password anyone can guess: fine for a local trial, never on a server others reach.
 * Other profiles log a warning naming the accounts at every start; the production profile refuses to start while
 * an enabled account has it, before the server takes its first request.
 */
@Component
class DemoPasswordGuard implements SmartInitializingSingleton {

    static final String PRODUCTION_PROFILE = "production";
    private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

    private final UserBootstrap bootstrap;
    private final boolean production;

    DemoPasswordGuard(UserBootstrap bootstrap, Environment environment) {
        this.bootstrap = bootstrap;
        this.production = environment.matchesProfiles(PRODUCTION_PROFILE);
    }

    /** After the migrations, before the web server starts. */
    @Override
    public void afterSingletonsInstantiated() {
        bootstrap.settleUnknownDemoPasswords();
        if (production) {
            refuseIfAny(bootstrap.enabledWithDemoPassword());
        }
    }

    /** Once started, after the demo data (which may just have created the accounts). */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        List<String> accounts = bootstrap.enabledWithDemoPassword();
        if (production) {
            refuseIfAny(accounts);
        } else if (!accounts.isEmpty()) {
            log.warn("The accounts {} have the demo password '{}', which anyone can guess: fine for a local trial. "
                    + "Before others can reach this server, give them new passwords under Users or disable them; "
                    + "the production profile refuses to start while any enabled account has it.",
                    String.join(", ", accounts), UserBootstrap.DEMO_PASSWORD);
        }
    }

    private static void refuseIfAny(List<String> accounts) {
        if (!accounts.isEmpty()) {
            throw new DemoPasswordsInProductionException(accounts);
        }
    }
}
