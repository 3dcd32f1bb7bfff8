package app.redline.checks;

/**
 * What a check sees: plain values, no entities. {@code source} is the original (e.g. Chinese) text when the
 * segment carries one, else null; {@code glossary} is the project's effective glossary, compiled for matching.
 */
public record CheckInput(String readout, String source, String cleanText, String sourceLanguage,
                         String targetLanguage, GlossaryIndex glossary) {}
