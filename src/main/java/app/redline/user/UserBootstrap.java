package app.redline.user;

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
        String name = UserService.normalise(username);
        if (users.findByUsername(name).isPresent()) {
            return false;
        }
        users.save(new UserAccount(name, displayName, passwordEncoder.encode(password), roles));
        return true;
    }
}
