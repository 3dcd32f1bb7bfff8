package app.redline.api;

import app.redline.base.InvalidFieldException;
import app.redline.user.Role;
import app.redline.user.UserService;
import app.redline.user.UserSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration (administrators), through the service the Users screen uses. Password hashes never leave it. */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

    private final UserService users;

    UsersController(UserService users) {
        this.users = users;
    }

    record NewUser(@Schema(description = "2 to 64 characters: lower-case letters, digits, '.', '_' or '-'") String username,
                   @Schema(description = "Shown name; the username when empty") String displayName,
                   @Schema(description = "8 to 128 characters, not the demo password") String password,
                   @Schema(description = "Any of TRANSLATOR, REVIEWER, GLOSSARY_MANAGER, ADMIN") List<String> roles) {}

    record RolesBody(@Schema(description = "The user's roles from now on; an empty list leaves none") List<String> roles) {}

    @Operation(summary = "All users by username with their roles and whether they may sign in (administrators)")
    @GetMapping
    List<UserSummary> list() {
        return users.list();
    }

    @Operation(summary = "Create a user with roles and an initial password (administrators); 400 naming the field")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserSummary create(@RequestBody NewUser user) {
        return users.create(user.username(), user.displayName(), user.password(), roles(user.roles()));
    }

    @Operation(summary = "Replace a user's roles (administrators); the last enabled administrator keeps ADMIN")
    @PutMapping("/{userId}/roles")
    UserSummary assignRoles(@PathVariable long userId, @RequestBody RolesBody body) {
        if (body.roles() == null) {
            throw new InvalidFieldException("roles", "Send the user's roles as a list, e.g. [\"TRANSLATOR\"].");
        }
        return users.assignRoles(userId, roles(body.roles()));
    }

    @Operation(summary = "Disable a user (administrators): no sign-in, no tokens; not yourself, not the last administrator")
    @PostMapping("/{userId}/disable")
    UserSummary disable(@PathVariable long userId) {
        return users.setEnabled(userId, false);
    }

    @Operation(summary = "Enable a disabled user again (administrators)")
    @PostMapping("/{userId}/enable")
    UserSummary enable(@PathVariable long userId) {
        return users.setEnabled(userId, true);
    }

    /** Names, not Java enum parsing, so an unknown role is a 400 that lists the roles. */
    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            roles.add(Arrays.stream(Role.values()).filter(role -> role.name().equalsIgnoreCase(String.valueOf(name).strip()))
                    .findFirst().orElseThrow(() -> new InvalidFieldException("roles", "'" + name + "' is not a role; "
                            + "the roles are " + Arrays.toString(Role.values()) + ".")));
        }
        return roles;
    }
}
