package app.redline.user;

import app.redline.base.InvalidFieldException;
import app.redline.base.StorableText;
import app.redline.base.UserMessageException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration. Every method is for administrators only. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final boolean production;

    UserService(UserAccountRepository users, PasswordEncoder passwordEncoder, Environment environment) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.production = environment.matchesProfiles(DemoPasswordGuard.PRODUCTION_PROFILE);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return users.findAllByOrderByUsername().stream().map(UserAccount::summary).toList();
    }

    @Transactional
    public UserSummary create(String username, String displayName, String password, Set<Role> roles) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidFieldException("username",
                    "A username has 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new InvalidFieldException("username", "The username '" + name + "' is taken.");
        }
        requireStrongEnough(password);
        String shownName = displayName == null || displayName.isBlank() ? name : displayName.strip();
        String unstorable = StorableText.problem(shownName);
        if (unstorable != null) {
            throw new InvalidFieldException("displayName", "The display name " + unstorable + ". Remove that character and try again.");
        }
        if (shownName.length() > 200) {
            throw new InvalidFieldException("displayName", "A display name has at most 200 characters.");
        }
        return users.save(new UserAccount(name, shownName, passwordEncoder.encode(password), roles)).summary();
    }

    @Transactional
    public void resetPassword(long userId, String newPassword) {
        requireStrongEnough(newPassword);
        find(userId).setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /** Refused when it would take the Administrator role from the last enabled administrator. */
    @Transactional
    public UserSummary assignRoles(long userId, Set<Role> roles) {
        UserAccount user = find(userId);
        if (!roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(user);
        }
        user.setRoles(roles);
        return user.summary();
    }

    @Transactional
    public UserSummary setEnabled(long userId, boolean enabled) {
        UserAccount user = find(userId);
        if (!enabled && user.username().equals(SecurityContextHolder.getContext().getAuthentication().getName())) {
            throw UserMessageException.invalid("You cannot disable your own account: another administrator can.");
        }
        if (!enabled) {
            requireAnotherAdministrator(user);
        }
        // Production starts only without enabled demo passwords; enabling one later would bring it back.
        if (enabled && production && !Boolean.FALSE.equals(user.demoPassword())) {
            throw UserMessageException.invalid("Set a new password for " + user.username()
                    + " first: the account still has the demo password, which anyone can guess.");
        }
        user.setEnabled(enabled);
        return user.summary();
    }

    /**
     * One rule for roles and disabling: some enabled administrator always remains. The lock makes two administrators
     * who demote each other at the same moment take turns, so the second sees the first's change.
     */
    private void requireAnotherAdministrator(UserAccount user) {
        if (!user.enabled() || !user.roles().contains(Role.ADMIN)) {
            return;
        }
        users.lockAdministrators();
        if (users.countOtherEnabledWithRole(Role.ADMIN, user.summary().id()) == 0) {
            throw UserMessageException.invalid(user.username() + " is the last administrator: give another user the "
                    + "Administrator role first, so someone can still manage users.");
        }
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Nobody gets the demo accounts' password, whatever its length: anyone who tried the demo knows it. */
    static void refuseDemoPassword(String password) {
        if (password != null && password.strip().equalsIgnoreCase(UserBootstrap.DEMO_PASSWORD)) {
            throw new InvalidFieldException("password", "That is the demo accounts' password, which anyone can guess: choose another.");
        }
    }

    private static void requireStrongEnough(String password) {
        refuseDemoPassword(password);
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidFieldException("password", "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > 128) {
            throw new InvalidFieldException("password", "A password has at most 128 characters.");
        }
    }

    private UserAccount find(long userId) {
        return users.findById(userId).orElseThrow(() -> UserMessageException.notFound("There is no user with id " + userId + "."));
    }
}
