package app.redline.glossary;

import app.redline.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A concept entry: the terms, in every language, that mean the same thing. */
@Entity
class Concept extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long glossaryId;
    private String subjectField;
    private String definition;
    private String note;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;

    @OneToMany(mappedBy = "concept", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Term> terms = new ArrayList<>();

    @Version
    private long version;

    protected Concept() {}

    Concept(long glossaryId, String author) {
        this.glossaryId = glossaryId;
        this.createdBy = author;
        this.createdAt = Instant.now();
        touch(author);
    }

    @Override
    protected Long id() {
        return id;
    }

    long glossaryId() { return glossaryId; }
    long version() { return version; }
    List<Term> terms() { return terms; }
    String subjectField() { return subjectField; }
    String definition() { return definition; }
    String note() { return note; }

    void describe(String subjectField, String definition, String note) {
        this.subjectField = subjectField;
        this.definition = definition;
        this.note = note;
    }

    Term addTerm(TermData data) {
        Term term = new Term(this, data, terms.size());
        terms.add(term);
        return term;
    }

    void touch(String author) {
        this.updatedBy = author;
        this.updatedAt = Instant.now();
    }

    ConceptData data() {
        return new ConceptData(id, glossaryId, subjectField, definition, note,
                terms.stream().map(Term::data).toList(), updatedBy, updatedAt, version);
    }
}
