package app.redline.review;

/**
 * What the state machine needs to know beyond status, action and roles.
 *
 * @param translatable          false for segments marked do-not-translate, which stay out of review
 * @param actorWroteRevision    the actor is the author of the segment's latest revision
 * @param ownEditWhileReviewing the actor's latest revision was made on a segment someone else had submitted
 *                              (a reviewer editing while reviewing: they may reject it from draft, never approve
 *                              it); implies {@code actorWroteRevision}
 * @param openErrors            the saved text has error-severity issues nobody dismissed
 * @param overrideGiven         the actor stated a reason to proceed despite those errors
 */
public record ReviewFacts(boolean translatable, boolean actorWroteRevision, boolean ownEditWhileReviewing,
                          boolean openErrors, boolean overrideGiven) {

    public ReviewFacts {
        if (ownEditWhileReviewing && !actorWroteRevision) {
            throw new IllegalArgumentException("An edit made while reviewing is the actor's own revision.");
        }
    }
}
