package app.redline.quality;

/** A score against the project's threshold; with no evaluated words there is nothing to judge. */
public enum QualityVerdict {
    PASS("Pass"),
    FAIL("Fail"),
    NOT_EVALUATED("Not evaluated");

    private final String label;

    QualityVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
