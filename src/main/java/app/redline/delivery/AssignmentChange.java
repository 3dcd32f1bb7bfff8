package app.redline.delivery;

import app.redline.user.Role;
import java.time.Instant;

/** One row of the assignment trail: a user was assigned to or taken off a document in a role. */
public record AssignmentChange(long id, long documentId, String username, Role role, boolean assigned,
                               String changedBy, Instant changedAt) {}
