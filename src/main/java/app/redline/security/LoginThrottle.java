package app.redline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address within a window and blocks further attempts
 * for the rest of it: slows password guessing against one account and password spraying from one address.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;

    @Autowired
    LoginThrottle(@Value("${redline.login.max-failures-per-account}") int maxPerAccount,
                  @Value("${redline.login.max-failures-per-address}") int maxPerAddress,
                  @Value("${redline.login.lockout}") Duration window) {
        this(maxPerAccount, maxPerAddress, window, Clock.systemUTC());
    }

    LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long sign-in stays blocked for this account or address, if it is. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        return remaining(byAccount.get(key(username)), maxPerAccount, now)
                .or(() -> remaining(byAddress.get(String.valueOf(address)), maxPerAddress, now));
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        if (byAccount.size() + byAddress.size() > MAX_TRACKED) {
            forgetExpired(now);
        }
        byAccount.merge(key(username), new Failures(1, now), (old, one) -> old.plusOne(now, window));
        byAddress.merge(String.valueOf(address), new Failures(1, now), (old, one) -> old.plusOne(now, window));
    }

    public void recordSuccess(String username) {
        byAccount.remove(key(username));
    }

    private Optional<Duration> remaining(Failures failures, int max, Instant now) {
        if (failures == null || failures.count() < max) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, failures.since().plus(window));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    private void forgetExpired(Instant now) {
        byAccount.values().removeIf(failures -> failures.since().plus(window).isBefore(now));
        byAddress.values().removeIf(failures -> failures.since().plus(window).isBefore(now));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private record Failures(int count, Instant since) {
        Failures plusOne(Instant now, Duration window) {
            return since.plus(window).isBefore(now) ? new Failures(1, now) : new Failures(count + 1, since);
        }
    }
}
