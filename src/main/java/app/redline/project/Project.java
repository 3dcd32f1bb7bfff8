package app.redline.project;

import app.redline.base.AbstractEntity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
class Project extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String sourceLanguage;
    private String targetLanguage;
    private boolean startFromEmpty;
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Project() {}

    @Override
    protected Long id() {
        return id;
    }

    Project(String name, String sourceLanguage, String targetLanguage, boolean startFromEmpty) {
        this.name = name;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.startFromEmpty = startFromEmpty;
    }

    void setStartFromEmpty(boolean startFromEmpty) {
        this.startFromEmpty = startFromEmpty;
    }

    ProjectInfo info() {
        return new ProjectInfo(id, name, sourceLanguage, targetLanguage, startFromEmpty);
    }
}
