package app.redline.checks.languagetool;

import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.security.SystemUser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads LanguageTool for every project's target language in the background at start, so the first check a translator
 * triggers is fast. Languages of projects created later still load lazily, on their first check.
 */
@Component
class LanguageToolWarmUp {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolWarmUp.class);
    private final GrammarEngine engine;
    private final ProjectService projects;

    LanguageToolWarmUp(GrammarEngine engine, ProjectService projects) {
        this.engine = engine;
        this.projects = projects;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmInBackground() {
        Thread.ofVirtual().name("languagetool-warm-up").start(this::warm);
    }

    void warm() {
        // One language after the other: loading several at once would compete with the app's start for the CPU.
        languages().forEach(engine::warm);
    }

    private Set<String> languages() {
        try {
            return languagesOf(SystemUser.runAs(SystemUser.NAME, projects::list));
        } catch (RuntimeException e) {
            log.warn("Could not list the projects' languages; warming {} only", TargetLanguage.DEFAULT, e);
            return Set.of(TargetLanguage.DEFAULT);
        }
    }

    /** The default language first, then each project's target once. */
    static Set<String> languagesOf(List<ProjectInfo> projects) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(TargetLanguage.DEFAULT);
        projects.stream().map(ProjectInfo::targetLanguage).map(TargetLanguage::tag).forEach(languages::add);
        return languages;
    }
}
