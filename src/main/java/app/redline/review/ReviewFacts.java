package app.redline.review;

import java.util.List;

/**
 * What the state machine needs to know beyond status, action and roles.
 *
 * @param translatable          false for segments marked do-not-translate, which stay out of review
 * @param actorWroteRevision    the actor is the author of the segment's latest revision
 * @param ownEditWhileReviewing the actor's latest revision was made on a segment someone else had submitted
 *                              (a reviewer editing while reviewing: they may reject it from draft, never approve
 *                              it); implies {@code actorWroteRevision}
 * @param openErrors            the saved text has error-severity issues nobody dismissed
 * @param checksNotRun          one sentence per check that could not run on the saved text (so errors cannot be
 *                              ruled out), e.g. "The grammar check could not run (LanguageTool is not answering)";
 *                              empty when every check ran
 * @param overrideGiven         the actor stated a reason to proceed despite open errors or checks that did not run
 */
public record ReviewFacts(boolean translatable, boolean actorWroteRevision, boolean ownEditWhileReviewing,
                          boolean openErrors, List<String> checksNotRun, boolean overrideGiven) {

    public ReviewFacts {
        if (ownEditWhileReviewing && !actorWroteRevision) {
            throw new IllegalArgumentException("An edit made while reviewing is the actor's own revision.");
        }
        checksNotRun = List.copyOf(checksNotRun);
    }

    /** Submitting or approving is held back: errors are open, or a check that would look for them did not run. */
    boolean gateClosed() {
        return openErrors || !checksNotRun.isEmpty();
    }
}
