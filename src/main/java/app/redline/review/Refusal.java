package app.redline.review;

/** Why the review workflow refused an action; the API turns each kind into its own HTTP status. */
public enum Refusal {
    /** None of the actor's roles may take this action (on this revision). */
    ROLE,
    /** The segment's status does not allow the action. */
    STATE,
    /** The actor wrote the revision they would approve. */
    FOUR_EYES,
    /** Error-severity issues are open and no reviewer overrode them. */
    GATE,
    /** The segment is marked do-not-translate. */
    NOT_TRANSLATABLE,
    /** The document has assigned reviewers and the actor is not one of them. */
    NOT_ASSIGNED,
    /** A bulk approval named a revision the reviewer never opened. */
    NOT_SEEN
}
