package app.redline.user;

import app.redline.base.AbstractEntity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt = Instant.now();
    private Instant lastUsedAt;
    private Instant revokedAt;
    private Instant expiresAt;

    protected ApiToken() {}

    @Override
    protected Long id() {
        return id;
    }

    /** @param expiresAt when requests with it stop being accepted; null for never */
    ApiToken(long userId, String name, String tokenHash, String tokenPrefix, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.expiresAt = expiresAt;
    }

    long userId() { return userId; }
    boolean revoked() { return revokedAt != null; }
    Instant expiresAt() { return expiresAt; }
    boolean expired(Instant now) { return expiresAt != null && !now.isBefore(expiresAt); }
    void revoke() { revokedAt = Instant.now(); }
    void markUsed() { lastUsedAt = Instant.now(); }

    ApiTokenSummary summary() {
        return new ApiTokenSummary(id, name, tokenPrefix, createdAt, lastUsedAt, revokedAt, expiresAt);
    }
}
