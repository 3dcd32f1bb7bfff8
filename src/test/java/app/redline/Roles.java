package app.redline;

import app.redline.security.SystemUser;
import app.redline.user.Role;
import java.util.function.Supplier;

/** Acting as a user with given roles, for service-level tests. */
public final class Roles {

    private Roles() {}

    public static <T> T as(String username, Role role, Supplier<T> work) {
        return SystemUser.runAs(username, work, role);
    }

    public static void as(String username, Role role, Runnable work) {
        SystemUser.runAs(username, () -> {
            work.run();
            return null;
        }, role);
    }
}
