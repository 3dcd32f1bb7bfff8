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

    protected ApiToken() {}

    @Override
    protected Long id() {
        return id;
    }

    ApiToken(long userId, String name, String tokenHash, String tokenPrefix) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
    }

    long userId() { return userId; }
    boolean revoked() { return revokedAt != null; }
    void revoke() { revokedAt = Instant.now(); }
    void markUsed() { lastUsedAt = Instant.now(); }

    ApiTokenSummary summary() {
        return new ApiTokenSummary(id, name, tokenPrefix, createdAt, lastUsedAt, revokedAt);
    }
}
