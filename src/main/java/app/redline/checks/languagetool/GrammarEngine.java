package app.redline.checks.languagetool;

import java.util.List;

/** LanguageTool, in this JVM or behind HTTP; {@link LanguageToolCheck} turns its matches into issues. */
interface GrammarEngine {

    /** @throws GrammarChecksUnavailableException when the engine cannot check right now */
    List<GrammarMatch> check(String text, String languageTag);

    /** Gets a language ready ahead of the first check a translator triggers; logs, never throws. */
    void warm(String languageTag);
}
