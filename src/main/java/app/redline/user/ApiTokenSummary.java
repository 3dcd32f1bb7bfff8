package app.redline.user;

import java.time.Instant;

public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
