package app.redline.checks.qa;

import app.redline.checks.CheckInput;

/** Builds check inputs for Chinese-to-English segments; the QA checks ignore the glossary. */
final class Inputs {

    private Inputs() {}

    static CheckInput clean(String readout, String clean) {
        return new CheckInput(readout, null, clean, "zh", "en", null);
    }

    static CheckInput withSource(String readout, String source, String clean) {
        return new CheckInput(readout, source, clean, "zh", "en", null);
    }

    static CheckInput withTarget(String clean, String targetLanguage) {
        return new CheckInput(clean, null, clean, "zh", targetLanguage, null);
    }

    /** Just a clean text, for checks that look at nothing else. */
    static CheckInput cleanText(String clean) {
        return new CheckInput("", null, clean, "zh", "en", null);
    }
}
