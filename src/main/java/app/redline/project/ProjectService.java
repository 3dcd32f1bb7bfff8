package app.redline.project;

import app.redline.base.StorableText;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectService {

    private final ProjectRepository projects;

    ProjectService(ProjectRepository projects) {
        this.projects = projects;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectInfo> list() {
        return projects.findAllByOrderByName().stream().map(Project::info).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProjectInfo get(long id) {
        return projects.findById(id).map(Project::info)
                .orElseThrow(() -> new NoSuchElementException("There is no project with id " + id + "."));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProjectInfo create(String name, String sourceLanguage, String targetLanguage, boolean startFromEmpty) {
        String projectName = StorableText.require("The project name", name == null ? "" : name.strip());
        if (projectName.isEmpty() || projectName.length() > 200) {
            throw new IllegalArgumentException("A project needs a name of 1 to 200 characters.");
        }
        if (projects.existsByName(projectName)) {
            throw new IllegalArgumentException("A project named '" + projectName + "' exists already.");
        }
        if (!Languages.SOURCES.contains(sourceLanguage)) {
            throw new IllegalArgumentException("Source language must be one of " + Languages.SOURCES + ".");
        }
        if (!Languages.TARGETS.contains(targetLanguage)) {
            throw new IllegalArgumentException("Target language must be one of " + Languages.TARGETS + ".");
        }
        return projects.save(new Project(projectName, sourceLanguage, targetLanguage, startFromEmpty)).info();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProjectInfo setStartFromEmpty(long id, boolean startFromEmpty) {
        Project project = projects.findById(id)
                .orElseThrow(() -> new NoSuchElementException("There is no project with id " + id + "."));
        project.setStartFromEmpty(startFromEmpty);
        return project.info();
    }
}
