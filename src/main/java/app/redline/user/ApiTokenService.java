package app.redline.user;

import app.redline.base.Sha256;
import app.redline.base.StorableText;
import app.redline.base.UserMessageException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts. Tokens carry 256 random bits, so a plain SHA-256 is enough to store
 * them safely (as GitHub does); a slow password hash would only slow every API call. A token is made only by
 * someone who signed in with their password (HTTP Basic, or the browser's sign-in), never by another token: a token
 * that could make tokens would leave working offspring behind when it is revoked. Tokens expire after
 * {@value #DEFAULT_LIFETIME_DAYS} days unless their owner picks another lifetime, or none.
 */
@Service
public class ApiTokenService {

    public static final int DEFAULT_LIFETIME_DAYS = 90;
    public static final int MAX_LIFETIME_DAYS = 3650;
    /** The lifetime that asks for a token that never expires. */
    public static final int NEVER_EXPIRES = 0;
    public static final String PASSWORD_NEEDED = "Create tokens with your password (HTTP Basic) or in the signed-in "
            + "browser under 'API tokens', not with a token: a token that made tokens would leave them working after "
            + "it is revoked.";
    static final String PREFIX = "rl_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** A token that expires after the default {@value #DEFAULT_LIFETIME_DAYS} days. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public IssuedToken issueForCurrentUser(String name) {
        return issueForCurrentUser(name, DEFAULT_LIFETIME_DAYS);
    }

    /**
     * @param lifetimeDays 1 to {@value #MAX_LIFETIME_DAYS} days, or {@value #NEVER_EXPIRES} for a token that never
     *                     expires
     * @throws AccessDeniedException when the caller did not sign in with a password (a bearer token)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public IssuedToken issueForCurrentUser(String name, int lifetimeDays) {
        requirePasswordSignIn();
        String label = StorableText.require("The token name", name == null ? "" : name.strip());
        if (label.isEmpty() || label.length() > 100) {
            throw UserMessageException.invalid("A token needs a name of 1 to 100 characters, e.g. 'import script'.");
        }
        if (lifetimeDays != NEVER_EXPIRES && (lifetimeDays < 1 || lifetimeDays > MAX_LIFETIME_DAYS)) {
            throw UserMessageException.invalid("A token lives 1 to " + MAX_LIFETIME_DAYS + " days, or " + NEVER_EXPIRES
                    + " for one that never expires; " + lifetimeDays + " is neither.");
        }
        Instant expiresAt = lifetimeDays == NEVER_EXPIRES ? null : Instant.now().plus(Duration.ofDays(lifetimeDays));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.save(new ApiToken(currentUser().id(), label, Sha256.hex(secret), secret.substring(0, 10), expiresAt));
        return new IssuedToken(token.summary(), secret);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> listForCurrentUser() {
        return tokens.findByUserIdOrderByCreatedAtDesc(currentUser().id()).stream().map(ApiToken::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeForCurrentUser(long tokenId) {
        tokens.findById(tokenId)
                .filter(token -> token.userId() == currentUser().id())
                .orElseThrow(() -> UserMessageException.invalid("You have no token with id " + tokenId + "."))
                .revoke();
    }

    /**
     * The user a bearer token stands for, if the token is known, not revoked and its user enabled.
     *
     * @throws CredentialsExpiredException for a known token past its expiry, saying when it expired
     */
    @Transactional
    public Optional<UserDetails> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Sha256.hex(secret))
                .filter(token -> !token.revoked())
                .flatMap(token -> {
                    if (token.expired(Instant.now())) {
                        throw new CredentialsExpiredException("The token expired on " + WHEN.format(token.expiresAt())
                                + ". Create a new one under 'API tokens' or with POST /api/v1/tokens and your password.");
                    }
                    token.markUsed();
                    return users.findById(token.userId());
                })
                .filter(UserAccount::enabled)
                .map(RedlineUserDetailsService::toUserDetails);
    }

    /** Form and HTTP Basic sign-in mark the authentication with the password factor; a bearer token's has none. */
    private static void requirePasswordSignIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean password = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(granted.getAuthority()));
        if (!password) {
            throw new AccessDeniedException(PASSWORD_NEEDED);
        }
    }

    private UserAccount currentUser() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("Unknown user " + username));
    }
}
