package app.redline.demo;

import app.redline.document.DocumentImportService;
import app.redline.document.ImportProgress;
import app.redline.glossary.GlossaryImportService;
import app.redline.glossary.GlossaryService;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.security.SystemUser;
import app.redline.user.Role;
import app.redline.user.UserBootstrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * First start on the default setup: demo users (password "demo"), a zh-CN → en-US project with the two
 * sample readouts, and the starter glossary of recurring political terms. Runs only while no user exists,
 * so it never touches a database in use.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "redline.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PROJECT = "Municipal news readouts";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String[] SAMPLES = {"changchun-standing-committee.mt.txt", "fuxin-government-meeting.mt.txt"};

    private final UserBootstrap users;
    private final ProjectService projects;
    private final DocumentImportService importer;
    private final GlossaryService glossaries;
    private final GlossaryImportService glossaryImport;

    DemoData(UserBootstrap users, ProjectService projects, DocumentImportService importer, GlossaryService glossaries,
             GlossaryImportService glossaryImport) {
        this.glossaries = glossaries;
        this.glossaryImport = glossaryImport;
        this.users = users;
        this.projects = projects;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasAnyUser()) {
            return;
        }
        createUser("translator", "Tina Translator", EnumSet.of(Role.TRANSLATOR));
        createUser("translator2", "Tom Translator", EnumSet.of(Role.TRANSLATOR));
        createUser("reviewer", "Rita Reviewer", EnumSet.of(Role.REVIEWER));
        createUser("reviewer2", "Rob Reviewer", EnumSet.of(Role.REVIEWER));
        createUser("glossary", "Gina Glossary", EnumSet.of(Role.GLOSSARY_MANAGER));
        createUser("admin", "Ada Admin", EnumSet.of(Role.ADMIN));
        SystemUser.runAs("translator", () -> {
            ProjectInfo project = SystemUser.runAs("admin", () -> projects.create(PROJECT, "zh-CN", "en-US", false), Role.ADMIN);
            for (String sample : SAMPLES) {
                importer.importReadout(project.id(), sample, read(sample), ImportProgress.NONE);
            }
            return project;
        }, Role.TRANSLATOR);
        loadStarterGlossary();
        log.info("Demo data created: users translator, translator2, reviewer, reviewer2, glossary, admin "
                + "(password '{}') and the project '{}' with two sample readouts.", UserBootstrap.DEMO_PASSWORD, PROJECT);
    }

    /** The zh → en starter glossary goes through the same import path a glossary manager uses. */
    private void loadStarterGlossary() {
        SystemUser.runAs("glossary", () -> {
            try (InputStream in = new ClassPathResource("demo/starter-glossary.csv").getInputStream()) {
                var concepts = glossaryImport.read("starter-glossary.csv", in);
                var preview = glossaryImport.preview(glossaries.global().id(), concepts);
                return glossaryImport.apply(preview, java.util.Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Role.GLOSSARY_MANAGER);
    }

    private void createUser(String username, String displayName, Set<Role> roles) {
        users.createDemoAccountIfAbsent(username, displayName, roles);
    }

    private static byte[] read(String sample) {
        try (InputStream in = new ClassPathResource("demo/" + sample).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
