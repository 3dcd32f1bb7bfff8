package app.redline.user;

import java.time.Instant;

/** A token as its owner sees it, without its secret; {@code expiresAt} null means it never expires. */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                              Instant expiresAt) {

    /** Not revoked and not expired: requests with it are accepted. */
    public boolean active() {
        return revokedAt == null && !expired();
    }

    public boolean expired() {
        return expiresAt != null && !Instant.now().isBefore(expiresAt);
    }
}
