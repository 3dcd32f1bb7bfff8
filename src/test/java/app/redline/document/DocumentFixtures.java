package app.redline.document;

import app.redline.Samples;
import app.redline.Roles;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.UUID;

/** Projects and readouts for tests, each in a project of its own so tests never see each other's rows. */
public final class DocumentFixtures {

    private DocumentFixtures() {}

    public static ProjectInfo newProject(ProjectService projects) {
        return newProject(projects, false);
    }

    public static ProjectInfo newProject(ProjectService projects, boolean startFromEmpty) {
        return Roles.as("admin", Role.ADMIN,
                () -> projects.create("Test " + UUID.randomUUID(), "zh-CN", "en-US", startFromEmpty));
    }

    public static byte[] sample(String name) {
        return Samples.bytes(name);
    }

    public static ImportResult importText(DocumentImportService importer, long projectId, String text) {
        return Roles.as("translator", Role.TRANSLATOR, () -> importer.importReadout(projectId, "test.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), ImportProgress.NONE));
    }
}
