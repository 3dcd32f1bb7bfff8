package app.redline.quality;

/** The MQM core dimensions a reviewer files an error under. */
public enum ErrorCategory {
    TERMINOLOGY("Terminology"),
    ACCURACY("Accuracy"),
    LINGUISTIC_CONVENTIONS("Linguistic conventions"),
    STYLE("Style"),
    LOCALE_CONVENTIONS("Locale conventions");

    private final String label;

    ErrorCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
