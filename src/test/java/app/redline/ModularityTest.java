package app.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path DOCS = Path.of("target", "spring-modulith-docs");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void everyModuleSaysWhatItMayDependOn() {
        assertThat(MODULES.stream().map(ApplicationModule::getBasePackage).map(base -> base.getName()))
                .containsExactlyInAnyOrder("app.redline.base", "app.redline.security", "app.redline.user",
                        "app.redline.project", "app.redline.document", "app.redline.glossary", "app.redline.checks",
                        "app.redline.review", "app.redline.quality", "app.redline.discussion", "app.redline.delivery",
                        "app.redline.editor", "app.redline.api", "app.redline.demo");
        MODULES.forEach(module -> assertThat(Files.exists(Path.of("src/main/java",
                module.getBasePackage().getName().replace('.', '/'), "package-info.java")))
                .as("package-info.java of " + module.getDisplayName()).isTrue());
    }

    /** The module map (C4 component diagrams) and one canvas per module, written on every build for the README. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();

        assertThat(DOCS.resolve("components.puml")).exists();
        MODULES.forEach(module -> assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc"))
                .as("canvas of " + module.getDisplayName()).exists());
    }
}
