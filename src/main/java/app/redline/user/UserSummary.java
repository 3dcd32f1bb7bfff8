package app.redline.user;

import java.util.Set;

public record UserSummary(long id, String username, String displayName, boolean enabled, Set<Role> roles) {}
