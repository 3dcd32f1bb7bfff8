package app.redline.user;

import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts at start-up, before anyone can sign in: the demo users and the first administrator.
 * Not reachable from any view or endpoint.
 */
@Component
public class UserBootstrap {

    /** The demo accounts' password: anyone can guess it, so no other account may have it. */
    public static final String DEMO_PASSWORD = "demo";

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    UserBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    /** Creates the account unless one with that name exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String password, Set<Role> roles) {
        UserService.refuseDemoPassword(password);
        return create(username, displayName, password, roles, false);
    }

    /** Creates a demo account with the demo password unless one with that name exists; marked as such. */
    @Transactional
    public boolean createDemoAccountIfAbsent(String username, String displayName, Set<Role> roles) {
        return create(username, displayName, DEMO_PASSWORD, roles, true);
    }

    /** The enabled accounts whose password is still the demo one, by name. */
    @Transactional(readOnly = true)
    public List<String> enabledWithDemoPassword() {
        return users.findByEnabledTrueAndDemoPasswordTrueOrderByUsername().stream().map(UserAccount::username).toList();
    }

    /**
     * Accounts from before the demo password was tracked are checked against their hash, once: a few at most (see
     * V14), ~70 ms each for bcrypt, and the answer is stored.
     */
    @Transactional
    public void settleUnknownDemoPasswords() {
        for (UserAccount account : users.findByDemoPasswordIsNull()) {
            account.settleDemoPassword(passwordEncoder.matches(DEMO_PASSWORD, account.passwordHash()));
        }
    }

    private boolean create(String username, String displayName, String password, Set<Role> roles, boolean demo) {
        String name = UserService.normalise(username);
        if (users.findByUsername(name).isPresent()) {
            return false;
        }
        var account = new UserAccount(name, displayName, passwordEncoder.encode(password), roles);
        account.settleDemoPassword(demo);
        users.save(account);
        return true;
    }
}
