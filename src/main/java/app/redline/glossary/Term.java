package app.redline.glossary;

import app.redline.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
class Term extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "concept_id")
    private Concept concept;

    private int position;
    private String language;
    private String text;

    @Enumerated(EnumType.STRING)
    private TermStatus status;

    private boolean caseSensitive;

    @Enumerated(EnumType.STRING)
    private MatchMode matchMode;

    private String partOfSpeech;
    private String note;
    private String authority;

    protected Term() {}

    Term(Concept concept, TermData data, int position) {
        this.concept = concept;
        update(data, position);
    }

    @Override
    protected Long id() {
        return id;
    }

    void update(TermData data, int position) {
        this.position = position;
        this.language = data.language();
        this.text = data.text();
        this.status = data.status();
        this.caseSensitive = data.caseSensitive();
        this.matchMode = data.matchMode();
        this.partOfSpeech = data.partOfSpeech();
        this.note = data.note();
        this.authority = data.authority();
    }

    TermData data() {
        return new TermData(id, language, text, status, caseSensitive, matchMode, partOfSpeech, note, authority);
    }
}
