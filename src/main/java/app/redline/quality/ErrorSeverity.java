package app.redline.quality;

/** How much an error harms the translation; each project weighs them ({@link QualityWeights}). */
public enum ErrorSeverity {
    MINOR("Minor"),
    MAJOR("Major"),
    CRITICAL("Critical");

    private final String label;

    ErrorSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
