package app.redline.glossary;

import app.redline.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Glossary extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;
    private String name;
    private long revision;

    @Version
    private long version;

    protected Glossary() {}

    Glossary(long projectId, String name) {
        this.projectId = projectId;
        this.name = name;
    }

    @Override
    protected Long id() {
        return id;
    }

    Long projectId() {
        return projectId;
    }

    /** Every change to the glossary's concepts moves its revision on, which invalidates cached check results. */
    void changed() {
        revision++;
    }

    GlossaryInfo info() {
        return new GlossaryInfo(id, projectId, name, revision);
    }
}
