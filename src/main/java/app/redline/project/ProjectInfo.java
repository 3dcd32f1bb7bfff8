package app.redline.project;

/**
 * A project's settings as other modules see them.
 *
 * @param startFromEmpty whether post-editing starts from an empty clean version instead of the readout
 * @param twoPersonReview whether a reviewer's own edit needs another reviewer's approval
 */
public record ProjectInfo(long id, String name, String sourceLanguage, String targetLanguage, boolean startFromEmpty,
                          boolean twoPersonReview) {

    /** A project with single-reviewer approval, the default. */
    public ProjectInfo(long id, String name, String sourceLanguage, String targetLanguage, boolean startFromEmpty) {
        this(id, name, sourceLanguage, targetLanguage, startFromEmpty, false);
    }

    public String languagePair() {
        return sourceLanguage + " → " + targetLanguage;
    }
}
