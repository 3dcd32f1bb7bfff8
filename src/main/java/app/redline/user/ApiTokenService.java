package app.redline.user;

import app.redline.base.StorableText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts. Tokens carry 256 random bits, so a plain SHA-256 is enough to store
 * them safely (as GitHub does); a slow password hash would only slow every API call.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "rl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public IssuedToken issueForCurrentUser(String name) {
        String label = StorableText.require("The token name", name == null ? "" : name.strip());
        if (label.isEmpty() || label.length() > 100) {
            throw new IllegalArgumentException("A token needs a name of 1 to 100 characters, e.g. 'import script'.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.save(new ApiToken(currentUser().id(), label, sha256(secret), secret.substring(0, 10)));
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
                .orElseThrow(() -> new IllegalArgumentException("You have no token with id " + tokenId + "."))
                .revoke();
    }

    /** The user a bearer token stands for, if the token is known, not revoked and its user enabled. */
    @Transactional
    public Optional<UserDetails> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(sha256(secret))
                .filter(token -> !token.revoked())
                .flatMap(token -> {
                    token.markUsed();
                    return users.findById(token.userId());
                })
                .filter(UserAccount::enabled)
                .map(RedlineUserDetailsService::toUserDetails);
    }

    private UserAccount currentUser() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("Unknown user " + username));
    }

    static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
