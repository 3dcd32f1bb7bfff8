package app.redline.project;

import java.util.List;

/** The languages a project may name: targets are those with LanguageTool support in this build. */
public final class Languages {

    public static final List<String> TARGETS = List.of("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "zh-CN");
    public static final List<String> SOURCES = List.of("zh-CN", "zh-TW", "ja-JP", "ko-KR", "ru-RU", "en-US");

    private Languages() {}
}
