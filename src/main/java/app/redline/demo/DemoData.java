package app.redline.demo;

import app.redline.document.DocumentImportService;
import app.redline.document.ImportProgress;
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
 * First start on the default setup: demo users (password "demo") and a zh-CN → en-US project with the two
 * sample readouts. Runs only while no user exists, so it never touches a database in use.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "redline.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PROJECT = "Municipal news readouts";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String PASSWORD = "demo";
    private static final String[] SAMPLES = {"changchun-standing-committee.mt.txt", "fuxin-government-meeting.mt.txt"};

    private final UserBootstrap users;
    private final ProjectService projects;
    private final DocumentImportService importer;

    DemoData(UserBootstrap users, ProjectService projects, DocumentImportService importer) {
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
        log.info("Demo data created: users translator, translator2, reviewer, reviewer2, glossary, admin "
                + "(password '{}') and the project '{}' with two sample readouts.", PASSWORD, PROJECT);
    }

    private void createUser(String username, String displayName, Set<Role> roles) {
        users.createIfAbsent(username, displayName, PASSWORD, roles);
    }

    private static byte[] read(String sample) {
        try (InputStream in = new ClassPathResource("demo/" + sample).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
