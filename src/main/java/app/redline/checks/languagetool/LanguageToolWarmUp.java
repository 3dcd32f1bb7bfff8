package app.redline.checks.languagetool;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads English LanguageTool in the background at start, so the first check a translator triggers is fast. */
@Component
class LanguageToolWarmUp {

    private final LanguageToolEngine engine;

    LanguageToolWarmUp(LanguageToolEngine engine) {
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        Thread.ofVirtual().name("languagetool-warm-up").start(() -> engine.warm("en-US"));
    }
}
