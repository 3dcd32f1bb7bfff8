package app.redline.user;

import app.redline.base.AbstractEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class UserAccount extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String displayName;
    private String passwordHash;
    private boolean enabled = true;
    private Instant createdAt = Instant.now();
    /** Whether the password is still the demo data's; null until checked once (accounts from before V14). */
    private Boolean demoPassword = false;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        setRoles(roles);
    }

    @Override
    protected Long id() { return id; }
    String username() { return username; }
    String displayName() { return displayName; }
    String passwordHash() { return passwordHash; }
    boolean enabled() { return enabled; }
    Set<Role> roles() { return Set.copyOf(roles); }
    Boolean demoPassword() { return demoPassword; }

    void setDisplayName(String displayName) { this.displayName = displayName; }

    /** Any password set is not the demo one: every way to set one refuses it. */
    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.demoPassword = false;
    }

    void settleDemoPassword(boolean demo) { this.demoPassword = demo; }

    void setEnabled(boolean enabled) { this.enabled = enabled; }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    UserSummary summary() {
        return new UserSummary(id, username, displayName, enabled, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }
}
