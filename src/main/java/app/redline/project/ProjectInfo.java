package app.redline.project;

/**
 * A project's settings as other modules see them.
 *
 * @param startFromEmpty whether post-editing starts from an empty clean version instead of the readout
 */
public record ProjectInfo(long id, String name, String sourceLanguage, String targetLanguage, boolean startFromEmpty) {

    public String languagePair() {
        return sourceLanguage + " → " + targetLanguage;
    }
}
