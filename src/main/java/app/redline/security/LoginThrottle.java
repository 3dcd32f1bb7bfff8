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
 * Counts failed sign-ins and blocks further attempts for a while. Per account (from any address): a few failures
 * block the account for the lockout, which slows password guessing against it. Per client address: many more
 * failures within a short window, which stops password spraying across accounts from one address without locking a
 * whole office behind one NAT address out for one person's typos (each account adds at most its own few failures).
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration accountWindow;
    private final Duration addressWindow;
    private final Clock clock;

    @Autowired
    LoginThrottle(@Value("${redline.login.max-failures-per-account}") int maxPerAccount,
                  @Value("${redline.login.max-failures-per-address}") int maxPerAddress,
                  @Value("${redline.login.lockout}") Duration accountWindow,
                  @Value("${redline.login.address-window}") Duration addressWindow) {
        this(maxPerAccount, maxPerAddress, accountWindow, addressWindow, Clock.systemUTC());
    }

    LoginThrottle(int maxPerAccount, int maxPerAddress, Duration accountWindow, Duration addressWindow, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.accountWindow = accountWindow;
        this.addressWindow = addressWindow;
        this.clock = clock;
    }

    /** How long sign-in stays blocked for this account or address, if it is. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        return remaining(byAccount.get(key(username)), maxPerAccount, accountWindow, now)
                .or(() -> remaining(byAddress.get(String.valueOf(address)), maxPerAddress, addressWindow, now));
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        if (byAccount.size() + byAddress.size() > MAX_TRACKED) {
            forgetExpired(now);
        }
        byAccount.merge(key(username), new Failures(1, now), (old, one) -> old.plusOne(now, accountWindow));
        byAddress.merge(String.valueOf(address), new Failures(1, now), (old, one) -> old.plusOne(now, addressWindow));
    }

    public void recordSuccess(String username) {
        byAccount.remove(key(username));
    }

    /** Failures counted against the address in its current window (what the throttle took the client's address to be). */
    int recentFailuresFrom(String address) {
        Failures failures = byAddress.get(String.valueOf(address));
        return failures == null || expired(failures, addressWindow, clock.instant()) ? 0 : failures.count();
    }

    private static Optional<Duration> remaining(Failures failures, int max, Duration window, Instant now) {
        if (failures == null || failures.count() < max) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, failures.since().plus(window));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    private void forgetExpired(Instant now) {
        byAccount.values().removeIf(failures -> expired(failures, accountWindow, now));
        byAddress.values().removeIf(failures -> expired(failures, addressWindow, now));
    }

    private static boolean expired(Failures failures, Duration window, Instant now) {
        return failures.since().plus(window).isBefore(now);
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
