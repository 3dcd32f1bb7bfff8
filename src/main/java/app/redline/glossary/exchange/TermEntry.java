package app.redline.glossary.exchange;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;

/** One term of a concept as exchange files carry it; {@code authority} is the source fixing the rendering. */
public record TermEntry(
        String language,
        String text,
        TermStatus status,
        boolean caseSensitive,
        MatchMode matchMode,
        String partOfSpeech,
        String note,
        String authority) {}
